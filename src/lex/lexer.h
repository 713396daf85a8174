// Internal to src/lex: the tokenizer's state machine.
//
// The Lexer follows the structure of CPython's C tokenizer (Parser/tokenizer.c in 3.12,
// Parser/lexer/ from 3.13) on purpose: its quirks (where a token starts, what an error's offset
// counts, when a line "is read") are the specification we must reproduce, and they are easiest
// to keep right when the code reads the input the same way: one byte at a time through next()
// and backup(), with the current line only advancing when the byte after a '\n' is requested.
// Version differences are decided in small predicates (version_rules.h), not spread around.
#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "lex/token.h"
#include "lex/tokenizer.h"

namespace pyfront::lex::detail {

constexpr int kEOF = -1;

// CPython's limits (Parser/tokenizer.h).
constexpr int kMaxIndent = 100;         // MAXINDENT: "too many levels of indentation"
constexpr int kMaxLevel = 200;          // MAXLEVEL: "too many nested parentheses"
constexpr int kMaxFStringLevel = 150;   // MAXFSTRINGLEVEL: "too many nested f-strings"
constexpr int kMaxExprNesting = 3;      // MAX_EXPR_NESTING: replacement fields inside specs
constexpr int kTabSize = 8;

// One entry of the PEP 701 mode stack (3.12+): the regular mode at the bottom, one entry per
// f-string or t-string being read.
struct StringMode {
    bool in_string = false;   // false: the bottom regular mode
    bool scanning_literal = false;  // true: reading the literal part (CPython's TOK_FSTRING_MODE)
    bool raw = false;
    bool tstring = false;
    char quote = '"';
    int quote_size = 1;
    std::uint32_t start = 0;             // byte offset of the prefix
    std::uint32_t start_lineno = 0;
    std::uint32_t start_line_start = 0;  // byte offset of the prefix's line
    int curly_bracket_depth = 0;
    int curly_bracket_expr_start_depth = -1;
    bool expr_ended = false;  // a top-level ':' '!' or '}' was seen in this field (last_expr_end)
};

// Where a pre-3.12 f-string's replacement field sits, for the expression-only lexer that
// reads it (lexer_fstring_legacy.cpp). That lexer counts lines and columns as CPython's
// sub-parser did: in the buffer "(" + expression + ")", line 1 starting at the '{'.
struct LegacyExpr {
    std::uint32_t expr_start = 0;    // offset of the expression (just after its '{')
    std::uint32_t lineno = 0;        // line and line start of expr_start in the parent's view
    std::uint32_t line_start = 0;
    std::uint32_t tok_lineno = 0;    // the f-string literal: first line, column, several lines?
    std::uint32_t tok_col = 0;
    bool tok_multiline = false;
    int starting_col = 0;            // 3.9-3.11 pegen's starting_col_offset for the sub-parser
    int fix_col = 0;                 // 3.6-3.8 fstring_fix_node_location's column shift
};

struct OpenBracket {
    char ch;
    std::uint32_t lineno;
    std::uint32_t col;  // byte column
};

class Lexer {
public:
    Lexer(std::string_view text, const LexOptions& options, std::vector<Token>& out);
    // What the reader said about the text: ill-formed UTF-8 it let through, BOM, cookie.
    void set_source(const source::DecodedSource& source);
    std::optional<Diagnostic> run();
    bool late_error() const { return late_error_; }  // see LexResult::late_error

private:
    // ---- input (lexer.cpp) ----
    int next();                      // CPython's tok_nextc
    void backup(int c);              // CPython's tok_backup
    bool underflow();                // start the next line; false at end of input
    void translate_lone_cr();        // the parser's view of old-Mac line ends
    std::uint32_t col_of(std::uint32_t p) const { return p - line_start_; }

    // ---- tokens ----
    void emit(TokenKind kind, std::uint32_t begin, std::uint32_t end);
    void emit_at(TokenKind kind, std::uint32_t begin, std::uint32_t end, std::uint32_t lineno,
                 std::uint32_t col, std::uint32_t end_lineno, std::uint32_t end_col);
    bool lex_one();  // appends one token or sets error_; false when done

