// Token kind names and the per-version keyword table (keywords.def).
#include <cstring>

#include "lex/token.h"

namespace pyfront::lex {

namespace {

struct KindInfo {
    const char* name;
    std::string_view text;
};
constexpr KindInfo kKinds[] = {
#define TOKEN(name, text) {#name, text},
#include "lex/token_kinds.def"
#undef TOKEN
};

struct KeywordInfo {
    std::string_view text;
    Keyword id;
    int first, last;
};
constexpr KeywordInfo kKeywords[] = {
    {"", Keyword::NotAKeyword, 0, 0},
#define KEYWORD(id, text, first, last) {text, Keyword::id, first, last},
#include "lex/keywords.def"
#undef KEYWORD
};
constexpr int kKeywordCount = sizeof(kKeywords) / sizeof(kKeywords[0]);

// Keywords bucketed by length: a name is compared only with the few keywords of its length.
struct Buckets {
    unsigned char index[16][8] = {};
    unsigned char count[16] = {};
    constexpr Buckets() {
        for (int i = 1; i < kKeywordCount; ++i) {
            std::size_t n = kKeywords[i].text.size();
            index[n][count[n]++] = static_cast<unsigned char>(i);
        }
    }
};
constexpr Buckets kBuckets{};

}  // namespace

const char* token_kind_name(TokenKind kind) { return kKinds[static_cast<int>(kind)].name; }
std::string_view token_kind_text(TokenKind kind) { return kKinds[static_cast<int>(kind)].text; }
std::string_view keyword_text(Keyword kw) { return kKeywords[static_cast<int>(kw)].text; }

Keyword keyword_for(std::string_view name, int version_code) {
    std::size_t n = name.size();
    if (n < 2 || n > 14) return Keyword::NotAKeyword;
    // Every keyword starts with a lowercase letter, 'F', 'N', 'T' or '_'.
    char c0 = name[0];
    if (!((c0 >= 'a' && c0 <= 'y') || c0 == 'F' || c0 == 'N' || c0 == 'T' || c0 == '_'))
        return Keyword::NotAKeyword;
    for (int k = 0; k < kBuckets.count[n]; ++k) {
        const KeywordInfo& kw = kKeywords[kBuckets.index[n][k]];
        if (kw.text[0] == c0 && std::memcmp(kw.text.data(), name.data(), n) == 0)
            return version_code >= kw.first && version_code <= kw.last ? kw.id : Keyword::NotAKeyword;
    }
    return Keyword::NotAKeyword;
}

}  // namespace pyfront::lex
