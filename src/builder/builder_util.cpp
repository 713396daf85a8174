// Tokens to values: identifiers (NFKC for non-ASCII names, as CPython stores them) and numbers.
// Boost.Multiprecision before the ANTLR headers (they undefine EOF).
#include "pyvalue/number.h"

#include "builder/builder_impl.h"
#include "lex/identifier.h"

namespace pyfront::builder::detail {

namespace {
std::ptrdiff_t terminal_offset() {
    antlr4::tree::TerminalNodeImpl node(nullptr);
    return reinterpret_cast<const char*>(static_cast<const antlr4::tree::ParseTree*>(&node)) -
           reinterpret_cast<const char*>(&node);
}
}  // namespace

const std::ptrdiff_t kTerminalParseTreeOffset = terminal_offset();

ast::Str Builder::identifier(const lex::Token& t) {
    const std::string_view s = text_of(t);
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return copy(lex::nfkc_normalize(s));
    return ast::str_view(s);
}

ast::expr* Builder::number(const lex::Token& t) {
    const std::string_view s = text_of(t);
    auto* c = make<ast::Constant>(span(t, t));
    switch (pyvalue::classify_number(s)) {
        case pyvalue::NumberKind::Int: {
            literal_depends_on_version(s.size() > 4300);  // the digit limit of 3.7+
            pyvalue::IntLiteral r = pyvalue::decode_int_literal(s, version_);
            if (!r.ok) {
                // ast.c (3.7, 3.8) reports it at the number; the PEG parser with no column
                // (3.9: offset 1; 3.10+: offset 0).
                BuildError e;
                e.message = r.error;
                e.lineno = static_cast<int>(t.lineno);
                e.col = static_cast<int>(t.col);
                e.ast_c = vc_ <= 307;
                if (vc_ == 309) e.forced_offset = 1;
                if (vc_ >= 310) {
                    e.end_lineno = e.lineno;
                    e.forced_offset = 0;
                    e.forced_end_offset = 0;
                }
                throw e;
            }
            c->value = r.small ? ast::Value::integer(r.value) : ast::Value::big_integer(copy(r.decimal));
            break;
        }
        case pyvalue::NumberKind::Float:
            c->value = ast::Value::floating(pyvalue::decode_float_literal(s));
            break;
        case pyvalue::NumberKind::Imaginary:
            c->value = ast::Value::complex(0.0, pyvalue::decode_imaginary_literal(s));
            break;
    }
    return c;
}

ast::Str Builder::type_comment(const lex::Token* t) {
    if (!t) return ast::Str{};
    // The token covers the comment after `# type: ` (see builder/pipeline.cpp).
    return ast::str_view(text_of(*t));
}

}  // namespace pyfront::builder::detail
