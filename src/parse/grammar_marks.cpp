#include "parse/grammar_marks.h"

#include <cctype>

namespace pyfront::parse {

namespace {

bool is_ident_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// A rule starts at a line that begins with a lowercase identifier (and is not a comment).
std::string rule_name_at(std::string_view line) {
    if (line.empty() || !std::islower(static_cast<unsigned char>(line[0]))) return "";
    std::size_t n = 0;
    while (n < line.size() && is_ident_char(line[n])) ++n;
    const std::string_view rest = trim(line.substr(n));
    if (!rest.empty() && rest[0] != ':' && rest.substr(0, 2) != "//") return "";
    const std::string_view name = line.substr(0, n);
    if (name == "parser" || name == "options") return "";
    return std::string(name);
}

}  // namespace

bool parse_version_range(std::string_view text, std::vector<std::pair<Version, Version>>& spans) {
    spans.clear();
    while (!text.empty()) {
        const std::size_t comma = text.find(',');
        std::string_view part = text.substr(0, comma);
        text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
        if (part.empty()) return false;
        Version first = kMinVersion, last = kMaxVersion;
        const std::size_t dash = part.find('-');
        if (dash == std::string_view::npos) {
            auto v = parse_version(part);
            if (!v) return false;
            first = last = *v;
        } else {
            const std::string_view a = part.substr(0, dash), b = part.substr(dash + 1);
            if (a.empty() && b.empty()) return false;
            if (!a.empty()) {
                auto v = parse_version(a);
                if (!v) return false;
                first = *v;
            }
            if (!b.empty()) {
                auto v = parse_version(b);
                if (!v) return false;
                last = *v;
            }
        }
        if (last < first) return false;
        spans.emplace_back(first, last);
        if (comma != std::string_view::npos && text.empty()) return false;  // trailing comma
    }
    return !spans.empty();
}

std::vector<GrammarMark> grammar_marks(std::string_view grammar_text,
                                       std::vector<std::string>* errors) {
    std::vector<GrammarMark> marks;
    std::string rule;
    std::size_t pending = 0;  // marks from comment-only lines, waiting for their grammar line
    int lineno = 0;
    while (!grammar_text.empty()) {
        const std::size_t nl = grammar_text.find('\n');
        const std::string_view line = grammar_text.substr(0, nl);
        grammar_text = nl == std::string_view::npos ? std::string_view() : grammar_text.substr(nl + 1);
        ++lineno;
        const std::size_t comment = line.find("//");
        const std::string_view code = trim(line.substr(0, comment));
        if (!code.empty()) {
            if (std::string r = rule_name_at(line); !r.empty()) rule = r;
            // The grammar line of the marks of the comment lines above it, and of this line's.
            std::string label;
            if (const std::size_t hash = code.rfind('#'); hash != std::string_view::npos) {
                std::size_t n = hash + 1;
                while (n < code.size() && is_ident_char(code[n])) ++n;
                label = std::string(code.substr(hash + 1, n - hash - 1));
            }
            for (std::size_t i = pending; i < marks.size(); ++i) {
                marks[i].rule = rule;
                marks[i].label = label;
                marks[i].grammar_line = lineno;
            }
            pending = marks.size();
        }
        if (comment == std::string_view::npos) continue;
        std::string_view rest = line.substr(comment);
        for (std::size_t at = rest.find("@versions"); at != std::string_view::npos;
             at = rest.find("@versions")) {
            rest = rest.substr(at + 9);
            std::string_view s = trim(rest);
            if (!s.empty() && s[0] == '<') continue;  // the header's description of the format
            std::size_t n = 0;
            while (n < s.size() && !std::isspace(static_cast<unsigned char>(s[n]))) ++n;
            GrammarMark mark;
            mark.range = std::string(s.substr(0, n));
            s = trim(s.substr(n));
            std::size_t f = 0;
            while (f < s.size() && is_ident_char(s[f])) ++f;
            mark.feature = std::string(s.substr(0, f));
            mark.rule = rule;
            mark.line = lineno;
            if (!parse_version_range(mark.range, mark.spans)) {
                if (errors) errors->push_back(std::to_string(lineno) + ": bad range '" + mark.range + "'");
                continue;
            }
            if (mark.feature.empty()) {
                if (errors) errors->push_back(std::to_string(lineno) + ": no feature after " + mark.range);
                continue;
            }
            marks.push_back(std::move(mark));
        }
        if (!code.empty()) {  // a mark at the end of a grammar line belongs to that line
            for (std::size_t i = pending; i < marks.size(); ++i) {
                marks[i].rule = rule;
                marks[i].grammar_line = lineno;
                if (const std::size_t hash = code.rfind('#'); hash != std::string_view::npos) {
                    std::size_t n = hash + 1;
                    while (n < code.size() && is_ident_char(code[n])) ++n;
                    marks[i].label = std::string(code.substr(hash + 1, n - hash - 1));
                }
            }
            pending = marks.size();
        }
    }
    return marks;
}

}  // namespace pyfront::parse
