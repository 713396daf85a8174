// The base class of the generated parser (grammar/PythonParser.g4: superClass). It replaces
// the ANTLR 4.9 runtime's per-rule bookkeeping with equivalents that do the same work more
// cheaply; measured on the 3.12 stdlib they were the largest cost of parsing:
//   - enterRule / exitRule / enterOuterAlt find the parent context with a dynamic_cast
//     (~220 instructions each, libstdc++ comparing type names with strcmp across the shared
//     library boundary); the parent of a parser rule context is always a ParserRuleContext, so
//     a static_cast is exact;
//   - a context's children vector grows 1, 2, 4: reserving room for 4 children up front makes
//     that one allocation for most contexts;
//   - match() and consume() skip the error strategy's virtual bookkeeping on the path where
//     the token matches and no error recovery is in progress (pyfront never recovers: the
//     strategies bail out at the first error);
//   - every rule's exit action is a std::function (antlrcpp::finally); `finally` here is a
//     template scope guard, found first by the generated code's unqualified call;
//   - getInterpreter<T>() is a dynamic_cast in the runtime, called before every adaptive
//     prediction; the interpreter is always a ParserATNSimulator, so a static_cast is exact;
//   - adaptive prediction itself (FastPredictionSimulator below).
// Behaviour is otherwise the runtime's own (same tree, same parse listeners support), plus
// one guard the runtime lacks: rule invocations nest at most kMaxDepth deep (the parser is
// recursive descent; 100,000 nested `-` would overflow the C++ stack), beyond which it throws
// TooComplex, as CPython's parser raises "too complex" past its own stack limit.
#pragma once
#include <antlr4-runtime.h>

#include <utility>

#include "parse/precedence_loops.h"

namespace pyfront::grammar {

// The runtime's ParserATNSimulator with a fast path in front of adaptivePredict: it walks the
// shared prediction DFA for the decision (the precedence start state for the precedence loop)
// with the next tokens and returns the accept state's alternative when the DFA already has
// the whole path and the state needs neither predicates nor full-context prediction, which is
// exactly when the runtime's execATN would return that alternative. Anything else (a missing
// edge, an error, full context, predicates) goes to the runtime's adaptivePredict, which also
// grows the DFA. The runtime's version costs ~850 instructions per call on a warm DFA (a
// std::function, mark/seek/release, a cache clear, two locks per DFA edge); the walk ~60.
// Before the DFA walk, the loops of the precedence rules are answered from one token in SLL
// mode (precedence_loops.h: their DFA start states are the costliest to compute cold).
// The walk reads the DFA without the runtime's lock: parse::parse() lets one thread parse at a
// time (DESIGN.md: parallel work uses processes), so nothing writes the DFA meanwhile.
class FastPredictionSimulator final : public antlr4::atn::ParserATNSimulator {
public:
    FastPredictionSimulator(antlr4::Parser* parser, const antlr4::atn::ATN& atn,
                            std::vector<antlr4::dfa::DFA>& decisionToDFA,
                            antlr4::atn::PredictionContextCache& sharedContextCache)
        : antlr4::atn::ParserATNSimulator(parser, atn, decisionToDFA, sharedContextCache),
          loops_(precedence_loops(atn)) {}

    size_t adaptivePredict(antlr4::TokenStream* input, size_t decision,
                           antlr4::ParserRuleContext* outerContext) override {
        const bool sll = getPredictionMode() == antlr4::atn::PredictionMode::SLL;
        if (sll) {
            const size_t alt = loops_.predict(decision, input->LA(1), parser->getPrecedence());
            if (alt != 0) return alt;
        }
        const antlr4::dfa::DFA& dfa = decisionToDFA[decision];
        const antlr4::dfa::DFAState* d =
            dfa.isPrecedenceDfa() ? dfa.getPrecedenceStartState(parser->getPrecedence()) : dfa.s0;
        if (d != nullptr) {
            for (ssize_t i = 1;; ++i) {
                const auto edge = d->edges.find(input->LA(i));
                if (edge == d->edges.end() || edge->second == ERROR.get()) break;
                d = edge->second;
                if (d->requiresFullContext && !sll) break;
                if (d->isAcceptState) {
                    if (d->predicates.empty()) return d->prediction;
                    break;
                }
            }
        }
        return antlr4::atn::ParserATNSimulator::adaptivePredict(input, decision, outerContext);
    }

private:
    // The grammar has one ATN (static in the generated parser): its table is made once.
    static const PrecedenceLoops& precedence_loops(const antlr4::atn::ATN& atn) {
        static const PrecedenceLoops table(atn);
        return table;
    }

    const PrecedenceLoops& loops_;
};

class PythonParserBase : public antlr4::Parser {
public:
    explicit PythonParserBase(antlr4::TokenStream* input) : antlr4::Parser(input) {}

