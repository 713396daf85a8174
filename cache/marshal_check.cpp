#include "cache/marshal_check.h"

#include <cstdint>

namespace pyfront::cache {

namespace {

class Walker {
public:
    Walker(std::string_view data, Version host) : data_(data), host_(host) {}

    bool run(std::string& error) {
        const bool ok = object(0) && (pos_ == data_.size() || fail("trailing bytes after the code object"));
        if (!ok) error = error_ + " at byte " + std::to_string(error_pos_);
        return ok;
    }

private:
    bool fail(const std::string& what) {
        if (error_.empty()) {
            error_ = what;
            error_pos_ = pos_;
        }
        return false;
    }
    bool take(std::size_t n) {
        if (data_.size() - pos_ < n) return fail("truncated data");
        pos_ += n;
        return true;
    }
    bool byte(unsigned& out) {
        if (pos_ >= data_.size()) return fail("truncated data");
        out = static_cast<unsigned char>(data_[pos_++]);
        return true;
    }
    bool i32(std::int32_t& out) {
        if (data_.size() - pos_ < 4) return fail("truncated data");
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) v |= std::uint32_t(static_cast<unsigned char>(data_[pos_ + i])) << (8 * i);
        pos_ += 4;
        out = static_cast<std::int32_t>(v);
        return true;
    }
    bool sized(std::int32_t n) {
        if (n < 0) return fail("negative size");
        return take(static_cast<std::size_t>(n));
    }
    bool count(std::int32_t& n) { return i32(n) && (n >= 0 || fail("negative size")); }
    bool objects(std::int32_t n, int depth) {
        for (std::int32_t i = 0; i < n; ++i)
            if (!object(depth + 1)) return false;
        return true;
    }

    bool code(int depth) {
        std::int32_t v;
        // 3.11+: argcount posonlyargcount kwonlyargcount stacksize flags, code consts names
        // localsplusnames localspluskinds filename name qualname, firstlineno, linetable
        // exceptiontable. 3.8-3.10: argcount posonly kwonly nlocals stacksize flags, code consts
        // names varnames freevars cellvars filename name, firstlineno, lnotab/linetable.
        const bool modern = host_ >= Version{3, 11};
        const int ints = modern ? 5 : 6;
        for (int i = 0; i < ints; ++i)
            if (!i32(v)) return false;
        if (!objects(modern ? 8 : 8, depth)) return false;
        if (!i32(v)) return false;  // firstlineno
        return objects(modern ? 2 : 1, depth);
    }

    bool object(int depth) {
        if (depth > 2000) return fail("nesting deeper than marshal allows");
        const std::size_t start = pos_;
        unsigned code_byte;
        if (!byte(code_byte)) return false;
        const bool flag_ref = code_byte & 0x80;
        const unsigned type = code_byte & 0x7f;
        if (flag_ref) ++refs_;  // reserved when the object starts, as r_ref_reserve does
        std::int32_t n;
        unsigned len;
        switch (type) {
            case '0': return depth > 0 || fail("NULL object at top level");
            case 'N': case 'F': case 'T': case 'S': case '.': return true;
            case 'i': return i32(n);
            case 'l': return i32(n) && (n != INT32_MIN || fail("bad long size")) && take(2u * static_cast<std::size_t>(n < 0 ? -n : n));
            case 'f': return byte(len) && take(len);
            case 'g': return take(8);
            case 'x': return byte(len) && take(len) && byte(len) && take(len);
            case 'y': return take(16);
            case 's': case 't': case 'u': case 'a': case 'A': return i32(n) && sized(n);
            case 'z': case 'Z': return byte(len) && take(len);
            case ')': return byte(len) && objects(static_cast<std::int32_t>(len), depth);
            case '(': case '[': case '<': case '>': return count(n) && objects(n, depth);
            case '{':
                for (;;) {
                    if (pos_ >= data_.size()) return fail("truncated dict");
                    if (data_[pos_] == '0') {
                        ++pos_;
                        return true;
                    }
                    if (!object(depth + 1) || !object(depth + 1)) return false;
                }
            case ':': return objects(3, depth);  // slice (3.14+)
            case 'c': return code(depth);
            case 'r':
                if (!i32(n)) return false;
                if (n < 0 || static_cast<std::size_t>(n) >= refs_) {
                    pos_ = start;
                    return fail("bad reference " + std::to_string(n));
                }
                return true;
            default:
                pos_ = start;
                return fail("unknown type code " + std::to_string(type));
        }
    }

    std::string_view data_;
    Version host_;
    std::size_t pos_ = 0;
    std::size_t refs_ = 0;
    std::string error_;
    std::size_t error_pos_ = 0;
};

}  // namespace

bool check_marshal(std::string_view data, Version host, std::string& error) {
    return Walker(data, host).run(error);
}

}  // namespace pyfront::cache
