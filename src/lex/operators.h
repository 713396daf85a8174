// Internal to src/lex: operator spellings to token kinds (CPython's _PyToken_OneChar,
// _PyToken_TwoChars, _PyToken_ThreeChars). OP means "not an operator of that length".
#pragma once
#include "lex/token.h"

namespace pyfront::lex::detail {

TokenKind one_char_operator(int c);
TokenKind two_char_operator(int c1, int c2);
TokenKind three_char_operator(int c1, int c2, int c3);

}  // namespace pyfront::lex::detail
