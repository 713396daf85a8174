// One-token prediction for the loop decisions of left-recursive precedence rules (`test`,
// `or_test`): "does another binary operator continue this expression at this precedence?".
//
// Why: ANTLR predicts these loops adaptively, with one DFA start state per precedence level.
// Computing a start state in SLL mode chases the global follow links of the rule (every place
// in the grammar a `test` can end), ~0.25 ms each on a cold DFA; a fresh process parsing a
// small file computed a dozen of them, half its parse time. The answer itself only needs the
// next token: continue iff some operator alternative starts with that token and its
// precedence predicate holds (precpred(_ctx, p): p >= the current precedence).
//
// Why it is exact: "exit" is returned only when no alternative can match the token, where the
// runtime exits too. "continue" where the runtime would exit would make the continued path
// fail (then the SLL pass throws and parse::parse() reparses in LL mode, where this table is
// not used) or would be an ambiguity, which SLL resolves to the lowest alternative: continue
// (alternative 1 of a greedy loop). So the SLL pass accepts the same inputs with the same tree.
#pragma once
#include <antlr4-runtime.h>

#include <vector>

namespace pyfront::grammar {

class PrecedenceLoops {
public:
    // Reads the loop decisions of every precedence rule from the ATN. A decision whose shape
    // is not the expected one (entry -> {operator block, exit}; each operator alternative a
    // precedence predicate then a token set) is left to the runtime.
    explicit PrecedenceLoops(const antlr4::atn::ATN& atn) : loops_(atn.decisionToState.size()) {
        using namespace antlr4::atn;
        for (size_t d = 0; d < atn.decisionToState.size(); ++d) {
            auto* entry = dynamic_cast<StarLoopEntryState*>(atn.decisionToState[d]);
            if (entry == nullptr || !entry->isPrecedenceDecision || entry->transitions.size() != 2) continue;
            auto* block = dynamic_cast<StarBlockStartState*>(entry->transitions[0]->target);
            if (block == nullptr || dynamic_cast<LoopEndState*>(entry->transitions[1]->target) == nullptr) continue;
            Loop loop;
            loop.known = true;
            for (const Transition* t : block->transitions)
                if (!add_alternative(atn, t->target, loop)) loop.known = false;
            loops_[d] = std::move(loop);
        }
    }

    // 1 = continue the loop, 2 = exit, 0 = not a decision this table knows.
    size_t predict(size_t decision, size_t token, int precedence) const {
        if (decision >= loops_.size() || !loops_[decision].known) return 0;
        for (const Operator& op : loops_[decision].operators)
            if (op.precedence >= precedence && op.tokens.contains(token)) return 1;
        return 2;
    }

private:
    struct Operator {
        int precedence = 0;
        antlr4::misc::IntervalSet tokens;
    };
    struct Loop {
        bool known = false;
        std::vector<Operator> operators;
    };

    // Follows epsilon transitions from an alternative's first state to its precedence
    // predicate; the tokens that can come next are the operator's first tokens.
    static bool add_alternative(const antlr4::atn::ATN& atn, antlr4::atn::ATNState* s, Loop& loop) {
        using namespace antlr4::atn;
        for (int steps = 0; steps < 8; ++steps) {
            if (s->transitions.size() != 1 || !s->transitions[0]->isEpsilon()) return false;
            const Transition* t = s->transitions[0];
            if (auto* p = dynamic_cast<const PrecedencePredicateTransition*>(t)) {
                Operator op;
                op.precedence = p->precedence;
                op.tokens = atn.nextTokens(t->target);
                // Nullable or predicated operators are not one-token decisions.
                if (op.tokens.isEmpty() || op.tokens.contains(antlr4::Token::EPSILON) ||
                    op.tokens.contains(antlr4::Token::INVALID_TYPE))
                    return false;
                loop.operators.push_back(std::move(op));
                return true;
            }
            if (t->getSerializationType() != Transition::EPSILON) return false;  // action, rule call
            s = t->target;
        }
        return false;
    }

    std::vector<Loop> loops_;
};

}  // namespace pyfront::grammar
