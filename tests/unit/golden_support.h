// What the golden corpus runners (golden_tokenize_test.cpp, golden_parse_test.cpp) share:
// a JSON reader for the goldens, file reading, and the version lists of case headers.
#pragma once
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "version/version.h"

namespace golden {

// ---------------------------------------------------------------------------------------------
// A small JSON reader (objects, arrays, strings with every escape, integers, null, booleans):
// the goldens and pyfront's --jsonl records are JSON, and the project takes no JSON
// dependency for tests.

struct Json;
using JsonObject = std::map<std::string, Json>;
using JsonArray = std::vector<Json>;

struct Json {
    std::variant<std::nullptr_t, bool, long long, std::string, std::shared_ptr<JsonArray>,
                 std::shared_ptr<JsonObject>>
        v = nullptr;

    bool is_null() const { return std::holds_alternative<std::nullptr_t>(v); }
    bool is_object() const { return std::holds_alternative<std::shared_ptr<JsonObject>>(v); }
    bool is_string() const { return std::holds_alternative<std::string>(v); }
    bool is_bool() const { return std::holds_alternative<bool>(v); }
    bool is_integer() const { return std::holds_alternative<long long>(v); }
    const JsonObject& object() const { return *std::get<std::shared_ptr<JsonObject>>(v); }
    const JsonArray& array() const { return *std::get<std::shared_ptr<JsonArray>>(v); }
    const std::string& str() const { return std::get<std::string>(v); }
    long long integer() const { return std::get<long long>(v); }
    bool boolean() const { return std::get<bool>(v); }
    const Json* get(const std::string& key) const {
        if (!is_object()) return nullptr;
        auto it = object().find(key);
        return it == object().end() ? nullptr : &it->second;
    }
    std::string str_or(const std::string& key, const std::string& fallback) const {
        const Json* j = get(key);
        return j && j->is_string() ? j->str() : fallback;
    }
};

class JsonReader {
public:
    explicit JsonReader(const std::string& text) : s_(text) {}

    Json parse() {
        Json j = value();
        skip_ws();
        if (pos_ != s_.size()) fail("trailing characters");
        return j;
    }

private:
    const std::string& s_;
    size_t pos_ = 0;

    [[noreturn]] void fail(const std::string& what) {
        throw std::runtime_error("JSON: " + what + " at byte " + std::to_string(pos_));
    }
    char peek() {
        if (pos_ >= s_.size()) fail("unexpected end");
        return s_[pos_];
    }
    void skip_ws() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' ||
                                    s_[pos_] == '\t'))
            ++pos_;
    }
    bool consume(const char* word) {
        size_t n = std::char_traits<char>::length(word);
        if (s_.compare(pos_, n, word) != 0) return false;
        pos_ += n;
        return true;
    }
    Json value() {
        skip_ws();
        char c = peek();
        Json j;
        if (c == '{') {
            auto obj = std::make_shared<JsonObject>();
            ++pos_;
            skip_ws();
            if (peek() == '}') {
                ++pos_;
            } else {
                for (;;) {
                    skip_ws();
                    std::string key = string_literal();
                    skip_ws();
                    if (s_[pos_++] != ':') fail("expected ':'");
                    (*obj)[key] = value();
                    skip_ws();
                    if (peek() == ',') { ++pos_; continue; }
                    if (peek() == '}') { ++pos_; break; }
                    fail("expected ',' or '}'");
                }
            }
            j.v = obj;
        } else if (c == '[') {
            auto arr = std::make_shared<JsonArray>();
            ++pos_;
            skip_ws();
            if (peek() == ']') {
                ++pos_;
            } else {
                for (;;) {
                    arr->push_back(value());
                    skip_ws();
                    if (peek() == ',') { ++pos_; continue; }
                    if (peek() == ']') { ++pos_; break; }
                    fail("expected ',' or ']'");
                }
            }
            j.v = arr;
        } else if (c == '"') {
            j.v = string_literal();
        } else if (consume("null")) {
            j.v = nullptr;
        } else if (consume("true")) {
            j.v = true;
        } else if (consume("false")) {
            j.v = false;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            size_t start = pos_++;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
            j.v = std::stoll(s_.substr(start, pos_ - start));
        } else {
            fail(std::string("unexpected character '") + c + "'");
        }
        return j;
    }
    unsigned hex4() {
        if (pos_ + 4 > s_.size()) fail("short \\u escape");
        unsigned v = std::stoul(s_.substr(pos_, 4), nullptr, 16);
        pos_ += 4;
        return v;
    }
    static void append_utf8(std::string& out, std::uint32_t cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }
    std::string string_literal() {
        if (peek() != '"') fail("expected a string");
        ++pos_;
        std::string out;
        while (pos_ < s_.size() && s_[pos_] != '"') {
            char c = s_[pos_++];
            if (c != '\\') {
                out += c;
                continue;
            }
            char e = s_[pos_++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = hex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && s_.compare(pos_, 2, "\\u") == 0) {
                        pos_ += 2;
                        std::uint32_t lo = hex4();
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    }
                    append_utf8(out, cp);  // a lone surrogate comes out as CESU-style bytes
                    break;
                }
                default: fail("bad escape");
            }
        }
        if (pos_ >= s_.size()) fail("unterminated string");
        ++pos_;
        return out;
    }
};

// ---------------------------------------------------------------------------------------------
// Files and versions

inline std::string read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Lines split at \n, \r\n and \r, as the case headers may use any of them.
inline std::vector<std::string> split_lines_any_newline(const std::string& data) {
    std::vector<std::string> lines;
    std::string cur;
    for (size_t i = 0; i < data.size(); ++i) {
        char c = data[i];
        if (c == '\r' || c == '\n') {
            lines.push_back(cur);
            cur.clear();
            if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n') ++i;
        } else {
            cur += c;
        }
    }
    lines.push_back(cur);
    return lines;
}

// "3.0" ... "3.15": every version pyfront reads.
inline std::vector<std::string> all_versions() {
    std::vector<std::string> out;
    for (int m = pyfront::kMinVersion.minor; m <= pyfront::kMaxVersion.minor; ++m)
        out.push_back("3." + std::to_string(m));
    return out;
}

// "3.0-3.5, 3.9" -> {"3.0", ..., "3.5", "3.9"}
inline std::set<std::string> version_range(const std::string& text) {
    std::set<std::string> out;
    static const std::regex part(R"((3)\.(\d+)(?:-3\.(\d+))?)");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), part); it != std::sregex_iterator();
         ++it) {
        int lo = std::stoi((*it)[2]);
        int hi = (*it)[3].matched ? std::stoi((*it)[3]) : lo;
        for (int m = lo; m <= hi; ++m) out.insert("3." + std::to_string(m));
    }
    return out;
}

}  // namespace golden