    // ---- regular mode (lexer.cpp) ----
    bool normal_mode();
    bool indentation();              // at the beginning of a line; false on error
    bool continuation_line();        // after a backslash; false on error
    bool name_or_prefixed_string(int c);
    bool prefixed_string_3_14(int c);
    bool name_rest(int c);
    bool newline_token();
    bool brackets_and_operators(int c);
    bool fstring_punctuation(int c, bool& returned);
    void async_name(Token& t);       // 3.5/3.6 contextual async/await
    bool next_token_is_def();
    bool check_identifier(std::uint32_t begin, std::uint32_t end);

    // ---- numbers (lexer_number.cpp) ----
    bool number(int c);
    bool number_after_dot();
    bool decimal_tail(int& c);                // CPython's tok_decimal_tail
    bool verify_end_of_number(int c, const char* kind);
    bool finish_fraction(int c);
    bool finish_exponent(int c);
    bool finish_number(int c);

    // ---- strings (lexer_string.cpp) ----
    bool string(int quote);                       // plain (and pre-3.12 f-) strings
    bool fstring_start(int quote);                // 3.12+: push a mode, emit FSTRING_START
    bool fstring_mode();                          // 3.12+: literal parts and the end
    bool legacy_fstring(std::uint32_t prefix_len, int quote_size);  // < 3.12 (lexer_fstring_legacy.cpp)
    bool legacy_error(const char* message);
    void emit_span(TokenKind kind, std::uint32_t begin, std::uint32_t end);
    bool string_unterminated(int quote_size, std::uint32_t detected_line, bool escaped_quote);

    // ---- ill-formed UTF-8 let through by the compile-bytes reader (lexer_utf8.cpp) ----
    // CPython (up to 3.13) reported it where the bytes sit, each version its own way: in a
    // name at once (the tokenizer's error); in a str literal (or an f-string's literal part
    // before 3.12) only when the parser built the value: after the whole file up to 3.8, when
    // the parser has read the token after the implicit concatenation from 3.9 (3.10+: a later
    // tokenizer error that raises an exception still replaces it). Such an error waits in
    // pending_ until then. Nothing here runs unless the token ends past bad_from_.
    struct PendingError {
        Diagnostic diag;
        bool located = false;    // diag's position is final (else set from the lookahead)
        bool resolved = false;   // 3.10+: raised; reading on for an error that replaces it
        bool in_string = false;  // an f-string's literal part: scan_from is set at its end
        std::size_t bad_token = 0;  // index in out_ of the token holding the bad bytes
        std::size_t scan_from = 0;  // next token to examine for the lookahead
        int fstring_depth = 0;
        std::size_t cut = 0;        // tokens the parser had read when it was raised
        std::uint32_t lookahead_line = 0;
    };
    enum class ErrorClass : std::uint8_t {
        Raised,  // CPython's tokenizer set an exception (syntaxerror(), a decode error)
        Silent,  // it only set a done code: E_TABSPACE, E_DEDENT, E_TOODEEP, E_LINECONT
        Eof,     // E_EOF (inside brackets: "'(' was never closed" from 3.10)
    };
    bool check_string_utf8(std::uint32_t quote_pos, int quote_size);  // after a STRING token
    bool check_name_utf8();                                            // a NAME's run of bytes
    bool check_fstring_middle_utf8(std::uint32_t begin, std::uint32_t end, bool in_spec);
    void check_legacy_part_utf8(std::uint32_t begin, std::uint32_t end, bool raw,
                                std::size_t first_token);
    void set_pending(std::string message, std::size_t first_token, std::size_t bad_token);
    std::size_t concatenation_start(std::size_t index) const;
    void watch_pending();
    void resolve_pending(std::size_t lookahead);
    void locate_legacy_expr_pending(std::uint32_t vline, std::uint32_t vcol,
                                    std::uint32_t vend_line, std::uint32_t vend_col);
    void finish_pending();
    std::string error_line(std::uint32_t lineno) const;       // the line CPython re-read
    int to_column(std::uint32_t lineno, std::uint32_t byte_offset) const;
    int replaced_chars(std::uint32_t from, std::uint32_t to) const;

