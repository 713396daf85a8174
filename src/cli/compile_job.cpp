#include "cli/compile_job.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstring>
#include <exception>
#include <map>
#include <memory>

#include "bridge/bridge.h"
#include "builder/builder.h"
#include "cache/fingerprint.h"
#include "cache/pyc_header.h"
#include "cache/pyc_writer.h"
#include "cli/compile_tree_identity.h"

namespace pyfront::cli {

namespace {

bool same_stat(const struct stat& a, const struct stat& b) {
    return a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec &&
           a.st_ino == b.st_ino;
}

// Reads the source with its stat taken before and after: if the file changed meanwhile the
// read is retried, so the header's mtime/size always describe the bytes compiled (a pyc
// claiming to be fresh for an edit it never saw would be the worst outcome).
bool read_stable(const std::string& path, std::string& bytes, struct stat& st, std::string& error) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            error = cache::errno_message(path, errno);
            return false;
        }
        struct stat before, after;
        bool ok = ::fstat(fd, &before) == 0;
        bytes.clear();
        char buf[1 << 16];
        while (ok) {
            const ssize_t n = ::read(fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                error = cache::errno_message(path, errno);
                ::close(fd);
                return false;
            }
            if (n == 0) break;
            bytes.append(buf, static_cast<std::size_t>(n));
        }
        ok = ok && ::fstat(fd, &after) == 0;
        ::close(fd);
        if (!ok) {
            error = cache::errno_message(path, errno);
            return false;
        }
        if (same_stat(before, after) && static_cast<std::uint64_t>(after.st_size) == bytes.size()) {
            st = after;
            return true;
        }
        ::usleep(20000);
    }
    error = path + ": the file kept changing while it was read; not compiled";
    return false;
}

void put_u64(std::string& out, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out += static_cast<char>(v >> (8 * i));
}
void put_str(std::string& out, std::string_view s) {
    put_u64(out, s.size());
    out.append(s);
}
struct Reader {
    std::string_view data;
    bool ok = true;
    std::uint64_t u64() {
        if (data.size() < 8) {
            ok = false;
            return 0;
        }
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i) v |= std::uint64_t(static_cast<unsigned char>(data[static_cast<std::size_t>(i)])) << (8 * i);
        data.remove_prefix(8);
        return v;
    }
    std::string str() {
        const std::uint64_t n = u64();
        if (!ok || data.size() < n) {
            ok = false;
            return {};
        }
        std::string s(data.substr(0, n));
        data.remove_prefix(n);
        return s;
    }
};

}  // namespace

std::string render_compile_error(const JobCommon& common, const std::string& path, Diagnostic d,
                                 std::string_view source_text, const std::string& level) {
    if (!level.empty()) d.message += " [compat " + level + "]";
    std::string out;
    diag::render_error(common.error_format, path, d, source_text, out);
    return out;
}

std::string render_compile_io_error(const JobCommon& common, const std::string& path, const std::string& message) {
    std::string out;
    diag::render_io_error(common.error_format, "compile", path, message, out);
    return out;
}

