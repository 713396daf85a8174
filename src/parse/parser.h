// The recognizer: tokens in, ANTLR parse tree (grammar/PythonParser.g4) or the first syntax
// error out. No AST here (that is the builder's job, over this tree).
//
// Strategy (DESIGN.md "Performance by design"): SLL prediction with a bail-out error strategy
// first; only when SLL fails, one LL pass that either succeeds (SLL was too weak: counted as a
// fallback) or gives the first syntax error. The prediction DFA is the generated parser's
// static cache, shared by every parse in the process and kept warm from file to file; it only
// grows, bounded by the grammar (see dfa_stats), unless clear_dfa_cache() is called.
// Calls from several threads are serialized (the DFA is shared and read without ANTLR's
// per-edge lock); parallel work uses processes (DESIGN.md), each with its own warm DFA.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lex/token.h"
#include "version/version.h"

namespace antlr4 {
class ParserRuleContext;
}
namespace pyfront::grammar {
class PythonParser;
}

namespace pyfront::parse {

class PyTokenStream;

// ast.parse's modes.
enum class Mode : std::uint8_t { Exec, Eval, Single, FuncType };

struct ParseOptions {
    // Test/benchmark knobs: skip the SLL pass (LL only), or never fall back to LL.
    bool ll_only = false;
    bool sll_only = false;
    // Resolve only the soft keywords the feature version has (match/case 3.10+, type 3.12+,
    // lazy 3.15+), so that older versions fail where their own parsers failed (`match x:` at
    // `x` in 3.9). Off: resolved in every version (the builder's gates then name the version).
    bool version_soft_keywords = false;
};

// Where the parser gave up: the token it could not accept (positions as the tokenizer's:
// 1-based lines, 0-based columns in UTF-8 bytes). The wording CPython uses is issue 4's;
// `detail` is ANTLR's description, for debugging.
struct SyntaxErrorInfo {
    std::uint32_t lineno = 0;
    std::uint32_t col = 0;
    std::uint32_t end_lineno = 0;
    std::uint32_t end_col = 0;
    std::size_t token_index = 0;  // in the parser's token stream
    bool at_eof = false;
    // Nesting beyond the parser's limit (parse/parser_base.h kMaxDepth: chains of prefix
    // operators, `**`, conditional expressions; brackets stop at the tokenizer's 200 levels),
    // located at the token where it was reached. CPython 3.9+ raises MemoryError "Parser stack
    // overflowed - Python source too complex to parse" for such input (the message here).
    bool too_complex = false;
    std::string message = "invalid syntax";
    std::string detail;
};

class ParseResult {
public:
    ParseResult(ParseResult&&) noexcept;
    ParseResult& operator=(ParseResult&&) noexcept;
    ~ParseResult();

    bool ok() const { return tree_ != nullptr; }
    // The root: File_inputContext, Eval_inputContext, Single_inputContext or
    // Func_type_inputContext; owned by this result. nullptr after a syntax error.
    antlr4::ParserRuleContext* tree() const { return tree_; }
    const std::optional<SyntaxErrorInfo>& error() const { return error_; }
    // SLL prediction failed and the LL pass decided (a success here means SLL was too weak).
    bool ll_fallback() const { return ll_fallback_; }
    Mode mode() const { return mode_; }
    Version version() const { return version_; }
    // The parser's token stream (soft keywords resolved), as the tree's terminals index it.
    const PyTokenStream& tokens() const { return *stream_; }
    grammar::PythonParser& parser() const { return *parser_; }

private:
    friend ParseResult parse(const std::vector<lex::Token>&, std::string_view, Mode, Version,
                             const ParseOptions&);
    friend ParseResult too_complex(ParseResult&);
    ParseResult();

    std::unique_ptr<PyTokenStream> stream_;
    std::unique_ptr<grammar::PythonParser> parser_;  // owns the tree's nodes
    antlr4::ParserRuleContext* tree_ = nullptr;
    std::optional<SyntaxErrorInfo> error_;
    bool ll_fallback_ = false;
    Mode mode_ = Mode::Exec;
    Version version_ = kDefaultVersion;
};

// Parses `tokens` (lex::tokenize's output for `text`, ending with ENDMARKER; a list cut short
// by a tokenizer error ends the input there) as feature version `version`. `tokens` and `text`
// must outlive the result.
ParseResult parse(const std::vector<lex::Token>& tokens, std::string_view text, Mode mode,
                  Version version, const ParseOptions& options = {});

// The process-wide prediction cache (one DFA per decision of the grammar).
struct DfaStats {
    std::size_t decisions = 0;          // decisions of the grammar
    std::size_t active_decisions = 0;   // decisions that have needed adaptive prediction
    std::size_t states = 0;             // DFA states over all decisions
    std::size_t edges = 0;              // DFA edges over all decisions
    std::size_t configs = 0;            // ATN configurations held by the states (memory)
    std::size_t precedence_start_states = 0;  // start states of the precedence rules' loops (by
                                              // precedence level): none while SLL mode
                                              // predicts them from one token (precedence_loops.h)
    std::size_t largest_decision = 0;   // the decision with the most states
    std::size_t largest_states = 0;
};
DfaStats dfa_stats();
void clear_dfa_cache();

// Process totals since start: parses, SLL failures that LL then accepted, syntax errors.
struct ParseCounters {
    std::size_t parses = 0;
    std::size_t ll_fallbacks = 0;
    std::size_t ll_fallback_successes = 0;
    std::size_t syntax_errors = 0;
};
ParseCounters parse_counters();

}  // namespace pyfront::parse