    // Nesting limit of rule invocations. A level of brackets costs 2-4 rules here (CPython's
    // PEG parser: ~20 of its 6000), so this is far beyond any real source, and well inside an
    // 8 MB stack (~300 bytes per rule frame measured).
    static constexpr int kMaxDepth = 6000;
    struct TooComplex : std::exception {
        const char* what() const noexcept override { return "too many nested rules"; }
    };

    void reset() override {
        depth_ = 0;
        antlr4::Parser::reset();
    }

    // Replaces the interpreter the generated constructor made with a FastPredictionSimulator
    // over the same shared DFA and context cache (call once, before parsing).
    void useFastPrediction() {
        auto* old = static_cast<antlr4::atn::ParserATNSimulator*>(_interpreter);
        _interpreter = new FastPredictionSimulator(this, getATN(), old->decisionToDFA,
                                                   old->getSharedContextCache());
        delete old;
    }

    // Hides Recognizer::getInterpreter (a dynamic_cast) for the generated code.
    template <class T>
    T* getInterpreter() const {
        return static_cast<T*>(_interpreter);
    }

    // Hides antlrcpp::finally (a std::function per rule invocation) for the generated code.
    template <class F>
    class OnExit {
    public:
        explicit OnExit(F f) : f_(std::move(f)) {}
        OnExit(const OnExit&) = delete;
        OnExit& operator=(const OnExit&) = delete;
        ~OnExit() { f_(); }

    private:
        F f_;
    };
    template <class F>
    static OnExit<F> finally(F f) {
        return OnExit<F>(std::move(f));
    }

    void enterRule(antlr4::ParserRuleContext* localctx, size_t state, size_t ruleIndex) override {
        // Throws before any state changes: the callers' exit actions unwind consistently.
        if (++depth_ > kMaxDepth) throw TooComplex();
        if (!_parseListeners.empty()) {
            antlr4::Parser::enterRule(localctx, state, ruleIndex);
            return;
        }
        setState(state);
        _ctx = localctx;
        _ctx->start = _input->LT(1);
        if (_buildParseTrees) {
            _ctx->children.reserve(4);
            if (_ctx->parent != nullptr)
                static_cast<antlr4::ParserRuleContext*>(_ctx->parent)->addChild(_ctx);
        }
    }

    // Hides antlr4::Parser::exitRule (not virtual; the generated code calls it unqualified).
    void exitRule() {
        --depth_;
        if (!_parseListeners.empty()) {
            antlr4::Parser::exitRule();
            return;
        }
        _ctx->stop = _matchedEOF ? _input->LT(1) : _input->LT(-1);
        setState(_ctx->invokingState);
        _ctx = static_cast<antlr4::ParserRuleContext*>(_ctx->parent);
    }

    void enterOuterAlt(antlr4::ParserRuleContext* localctx, size_t altNum) override {
        localctx->setAltNumber(altNum);
        if (_buildParseTrees && _ctx != localctx) localctx->children.reserve(4);
        if (_buildParseTrees && _ctx != localctx && _ctx->parent != nullptr) {
            auto* parent = static_cast<antlr4::ParserRuleContext*>(_ctx->parent);
            parent->removeLastChild();
            parent->addChild(localctx);
        }
        _ctx = localctx;
    }

    void enterRecursionRule(antlr4::ParserRuleContext* localctx, size_t state, size_t ruleIndex,
                            int precedence) override {
        if (++depth_ > kMaxDepth) throw TooComplex();
        if (_buildParseTrees) localctx->children.reserve(4);
        antlr4::Parser::enterRecursionRule(localctx, state, ruleIndex, precedence);
    }
    using antlr4::Parser::enterRecursionRule;

    void unrollRecursionContexts(antlr4::ParserRuleContext* parentctx) override {
        --depth_;
        antlr4::Parser::unrollRecursionContexts(parentctx);
    }

    void pushNewRecursionContext(antlr4::ParserRuleContext* localctx, size_t state,
                                 size_t ruleIndex) override {
        if (_buildParseTrees) localctx->children.reserve(4);
        antlr4::Parser::pushNewRecursionContext(localctx, state, ruleIndex);
    }

    antlr4::Token* match(size_t ttype) override {
        antlr4::Token* t = _input->LT(1);
        if (t->getType() != ttype || !_parseListeners.empty() || ttype == antlr4::Token::EOF)
            return antlr4::Parser::match(ttype);
        _input->consume();
        if (_buildParseTrees) _ctx->addChild(createTerminalNode(t));
        return t;
    }

    antlr4::Token* consume() override {
        if (!_parseListeners.empty() || _errHandler->inErrorRecoveryMode(this))
            return antlr4::Parser::consume();
        antlr4::Token* t = _input->LT(1);
        if (t->getType() != antlr4::Token::EOF) _input->consume();
        if (_buildParseTrees) _ctx->addChild(createTerminalNode(t));
        return t;
    }

private:
    int depth_ = 0;
};

}  // namespace pyfront::grammar