JobResult run_job(const Job& job, const JobCommon& common, bool multi_level) {
    JobResult r;
    r.source = job.source;
    for (const Target& t : job.targets) r.targets.push_back({t.pyc, false, false, {}});
    std::string bytes, error;
    struct stat st;
    if (!read_stable(job.source, bytes, st, error)) {
        r.errors.push_back(render_compile_io_error(common, job.source, error));
        return r;
    }
    try {
        const std::string filename = job.dfile.empty() ? job.source : job.dfile;
        // A file wanted at the host's level only is compiled from its bytes by the host, as
        // compileall does: the host's parser is the definition of its own version, and the
        // output is compileall's by construction (docs/compile-paths.md). pyfront parses it
        // only to report an error the host found.
        bool from_source = !common.via_ast;
        for (const Target& t : job.targets) from_source = from_source && t.compat == common.host.version;
        // Otherwise one parse per compat level; levels with equal trees (same_tree: fields
        // and positions) share one compile.
        struct Level {
            Version compat;
            std::unique_ptr<builder::Result> parse;
            std::size_t group = 0;  // index of the first level with the same tree
            std::string error;      // the rendered parse error, if any
        };
        std::vector<Level> levels;
        for (const Target& t : job.targets) {
            bool seen = false;
            for (const Level& l : levels) seen = seen || l.compat == t.compat;
            if (seen) continue;
            Level l;
            l.compat = t.compat;
            if (from_source) {
                levels.push_back(std::move(l));
                continue;
            }
            builder::Options o;
            o.version = t.compat;
            o.filename = filename;
            l.parse = std::make_unique<builder::Result>(builder::parse_source(bytes, o));
            const std::string level = multi_level ? to_string(t.compat) : "";
            if (!l.parse->ok()) {
                l.error = render_compile_error(common, job.source, *l.parse->error, l.parse->text(), level);
                r.errors.push_back(l.error);
            }
            l.group = levels.size();
            for (std::size_t i = 0; i < levels.size(); ++i)
                if (l.error.empty() && levels[i].error.empty() && levels[i].group == i &&
                    same_tree(levels[i].parse->tree, l.parse->tree)) {
                    l.group = i;
                    ++r.shared_trees;
                    break;
                }
            levels.push_back(std::move(l));
        }
        cache::SourceFacts facts;
        facts.mtime = st.st_mtim.tv_sec;
        facts.size = static_cast<std::uint64_t>(st.st_size);
        if (common.mode != cache::InvalidationMode::Timestamp) facts.hash = bridge::source_hash(bytes);
        const cache::Header header = cache::make_header(common.host.magic, common.mode, facts);

        std::map<std::pair<std::size_t, int>, std::string> compiled;  // (group, optimize) -> pyc bytes
        std::map<std::pair<std::size_t, int>, std::string> refused;   // -> rendered error
        std::vector<cache::PycOutput> outputs;
        std::vector<std::size_t> output_target;
        for (std::size_t ti = 0; ti < job.targets.size(); ++ti) {
            const Target& t = job.targets[ti];
            std::size_t li = 0;
            while (levels[li].compat != t.compat) ++li;
            if (!levels[li].error.empty()) continue;
            const auto key = std::make_pair(levels[li].group, t.optimize);
            if (!compiled.count(key) && !refused.count(key)) {
                Level& rep = levels[levels[li].group];
                bridge::CompileOutput c =
                    from_source ? bridge::compile_source(bytes, filename, t.optimize)
                                : bridge::compile_module(rep.parse->tree, filename, t.optimize, rep.parse->text());
                ++r.compiles;
                if (c.error && from_source) {
                    // pyfront's own report (with its hints) when it also rejects the source,
                    // else the host's; either way once for all optimization levels.
                    builder::Options o;
                    o.version = t.compat;
                    o.filename = filename;
                    rep.parse = std::make_unique<builder::Result>(builder::parse_source(bytes, o));
                    const Diagnostic& d = rep.parse->ok() ? *c.error : *rep.parse->error;
                    rep.error = render_compile_error(common, job.source, d, rep.parse->text(), "");
                    r.errors.push_back(rep.error);
                    continue;
                }
                if (c.error) {
                    const std::string level = multi_level ? to_string(t.compat) : "";
                    refused[key] = render_compile_error(common, job.source, *c.error, rep.parse->text(), level);
                    r.errors.push_back(refused[key]);
                } else {
                    std::string pyc(reinterpret_cast<const char*>(header.data()), header.size());
                    pyc += c.code;
                    compiled[key] = std::move(pyc);
                }
            }
            auto it = compiled.find(key);
            if (it == compiled.end()) continue;
            outputs.push_back({t.pyc, it->second, t.link_group, t.never_link});
            output_target.push_back(ti);
        }
        // Fresh pycs of the same file (another level already compiled) go first as link
        // sources, when their group has a new output: identical new pycs share their file.
        std::vector<cache::PycOutput> existing;
        for (const Target& f : job.fresh) {
            if (f.never_link) continue;
            bool wanted = false;
            for (const cache::PycOutput& o : outputs) wanted = wanted || (!o.never_link && o.link_group == f.link_group);
            cache::PycOutput e{f.pyc, {}, f.link_group, false, true};
            if (wanted && cache::read_whole_file(f.pyc, e.bytes, error)) existing.push_back(std::move(e));
        }
        const std::size_t skip = existing.size();
        existing.insert(existing.end(), std::make_move_iterator(outputs.begin()), std::make_move_iterator(outputs.end()));
        outputs = std::move(existing);
        // py_compile's mode: the source's permissions plus owner-write, masked to 0o666.
        auto written = cache::write_pycs(outputs, (st.st_mode | 0200) & 0666, common.durability);
        written.erase(written.begin(), written.begin() + static_cast<std::ptrdiff_t>(skip));
        outputs.erase(outputs.begin(), outputs.begin() + static_cast<std::ptrdiff_t>(skip));
        const std::uint64_t source_xxh = cache::xxh3(bytes);
        for (std::size_t i = 0; i < written.size(); ++i) {
            TargetResult& tr = r.targets[output_target[i]];
            const Target& t = job.targets[output_target[i]];
            if (!written[i].ok) {
                r.errors.push_back(render_compile_io_error(common, job.source, "cannot write " + written[i].error));
                continue;
            }
            tr.linked = written[i].linked;
            if (!cache::stat_pyc(t.pyc, tr.entry)) continue;  // replaced meanwhile: no entry
            tr.ok = true;
            tr.entry.source_xxh = source_xxh;
            tr.entry.options_xxh = options_hash(common, job, t, st.st_mtim.tv_sec, static_cast<std::uint64_t>(st.st_size));
            tr.entry.pyc_xxh = cache::xxh3(outputs[i].bytes);
        }
    } catch (const std::exception& e) {
        r.errors.push_back(render_compile_io_error(common, job.source, e.what()));
    }
    return r;
}

