// ast.dump() of CPython 3.14, driven by the field table (fields.h).
#include "ast/dump.h"

#include <deque>

#include "ast/fields.h"
#include "pyvalue/repr.h"

namespace pyfront::ast {

namespace {

bool is_list(FieldKind k) {
    return k == FieldKind::Seq || k == FieldKind::OptSeq || k == FieldKind::IdentSeq ||
           k == FieldKind::EnumSeq;
}

std::uint32_t list_size(const FieldRef& f) {
    switch (f.kind) {
        case FieldKind::Seq:
        case FieldKind::OptSeq:
            return f.nodes().size;
        case FieldKind::IdentSeq:
            return f.strs().size;
        case FieldKind::EnumSeq:
            return f.enum_values().size;
        default:
            return 0;
    }
}

// `value is None and getattr(cls, name, ...) is None`: an optional field holding None.
bool omitted_none(const FieldRef& f) {
    switch (f.kind) {
        case FieldKind::Opt:
            return f.node() == nullptr;
        case FieldKind::OptIdent:
        case FieldKind::OptString:
            return f.str().is_none();
        case FieldKind::OptInt:
            return !f.opt_int().present;
        default:
            return false;
    }
}

void append_value(std::string& out, const Value& v) {
    switch (v.kind) {
        case ValueKind::None: out.append("None"); break;
        case ValueKind::True: out.append("True"); break;
        case ValueKind::False: out.append("False"); break;
        case ValueKind::Ellipsis: out.append("Ellipsis"); break;
        case ValueKind::Int: pyvalue::append_repr_int(out, v.i); break;
        case ValueKind::BigInt: out.append(v.s.data, v.s.size); break;
        case ValueKind::Float: pyvalue::append_repr_float(out, v.f); break;
        case ValueKind::Complex: pyvalue::append_repr_complex(out, v.c.real, v.c.imag); break;
        case ValueKind::Str: pyvalue::append_repr_str(out, v.s.view()); break;
        case ValueKind::Bytes: pyvalue::append_repr_bytes(out, v.s.view()); break;
    }
}

class Dumper {
public:
    Dumper(const DumpOptions& o, std::string& out) : o_(o), out_(out) {}

    // _format(node, level) for a node; returns `simple`.
    bool node(const Node* n, int level) {
        if (o_.indented) ++level;
        // The recursion follows the tree's depth (builder/tree_depth.h allows ~10,000 levels):
        // the per-node tables live in `scratch_`, one per depth, not on the stack.
        const Depth depth(*this);
        FieldRef(&f)[kMaxFields] = depth.scratch.fields;
        Entry* e = depth.scratch.entries;
        const int nf = node_fields(n, f);

        // Decide what is printed (CPython builds the strings first; the layout only needs to
        // know how many values there are and whether all are simple).
        int ne = 0;
        int buffer[kMaxFields];  // indexes of fields whose '[]' / 'Load()' wait in args_buffer
        int nbuf = 0;
        bool keywords = o_.annotate_fields;
        bool allsimple = true;
        for (int i = 0; i < nf; ++i) {
            if (omitted_none(f[i])) {
                keywords = true;
                continue;
            }
            if (!o_.show_empty) {
                if (is_list(f[i].kind) && list_size(f[i]) == 0) {
                    if (!keywords) buffer[nbuf++] = i;
                    continue;
                }
                if (o_.omit_load_ctx && is_load(f[i])) {
                    if (!keywords) buffer[nbuf++] = i;
                    continue;
                }
                if (!keywords) {
                    for (int b = 0; b < nbuf; ++b)
                        e[ne++] = Entry{&f[buffer[b]], is_list(f[buffer[b]].kind) ? Entry::EmptyList : Entry::LoadCtx, false, 0};
                    nbuf = 0;
                }
            }
            allsimple = allsimple && field_is_simple(f[i]);
            e[ne++] = Entry{&f[i], Entry::Field, keywords, 0};
        }
        if (o_.include_attributes && has_attributes(n->node_kind))
            for (int a = 0; a < 4; ++a) e[ne++] = Entry{nullptr, Entry::Attribute, true, a};

        out_.append(node_kind_name(n->node_kind));
        out_.push_back('(');
        const bool one_line = allsimple && ne <= 3;
        if (!one_line) open_line(level);
        for (int i = 0; i < ne; ++i) {
            if (i) {
                if (one_line) out_.append(", ");
                else separator(level);
            }
            const Entry& en = e[i];
            switch (en.what) {
                case Entry::Field:
                    if (en.keyword) {
                        out_.append(en.field->name);
                        out_.push_back('=');
                    }
                    field_value(*en.field, level);
                    break;
                case Entry::EmptyList:
                    out_.append("[]");
                    break;
                case Entry::LoadCtx:
                    out_.append("Load()");
                    break;
                case Entry::Attribute:
                    attribute(n, en.attr);
                    break;
            }
        }
        out_.push_back(')');
        return one_line && ne == 0;
    }

private:
    struct Entry {
        const FieldRef* field;  // nullptr: an attribute, or a buffered '[]' / 'Load()'
        enum { Field, EmptyList, LoadCtx, Attribute } what;
        bool keyword;
        int attr;
    };
    struct Scratch {
        FieldRef fields[kMaxFields];
        Entry entries[kMaxFields * 2 + 4];
    };
    // The scratch tables of one level of node(), taken for its duration.
    struct Depth {
        explicit Depth(Dumper& d) : dumper(d), scratch(d.take_scratch()) {}
        ~Depth() { --dumper.depth_; }
        Dumper& dumper;
        Scratch& scratch;
    };
    Scratch& take_scratch() {
        if (depth_ == scratch_.size()) scratch_.emplace_back();  // deque: earlier levels stay put
        return scratch_[depth_++];
    }

