#include "cache/pyc_writer.h"

#include "cache/pyc_path.h"

#include <unistd.h>

namespace pyfront::cache {

std::vector<PycWritten> write_pycs(const std::vector<PycOutput>& outputs, unsigned mode, Durability durability) {
    std::vector<PycWritten> done(outputs.size());
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const PycOutput& out = outputs[i];
        PycWritten& w = done[i];
        w.path = out.path;
        if (out.existing) {
            w.ok = true;
            continue;
        }
        const std::string folder = split_path(out.path).first;
        if (!make_dirs(folder, w.error)) continue;
        if (!out.never_link) {
            // The first earlier output written as its own file with the same bytes.
            for (std::size_t j = 0; j < i; ++j) {
                if (!done[j].ok || done[j].linked || outputs[j].never_link || outputs[j].link_group != out.link_group || outputs[j].bytes != out.bytes) continue;
                std::string link_error;
                // The link names whatever file is at the source path now: a concurrent run may
                // have replaced it, so the bytes are read back; a mismatch is written instead.
                std::string back;
                if (link_atomic(outputs[j].path, out.path, link_error) && read_whole_file(out.path, back, link_error) &&
                    back == out.bytes) {
                    w.ok = w.linked = true;
                    // The link is a folder entry: durable once the folder is synced.
                    if (durability == Durability::Full && !sync_folder(folder, w.error)) w.ok = false;
                }
                break;
            }
            if (w.ok) continue;
        }
        w.ok = write_atomic(out.path, out.bytes, mode, durability, w.error);
    }
    return done;
}

}  // namespace pyfront::cache
