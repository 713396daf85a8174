#include "parse/parser.h"

#include <antlr4-runtime.h>

#include <mutex>

#include "PythonParser.h"
#include "parse/token_stream.h"

namespace pyfront::parse {

namespace {

using grammar::PythonParser;

ParseCounters g_counters;

// The prediction DFA is shared by every parser of the process and read without ANTLR's lock
// (parse/parser_base.h FastPredictionSimulator): parses from several threads take turns.
std::mutex g_mutex;

// BailErrorStrategy that remembers where it gave up (the first error: there is no recovery).
class RecordingBailStrategy final : public antlr4::BailErrorStrategy {
public:
    std::optional<SyntaxErrorInfo> error;

    void recover(antlr4::Parser* recognizer, std::exception_ptr e) override {
        record(recognizer, e);
        antlr4::BailErrorStrategy::recover(recognizer, e);
    }

    antlr4::Token* recoverInline(antlr4::Parser* recognizer) override {
        if (!error) {
            antlr4::Token* t = recognizer->getCurrentToken();
            set(t, "mismatched input " + getTokenErrorDisplay(t) + " expecting " +
                       recognizer->getExpectedTokens().toString(recognizer->getVocabulary()));
        }
        return antlr4::BailErrorStrategy::recoverInline(recognizer);
    }

private:
    void record(antlr4::Parser* recognizer, std::exception_ptr e) {
        if (error) return;
        try {
            std::rethrow_exception(e);
        } catch (const antlr4::NoViableAltException& nv) {
            set(nv.getOffendingToken(), "no viable alternative at input " +
                                            getTokenErrorDisplay(nv.getOffendingToken()));
        } catch (const antlr4::InputMismatchException& im) {
            set(im.getOffendingToken(), "mismatched input " +
                                            getTokenErrorDisplay(im.getOffendingToken()));
        } catch (const antlr4::RecognitionException& re) {
            set(re.getOffendingToken(), re.what());
        } catch (...) {
            set(recognizer->getCurrentToken(), "error");
        }
    }

