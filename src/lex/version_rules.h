// Internal to src/lex: what the tokenizer of each Python version accepts, as data.
//
// | rule                          | versions   | before                                       |
// |-------------------------------|------------|----------------------------------------------|
// | prefix u/U (PEP 414)          | 3.3+       | `u'x'` is NAME `u` then STRING `'x'`         |
// | prefixes in any order (rb)    | 3.3+       | only b? then r? (`br''`, not `rb''`)         |
// | prefix f/F (PEP 498)          | 3.6+       | NAME `f` then STRING                         |
// | PEP 701 f-string tokens       | 3.12+      | whole literal, then split by the old rules   |
// | prefix t/T (PEP 750)          | 3.14+      | NAME `t` then STRING                         |
// | `_` in numbers (PEP 515)      | 3.6+       | `1_0` is NUMBER `1`, NAME `_0`               |
// | async/await contextual        | 3.5, 3.6   | plain names (<3.5); keywords (3.7+)          |
// | `:=` one token                | 3.8+       | COLON then EQUAL                             |
// | `->` `...` `@`                | all        | (`@=` was added with `@` in 3.5: before, AT EQUAL) |
// | f-string `=` specifier        | 3.8+       | `=` in a field is an ordinary operator       |
// | number errors specific        | 3.8+       | "invalid token"                              |
// | invalid-digit offset after it | 3.10+      | before the digit if it follows the prefix/'_'|
// | number followed by a name     | 3.10+      | "invalid decimal literal"; before: two tokens|
// | leading-zero error range      | 3.10+      | offset at the end of the literal             |
// | number glued to non-ASCII     | 3.10 only  | (3.11+: left to the identifier check, which  |
// |   (1\u200b): invalid literal  |            |  names the character; <3.10: two tokens)     |
// | pegen error positions         | 3.9+       | parsetok's: TabError, too deep, dedent and   |
// |   (TabError, too deep, ...)   |            |  line continuation at the line's end         |
// | "; perhaps you escaped the    | 3.13+      | plain "unterminated string literal (...)"    |
// |   end quote?" hint            |            |                                              |
// | prefixes b r u f t once each, | 3.14+      | fixed orders; an unusable combination is a   |
// |   clashes are errors          |            |  NAME then a STRING (the parser's error)     |
// | "too many nested f-strings    | 3.14+      | "too many nested f-strings"                  |
// |   or t-strings"               |            |                                              |
#pragma once

namespace pyfront::lex::detail {

struct VersionRules {
    bool u_prefix, any_order_prefixes, f_prefix, pep701, t_prefix, underscores,
        async_contextual, colonequal, atequal, fstring_debug, specific_number_errors,
        digit_error_after_digit, verify_end_of_number, leading_zero_range,
        invalid_character_messages, number_end_nonascii, pegen_error_positions,
        escaped_quote_hint, prefix_clash_errors;

    static VersionRules for_version(int code) {
        VersionRules r{};
        r.u_prefix = code >= 303;
        r.any_order_prefixes = code >= 303;
        r.f_prefix = code >= 306;
        r.pep701 = code >= 312;
        r.t_prefix = code >= 314;
        r.underscores = code >= 306;
        r.async_contextual = code == 305 || code == 306;
        r.colonequal = code >= 308;
        r.atequal = code >= 305;
        r.fstring_debug = code >= 308;
        r.specific_number_errors = code >= 308;
        r.digit_error_after_digit = code >= 310;
        r.verify_end_of_number = code >= 310;
        r.leading_zero_range = code >= 310;
        r.invalid_character_messages = code >= 309;
        r.number_end_nonascii = code == 310;
        r.pegen_error_positions = code >= 309;
        r.escaped_quote_hint = code >= 313;
        r.prefix_clash_errors = code >= 314;
        return r;
    }
};

}  // namespace pyfront::lex::detail