std::string serialize_result(const JobResult& r) {
    std::string out;
    put_str(out, r.source);
    put_u64(out, static_cast<std::uint64_t>(r.compiles));
    put_u64(out, static_cast<std::uint64_t>(r.shared_trees));
    put_u64(out, r.errors.size());
    for (const std::string& e : r.errors) put_str(out, e);
    put_u64(out, r.targets.size());
    for (const TargetResult& t : r.targets) {
        put_str(out, t.pyc);
        put_u64(out, (t.ok ? 1u : 0u) | (t.linked ? 2u : 0u));
        put_u64(out, t.entry.source_xxh);
        put_u64(out, t.entry.options_xxh);
        put_u64(out, t.entry.pyc_xxh);
        put_u64(out, t.entry.pyc_size);
        put_u64(out, static_cast<std::uint64_t>(t.entry.pyc_mtime_ns));
        put_u64(out, t.entry.pyc_inode);
    }
    return out;
}

bool deserialize_result(std::string_view data, JobResult& r) {
    Reader in{data};
    r.source = in.str();
    r.compiles = static_cast<int>(in.u64());
    r.shared_trees = static_cast<int>(in.u64());
    const std::uint64_t ne = in.u64();
    for (std::uint64_t i = 0; in.ok && i < ne; ++i) r.errors.push_back(in.str());
    const std::uint64_t nt = in.u64();
    for (std::uint64_t i = 0; in.ok && i < nt; ++i) {
        TargetResult t;
        t.pyc = in.str();
        const std::uint64_t flags = in.u64();
        t.ok = flags & 1;
        t.linked = flags & 2;
        t.entry.source_xxh = in.u64();
        t.entry.options_xxh = in.u64();
        t.entry.pyc_xxh = in.u64();
        t.entry.pyc_size = in.u64();
        t.entry.pyc_mtime_ns = static_cast<std::int64_t>(in.u64());
        t.entry.pyc_inode = in.u64();
        r.targets.push_back(std::move(t));
    }
    return in.ok && in.data.empty();
}

}  // namespace pyfront::cli