    void set(antlr4::Token* t, std::string detail) {
        SyntaxErrorInfo info;
        if (auto* light = dynamic_cast<LightToken*>(t)) {
            const lex::Token& first = light->token();
            const lex::Token& last = light->last_token();
            info.lineno = first.lineno;
            info.col = first.col;
            info.end_lineno = last.end_lineno;
            info.end_col = last.end_col;
            info.token_index = light->getTokenIndex();
            info.at_eof = light->getType() == antlr4::Token::EOF;
        }
        info.detail = std::move(detail);
        error = std::move(info);
    }
};

antlr4::ParserRuleContext* run(PythonParser& parser, Mode mode) {
    switch (mode) {
        case Mode::Exec: return parser.file_input();
        case Mode::Eval: return parser.eval_input();
        case Mode::Single: return parser.single_input();
        case Mode::FuncType: return parser.func_type_input();
    }
    return nullptr;
}

}  // namespace

ParseResult too_complex(ParseResult& result) {
    SyntaxErrorInfo info;
    if (auto* t = dynamic_cast<LightToken*>(result.parser().getCurrentToken())) {
        info.lineno = t->token().lineno;
        info.col = t->token().col;
        info.end_lineno = t->last_token().end_lineno;
        info.end_col = t->last_token().end_col;
        info.token_index = t->getTokenIndex();
        info.at_eof = t->getType() == antlr4::Token::EOF;
    }
    info.too_complex = true;
    info.message = "Parser stack overflowed - Python source too complex to parse";
    info.detail = "more than " + std::to_string(PythonParser::kMaxDepth) + " nested rules";
    result.parser().reset();  // the partial tree
    result.tree_ = nullptr;
    result.error_ = std::move(info);
    ++g_counters.syntax_errors;
    return std::move(result);
}

ParseResult::ParseResult() = default;
ParseResult::ParseResult(ParseResult&&) noexcept = default;
ParseResult& ParseResult::operator=(ParseResult&&) noexcept = default;
ParseResult::~ParseResult() {
    // The tree's nodes belong to the parser; the parser reads the stream: drop in that order.
    parser_.reset();
    stream_.reset();
}

ParseResult parse(const std::vector<lex::Token>& tokens, std::string_view text, Mode mode,
                  Version version, const ParseOptions& options) {
    std::lock_guard<std::mutex> lock(g_mutex);
    ParseResult result;
    result.mode_ = mode;
    result.version_ = version;
    SoftKeywords soft;
    if (options.version_soft_keywords) {
        soft.match = version >= Version{3, 10};
        soft.type = version >= Version{3, 12};
        soft.lazy = version >= Version{3, 15};
    }
    result.stream_ = std::make_unique<PyTokenStream>(tokens, text, "<unknown>", soft);
    result.parser_ = std::make_unique<PythonParser>(result.stream_.get());
    PythonParser& parser = *result.parser_;
    parser.useFastPrediction();
    parser.removeErrorListeners();
    auto* sim = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
    ++g_counters.parses;

    if (!options.ll_only) {
        auto strategy = std::make_shared<RecordingBailStrategy>();
        parser.setErrorHandler(strategy);
        sim->setPredictionMode(antlr4::atn::PredictionMode::SLL);
        try {
            result.tree_ = run(parser, mode);
            return result;
        } catch (const PythonParser::TooComplex&) {
            return too_complex(result);
        } catch (const antlr4::ParseCancellationException&) {
            if (options.sll_only) {
                result.error_ = strategy->error;
                ++g_counters.syntax_errors;
                return result;
            }
        }
        result.ll_fallback_ = true;
        ++g_counters.ll_fallbacks;
        parser.reset();  // frees the partial tree, rewinds the stream
    }

    auto strategy = std::make_shared<RecordingBailStrategy>();
    parser.setErrorHandler(strategy);
    sim->setPredictionMode(antlr4::atn::PredictionMode::LL);
    try {
        result.tree_ = run(parser, mode);
        if (result.ll_fallback_) ++g_counters.ll_fallback_successes;
    } catch (const PythonParser::TooComplex&) {
        return too_complex(result);
    } catch (const antlr4::ParseCancellationException&) {
        result.tree_ = nullptr;
        result.error_ = strategy->error ? strategy->error : SyntaxErrorInfo{};
        ++g_counters.syntax_errors;
    }
    return result;
}

namespace {
// A parser over an empty stream, to reach the shared static DFA.
template <typename F>
void with_simulator(F&& f) {
    static const std::vector<lex::Token> kNoTokens;
    PyTokenStream stream(kNoTokens, {}, "<dfa>");
    PythonParser parser(&stream);
    f(*parser.getInterpreter<antlr4::atn::ParserATNSimulator>());
}
}  // namespace

DfaStats dfa_stats() {
    std::lock_guard<std::mutex> lock(g_mutex);
    DfaStats stats;
    with_simulator([&](antlr4::atn::ParserATNSimulator& sim) {
        stats.decisions = sim.decisionToDFA.size();
        for (std::size_t d = 0; d < sim.decisionToDFA.size(); ++d) {
            const antlr4::dfa::DFA& dfa = sim.decisionToDFA[d];
            std::size_t n = dfa.states.size();
            if (dfa.s0 != nullptr) {
                ++stats.active_decisions;
                stats.edges += dfa.s0->edges.size();  // precedence start states
                if (dfa.isPrecedenceDfa()) stats.precedence_start_states += dfa.s0->edges.size();
            }
            for (const antlr4::dfa::DFAState* s : dfa.states) {
                stats.edges += s->edges.size();
                if (s->configs) stats.configs += s->configs->size();
            }
            stats.states += n;
            if (n > stats.largest_states) {
                stats.largest_states = n;
                stats.largest_decision = d;
            }
        }
    });
    return stats;
}

void clear_dfa_cache() {
    std::lock_guard<std::mutex> lock(g_mutex);
    with_simulator([](antlr4::atn::ParserATNSimulator& sim) { sim.clearDFA(); });
}

ParseCounters parse_counters() {
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_counters;
}

}  // namespace pyfront::parse