    // ---- errors ----
    bool error_at_cur(ErrorKind kind, std::string message);
    bool error_at(ErrorKind kind, std::string message, std::uint32_t lineno, int offset,
                  int end_offset = -1);
    bool tokenizer_state_error(ErrorKind kind, const char* message);  // _tokenizer_error()
    bool eof_error();
    int chars(std::uint32_t from, std::uint32_t to) const;  // code points in [from, to)
    int bytes(std::uint32_t from, std::uint32_t to) const;  // bytes in [from, to), as CPython's

    // ---- data ----
    std::string_view src_;        // the decoded text
    std::string buf_;             // src_ (lone '\r' as '\n' in the parser's view, see
                                  // translate_lone_cr) plus an implicit '\n' when missing, plus NUL padding
    const char* b_ = nullptr;     // buf_.data()
    std::uint32_t len_ = 0;       // bytes of buf_ that are input (with the implicit newline)
    std::uint32_t src_len_ = 0;   // bytes of src_
    bool implicit_newline_ = false;
    const LexOptions& opt_;
    int ver_;                     // options.version.code()
    std::vector<Token>& out_;
    std::optional<Diagnostic> error_;
    bool done_ = false;

    std::uint32_t pos_ = 0;          // CPython's tok->cur
    std::uint32_t line_start_ = 0;   // tok->line_start
    std::uint32_t line_end_ = 0;     // one past the current line's '\n'
    std::uint32_t lineno_ = 0;       // tok->lineno
    std::uint32_t buf_start_ = 0;    // tok->buf (readline mode): where the current read began
    std::uint32_t str_buf_start_ = 0;  // tok->buf reading a string (compile()): the same, but
                                       // an f-string does not keep it (lexer_utf8.cpp)
    bool token_open_ = false;        // tok->start != NULL (a token spans the line being read)
    std::uint32_t tok_start_ = 0;    // tok->start
    std::uint32_t tok_lineno_ = 0;   // line and line start where tok_start_ is
    std::uint32_t tok_line_start_ = 0;

    bool atbol_ = true;
    bool blankline_ = false;
    bool comment_newline_ = false;
    bool saw_eof_ = false;
    int pendin_ = 0;
    std::vector<int> indstack_{0};
    std::vector<int> altindstack_{0};
    std::vector<OpenBracket> parens_;

    // 3.5/3.6 async/await state (CPython's async_def, async_def_indent, async_def_nl).
    bool async_def_ = false;
    int async_def_indent_ = 0;
    bool async_def_nl_ = false;

    static constexpr std::uint32_t kNoBadByte = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t bad_from_ = kNoBadByte;  // DecodedSource::first_invalid_utf8
    bool had_bom_ = false;
    bool had_encoding_ = false;            // BOM or coding cookie: CPython's tok->encoding
    std::optional<PendingError> pending_;
    ErrorClass error_class_ = ErrorClass::Raised;
    bool late_error_ = false;
    bool split_error_ = false;  // error_ is legacy_error()'s own (not a sub-lexer's)
    std::uint32_t eof_paren_line_ = 0;

    std::vector<StringMode> modes_{StringMode{}};
    bool inside_fstring() const { return modes_.size() > 1; }

    std::uint32_t pos_before_string_quote_ = 0;

    // Expression-only lexers (pre-3.12 f-string replacement fields): read [begin, end) of
    // the parent's buffer as if inside parentheses, and stop at `end` without ENDMARKER.
    bool expr_mode_ = false;
    const LegacyExpr* expr_ = nullptr;  // where that range sits
    Lexer(const Lexer& parent, std::uint32_t begin, std::uint32_t end, const LegacyExpr& expr);
    // Line bookkeeping for tokens emitted at arbitrary offsets inside one literal.
    std::uint32_t span_lineno_ = 0, span_line_start_ = 0;
    // How far the span position has looked for newlines (no newline in [span_line_start_,
    // span_scanned_) is left uncounted): each byte is looked at once, so an f-string with
    // 100,000 fields on one line stays linear.
    std::uint32_t span_scanned_ = 0;

    // SyntaxWarnings that tokenize prints ("invalid escape sequence '\{'"): line, char.
    friend struct LexerAccess;
public:
    std::vector<std::pair<std::uint32_t, char>> escape_warnings;
};

// The identifier classes, with an ASCII fast path (identifier.h for the rest).
bool is_ascii_identifier_start(int c);
bool is_potential_identifier_char(int c);

}  // namespace pyfront::lex::detail
