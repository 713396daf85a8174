// Operator tables. Every version's tokenizer knows the same spellings except `:=` (3.8+)
// and `@=` (3.5+), which the caller filters by version; `<>` is always one NOTEQUAL token
// (the parser accepts it only under barry_as_FLUFL, as CPython's does).
#include "lex/operators.h"

namespace pyfront::lex::detail {

TokenKind one_char_operator(int c) {
    switch (c) {
        case '!': return TokenKind::EXCLAMATION;
        case '%': return TokenKind::PERCENT;
        case '&': return TokenKind::AMPER;
        case '(': return TokenKind::LPAR;
        case ')': return TokenKind::RPAR;
        case '*': return TokenKind::STAR;
        case '+': return TokenKind::PLUS;
        case ',': return TokenKind::COMMA;
        case '-': return TokenKind::MINUS;
        case '.': return TokenKind::DOT;
        case '/': return TokenKind::SLASH;
        case ':': return TokenKind::COLON;
        case ';': return TokenKind::SEMI;
        case '<': return TokenKind::LESS;
        case '=': return TokenKind::EQUAL;
        case '>': return TokenKind::GREATER;
        case '@': return TokenKind::AT;
        case '[': return TokenKind::LSQB;
        case ']': return TokenKind::RSQB;
        case '^': return TokenKind::CIRCUMFLEX;
        case '{': return TokenKind::LBRACE;
        case '|': return TokenKind::VBAR;
        case '}': return TokenKind::RBRACE;
        case '~': return TokenKind::TILDE;
        default: return TokenKind::OP;
    }
}

TokenKind two_char_operator(int c1, int c2) {
    switch (c1) {
        case '!': if (c2 == '=') return TokenKind::NOTEQUAL; break;
        case '%': if (c2 == '=') return TokenKind::PERCENTEQUAL; break;
        case '&': if (c2 == '=') return TokenKind::AMPEREQUAL; break;
        case '*':
            if (c2 == '*') return TokenKind::DOUBLESTAR;
            if (c2 == '=') return TokenKind::STAREQUAL;
            break;
        case '+': if (c2 == '=') return TokenKind::PLUSEQUAL; break;
        case '-':
            if (c2 == '=') return TokenKind::MINEQUAL;
            if (c2 == '>') return TokenKind::RARROW;
            break;
        case '/':
            if (c2 == '/') return TokenKind::DOUBLESLASH;
            if (c2 == '=') return TokenKind::SLASHEQUAL;
            break;
        case ':': if (c2 == '=') return TokenKind::COLONEQUAL; break;
        case '<':
            if (c2 == '<') return TokenKind::LEFTSHIFT;
            if (c2 == '=') return TokenKind::LESSEQUAL;
            if (c2 == '>') return TokenKind::NOTEQUAL;
            break;
        case '=': if (c2 == '=') return TokenKind::EQEQUAL; break;
        case '>':
            if (c2 == '=') return TokenKind::GREATEREQUAL;
            if (c2 == '>') return TokenKind::RIGHTSHIFT;
            break;
        case '@': if (c2 == '=') return TokenKind::ATEQUAL; break;
        case '^': if (c2 == '=') return TokenKind::CIRCUMFLEXEQUAL; break;
        case '|': if (c2 == '=') return TokenKind::VBAREQUAL; break;
        default: break;
    }
    return TokenKind::OP;
}

TokenKind three_char_operator(int c1, int c2, int c3) {
    if (c3 == '=') {
        if (c1 == '*' && c2 == '*') return TokenKind::DOUBLESTAREQUAL;
        if (c1 == '/' && c2 == '/') return TokenKind::DOUBLESLASHEQUAL;
        if (c1 == '<' && c2 == '<') return TokenKind::LEFTSHIFTEQUAL;
        if (c1 == '>' && c2 == '>') return TokenKind::RIGHTSHIFTEQUAL;
    }
    if (c1 == '.' && c2 == '.' && c3 == '.') return TokenKind::ELLIPSIS;
    return TokenKind::OP;
}

}  // namespace pyfront::lex::detail