    static bool is_load(const FieldRef& f) {
        return f.kind == FieldKind::Enum && f.enum_type == EnumType::ExprContext &&
               f.enum_value() == static_cast<std::uint8_t>(ExprContext::Load);
    }

    // Whether a node prints no values at all (so that it is "simple" in its parent).
    bool prints_nothing(const Node* n) const {
        if (o_.include_attributes && has_attributes(n->node_kind)) return false;
        FieldRef f[kMaxFields];
        const int nf = node_fields(n, f);
        for (int i = 0; i < nf; ++i) {
            if (omitted_none(f[i])) continue;
            if (!o_.show_empty) {
                if (is_list(f[i].kind) && list_size(f[i]) == 0) continue;
                if (o_.omit_load_ctx && is_load(f[i])) continue;
            }
            return false;
        }
        return true;
    }

    bool field_is_simple(const FieldRef& f) const {
        switch (f.kind) {
            case FieldKind::Node:
            case FieldKind::Opt:
                return f.node() == nullptr || prints_nothing(f.node());
            case FieldKind::Seq:
            case FieldKind::OptSeq:
            case FieldKind::IdentSeq:
            case FieldKind::EnumSeq:
                return list_size(f) == 0;
            default:
                return true;
        }
    }

    void open_line(int level) {
        if (!o_.indented) return;
        out_.push_back('\n');
        for (int i = 0; i < level; ++i) out_.append(o_.indent);
    }

    void separator(int level) {
        if (!o_.indented) {
            out_.append(", ");
            return;
        }
        out_.append(",\n");
        for (int i = 0; i < level; ++i) out_.append(o_.indent);
    }

    // _format(list, level) for a non-empty list: one level deeper.
    template <class Each>
    void list(std::uint32_t size, int level, Each each) {
        if (size == 0) {
            out_.append("[]");
            return;
        }
        if (o_.indented) ++level;
        out_.push_back('[');
        open_line(level);
        for (std::uint32_t i = 0; i < size; ++i) {
            if (i) separator(level);
            each(i, level);
        }
        out_.push_back(']');
    }

    void enum_node(EnumType t, std::uint8_t v) {
        out_.append(enum_value_name(t, v));
        out_.append("()");
    }

    void field_value(const FieldRef& f, int level) {
        switch (f.kind) {
            case FieldKind::Node:
            case FieldKind::Opt:
                if (f.node()) node(f.node(), level);
                else out_.append("None");
                break;
            case FieldKind::Seq:
            case FieldKind::OptSeq: {
                const Seq<Node*>& s = f.nodes();
                list(s.size, level, [&](std::uint32_t i, int lvl) {
                    if (s[i]) node(s[i], lvl);
                    else out_.append("None");
                });
                break;
            }
            case FieldKind::IdentSeq: {
                const Seq<Str>& s = f.strs();
                list(s.size, level, [&](std::uint32_t i, int) { pyvalue::append_repr_str(out_, s[i].view()); });
                break;
            }
            case FieldKind::EnumSeq: {
                const Seq<std::uint8_t>& s = f.enum_values();
                list(s.size, level, [&](std::uint32_t i, int) { enum_node(f.enum_type, s[i]); });
                break;
            }
            case FieldKind::Ident:
            case FieldKind::OptIdent:
            case FieldKind::String:
            case FieldKind::OptString:
                if (f.str().is_none()) out_.append("None");
                else pyvalue::append_repr_str(out_, f.str().view());
                break;
            case FieldKind::Constant:
                append_value(out_, f.value());
                break;
            case FieldKind::Int:
                pyvalue::append_repr_int(out_, f.integer());
                break;
            case FieldKind::OptInt:
                pyvalue::append_repr_int(out_, f.opt_int().value);
                break;
            case FieldKind::Enum:
                enum_node(f.enum_type, f.enum_value());
                break;
        }
    }

    void attribute(const Node* n, int which) {
        static const char* const names[] = {"lineno=", "col_offset=", "end_lineno=", "end_col_offset="};
        const std::int32_t values[] = {n->pos.lineno, n->pos.col_offset, n->pos.end_lineno,
                                       n->pos.end_col_offset};
        out_.append(names[which]);
        pyvalue::append_repr_int(out_, values[which]);
    }

    const DumpOptions& o_;
    std::string& out_;
    std::deque<Scratch> scratch_;
    std::size_t depth_ = 0;
};

}  // namespace

void dump(const Node* node, const DumpOptions& options, std::string& out) {
    Dumper(options, out).node(node, 0);
}

std::string dump(const Node* node, const DumpOptions& options) {
    std::string out;
    dump(node, options, out);
    return out;
}

}  // namespace pyfront::ast
