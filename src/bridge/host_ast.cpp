// The common AST -> host `ast` objects (host_ast.h). One generic walk over ast/fields.h; what
// differs between hosts is read from the host itself (_ast's classes and their _fields).
#include "bridge/host_ast.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "ast/fields.h"
#include "bridge/interpreter.h"
#include "bridge/string_tokens.h"
#include "pyvalue/number.h"

namespace pyfront::bridge {
namespace {

using namespace ast;

constexpr int kEnumTypeSlots = 8;

// What the host's _ast module offers for each of our node kinds, read once per process.
struct HostTypes {
    PyObject* cls[kNodeKindCount] = {};                // null: the host has no such node
    PyObject* field[kNodeKindCount][kMaxFields] = {};  // interned name; null: not in the host's _fields
    std::vector<PyObject*> enum_value[kEnumTypeSlots]; // one instance per value (Load(), Add(), ...)
    PyObject* position[4] = {};                        // "lineno", "col_offset", "end_lineno", "end_col_offset"
};

void add_enum_value(HostTypes& t, PyObject* ast_module, EnumType type, std::uint8_t value, const char* name) {
    auto& slot = t.enum_value[static_cast<int>(type)];
    if (slot.size() <= value) slot.resize(value + 1, nullptr);
    PyRef cls(PyObject_GetAttrString(ast_module, name));
    if (!cls) {
        PyErr_Clear();
        return;
    }
    slot[value] = PyObject_CallNoArgs(cls.get());
    if (!slot[value]) PyErr_Clear();
}

const HostTypes& host_types() {
    static const HostTypes* types = [] {
        auto* t = new HostTypes();  // kept for the life of the process
        PyObject* mod = host_module("_ast");
        Arena arena;
        for (int k = 0; k < kNodeKindCount; ++k) {
            const auto kind = static_cast<NodeKind>(k);
            PyRef cls(PyObject_GetAttrString(mod, node_kind_name(kind)));
            if (!cls || !PyType_Check(cls.get())) {
                PyErr_Clear();
                continue;
            }
            PyRef host_fields(PyObject_GetAttrString(cls.get(), "_fields"));
            if (!host_fields) PyErr_Clear();
            FieldRef f[kMaxFields];
            const int n = node_fields(make_node(arena, kind), f);
            for (int i = 0; i < n; ++i) {
                PyRef name(PyUnicode_InternFromString(f[i].name));
                if (host_fields && PySequence_Contains(host_fields.get(), name.get()) == 1)
                    t->field[k][i] = name.release();
            }
            PyErr_Clear();
            t->cls[k] = cls.release();
        }
#define AST_ENUM(Cpp, asdl)
#define AST_ENUM_VALUE(Cpp, V) add_enum_value(*t, mod, EnumType::Cpp, static_cast<std::uint8_t>(Cpp::V), #V);
#define AST_ENUM_END(Cpp)
#define AST_SUM(name, attrs)
#define AST_NODE(Name, base, attrs)
#define AST_FIELD(Name, KIND, field, type)
#define AST_END(Name)
#include "ast/nodes.def"
#undef AST_ENUM
#undef AST_ENUM_VALUE
#undef AST_ENUM_END
#undef AST_SUM
#undef AST_NODE
#undef AST_FIELD
#undef AST_END
        const char* const pos_names[4] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
        for (int i = 0; i < 4; ++i) t->position[i] = PyUnicode_InternFromString(pos_names[i]);
        return t;
    }();
    return *types;
}

// The feature a node kind or field stands for, in error messages; others are named as
// CPython's ast module names them.
const char* feature_text(std::string_view name) {
    struct Entry {
        std::string_view name, text;
    };
    static constexpr Entry kTexts[] = {
        {"type_params", "type parameters"},
        {"TypeVar", "type parameters"},
        {"ParamSpec", "type parameters"},
        {"TypeVarTuple", "type parameters"},
        {"default_value", "type parameter defaults"},
        {"TypeAlias", "type alias statements"},
        {"TemplateStr", "template strings"},
        {"Interpolation", "template strings"},
        {"is_lazy", "lazy imports"},
        {"TryStar", "except* clauses"},
        {"Match", "match statements"},
        {"NamedExpr", "assignment expressions"},
    };
    for (const Entry& e : kTexts)
        if (e.name == name) return e.text.data();
    return nullptr;
}

// A field that holds nothing: what the host's node would get by leaving it out (None, [],
// and 0 for ints, e.g. 3.15's `is_lazy=0` on a plain import).
bool field_is_empty(const FieldRef& f) {
    switch (f.kind) {
        case FieldKind::Node:
        case FieldKind::Opt:
            return f.node() == nullptr;
        case FieldKind::Seq:
        case FieldKind::OptSeq:
            return f.nodes().empty();
        case FieldKind::IdentSeq:
            return f.strs().empty();
        case FieldKind::EnumSeq:
            return f.enum_values().empty();
        case FieldKind::Ident:
        case FieldKind::OptIdent:
        case FieldKind::String:
        case FieldKind::OptString:
            return f.str().is_none();
        case FieldKind::Constant:
            return f.value().kind == ValueKind::None;
        case FieldKind::Int:
            return f.integer() == 0;
        case FieldKind::OptInt:
            return !f.opt_int().present || f.opt_int().value == 0;
        case FieldKind::Enum:
            return false;
    }
    return false;
}

// Deeper trees than this are refused before the walk could exhaust the C++ stack; the host
// compiler's own limit (3 x the recursion limit, 3000 by default) is far below it.
constexpr int kMaxDepth = 20000;

class ToHost {
public:
    ToHost(const HostTypes& types, Version host, const std::string& host_version, const StringTokens& tokens)
        : t_(types), host_version_(host_version), tokens_(tokens), fstring_parts_share_span_(host < Version{3, 12}) {}

    PyRef node(const Node* n) {
        const int k = static_cast<int>(n->node_kind);
        const bool positioned = has_attributes(n->node_kind);
        if (positioned) {
            line_ = n->pos.lineno;
            col_ = n->pos.col_offset;
        }
        const Position pos = own_span_ ? *std::exchange(own_span_, std::nullopt)
                             : fstring_span_ ? *fstring_span_
                                             : n->pos;
        const std::optional<Position> outer_span = fstring_span_;
        const Position* outer_concatenation = concatenation_;
        if (fstring_parts_share_span_ && !outer_span && n->node_kind == NodeKind::JoinedStr) concatenation_ = &n->pos;
        if (!t_.cls[k]) return refuse(node_kind_name(n->node_kind), node_kind_name(n->node_kind));
        if (++depth_ > kMaxDepth) return refuse_depth();
        // What the host's own ast2obj does: a bare instance, then the attributes one by one.
        // Fields and attributes live in the instance __dict__, and the node classes define
        // no descriptors for them (only None defaults for optional ones), so storing into the
        // dict is what setattr would do, without its type lookup per field. (A dict made at
        // its final size and attached with PyObject_GenericSetDict measured no faster.)
        PyRef obj(PyType_GenericNew(reinterpret_cast<PyTypeObject*>(t_.cls[k]), nullptr, nullptr));
        if (!obj) return fail();
        PyRef dict(PyObject_GenericGetDict(obj.get(), nullptr));
        if (!dict) return fail();
        FieldRef f[kMaxFields];
        const int count = node_fields(n, f);
        for (int i = 0; i < count; ++i) {
            if (!t_.field[k][i]) {
                if (field_is_empty(f[i])) continue;
                return refuse(f[i].name, (std::string(node_kind_name(n->node_kind)) + "." + f[i].name).c_str());
            }
            fstring_span_ = span_for_field(n, i, outer_span);
            if (i == 0 && fstring_parts_share_span_ && n->node_kind == NodeKind::FormattedValue)
                own_span_ = paren_wrapped(n, f[i].node());
            // A format spec's parts (pre-3.12 hosts): see format_spec_values().
            const bool spec_parts = fstring_parts_share_span_ && outer_span && n->node_kind == NodeKind::JoinedStr;
            PyRef v = spec_parts ? format_spec_values(f[i], *outer_span) : field(f[i]);
            fstring_span_ = outer_span;
            if (!v || PyDict_SetItem(dict.get(), t_.field[k][i], v.get()) < 0) return fail();
            if (positioned) {  // a child moved the line; messages after it name this node's
                line_ = n->pos.lineno;
                col_ = n->pos.col_offset;
            }
        }
        if (positioned) {
            const std::int32_t p[4] = {pos.lineno, pos.col_offset, pos.end_lineno, pos.end_col_offset};
            for (int i = 0; i < 4; ++i) {
                PyRef v = position_int(p[i]);
                if (!v || PyDict_SetItem(dict.get(), t_.position[i], v.get()) < 0) return fail();
            }
        }
        --depth_;
        concatenation_ = outer_concatenation;
        return obj;
    }

    ~ToHost() {
        for (PyObject* v : position_ints_) Py_XDECREF(v);
        for (auto& entry : identifiers_) Py_DECREF(entry.second);
    }
    ToHost(const ToHost&) = delete;
    ToHost& operator=(const ToHost&) = delete;

    std::optional<Diagnostic> error;

private:
    // Line and column numbers, one int object per value for the whole conversion (the host
    // caches only -5..256): ints are immutable and positions never reach the code object
    // (its line table holds them as bytes), so sharing them cannot change marshal's output.
    // Null on failure (the exception is set).
    PyRef position_int(std::int32_t value) {
        if (value < 0 || value >= kMaxCachedPosition) return PyRef(PyLong_FromLong(value));
        const auto index = static_cast<std::size_t>(value);
        if (index >= position_ints_.size()) position_ints_.resize(index + 1, nullptr);
        if (!position_ints_[index]) position_ints_[index] = PyLong_FromLong(value);
        return PyRef::borrow(position_ints_[index]);
    }

    // The hosts' position rules where they differ from the tree's (3.14's): up to 3.11
    // (before PEP 701) the parser gave the parts of an f-string (its Constant and
    // FormattedValue nodes) the position of the whole literal, implicit concatenation
    // included, and a format spec's JoinedStr the position of the one STRING token holding it
    // (its parts: format_spec_values()); the expressions inside keep their own. The code objects' line tables
    // record these positions, so the host's rule is the one that gives compileall's bytes.
    // Returns the span that applies to the nodes of field `i` of `n`: none = their own.
    std::optional<Position> span_for_field(const Node* n, int i, const std::optional<Position>& outer) const {
        if (!fstring_parts_share_span_) return std::nullopt;
        if (n->node_kind == NodeKind::JoinedStr) return outer ? outer : n->pos;  // values
        if (n->node_kind != NodeKind::FormattedValue || i == 0) return std::nullopt;  // .value: an expression
        if (i == 2 && concatenation_)  // format_spec
            if (auto token = tokens_.token_containing(*concatenation_, n->pos)) return token;
        return outer;
    }

    // The parts of a format spec (JoinedStr.values under a FormattedValue), pre-3.12 hosts:
    // the parser flushed a literal that ends the spec with the spec's STRING token position
    // and everything before it (literals, replacement fields) with the whole concatenation's.
    PyRef format_spec_values(const FieldRef& f, const Position& token) {
        const Seq<Node*>& parts = f.nodes();
        const Position whole = concatenation_ ? *concatenation_ : token;
        return list(parts.size, [&](std::uint32_t i) {
            const bool last_literal = i + 1 == parts.size && parts[i]->node_kind == NodeKind::Constant;
            fstring_span_ = last_literal ? token : whole;
            return node(parts[i]);
        });
    }

    // A replacement field's expression, pre-3.12 hosts: the parser read it as "(" + text +
    // ")", which gives an unparenthesized tuple or generator expression the parentheses'
    // span (StringTokens::paren_wrapped_span). Other nodes: a group keeps the inner span.
    std::optional<Position> paren_wrapped(const Node* field, const Node* expr) const {
        if (!expr || (expr->node_kind != NodeKind::Tuple && expr->node_kind != NodeKind::GeneratorExp))
            return std::nullopt;
        return tokens_.paren_wrapped_span(field->pos, expr->pos);
    }

    PyRef field(const FieldRef& f) {
        switch (f.kind) {
            case FieldKind::Node:
            case FieldKind::Opt:
                return f.node() ? node(f.node()) : none();
            case FieldKind::Seq:
            case FieldKind::OptSeq:
                return list(f.nodes().size, [&](std::uint32_t i) {
                    const Node* e = f.nodes()[i];
                    return e ? node(e) : none();
                });
            case FieldKind::Ident:
            case FieldKind::OptIdent:
                return f.str().is_none() ? none() : identifier(f.str());
            case FieldKind::IdentSeq:
                return list(f.strs().size, [&](std::uint32_t i) { return identifier(f.strs()[i]); });
            case FieldKind::String:
            case FieldKind::OptString:
                return f.str().is_none() ? none() : text(f.str());
            case FieldKind::Constant:
                return constant(f.value());
            case FieldKind::Int:
                return PyRef(PyLong_FromLong(f.integer()));
            case FieldKind::OptInt:
                return f.opt_int().present ? PyRef(PyLong_FromLong(f.opt_int().value)) : none();
            case FieldKind::Enum:
                return enum_value(f.enum_type, f.enum_value());
            case FieldKind::EnumSeq:
                return list(f.enum_values().size,
                            [&](std::uint32_t i) { return enum_value(f.enum_type, f.enum_values()[i]); });
        }
        return fail();
    }

    template <class Item>
    PyRef list(std::uint32_t n, Item item) {
        PyRef out(PyList_New(n));
        if (!out) return fail();
        for (std::uint32_t i = 0; i < n; ++i) {
            PyRef v = item(i);
            if (!v) return PyRef();
            PyList_SET_ITEM(out.get(), i, v.release());  // steals
        }
        return out;
    }

    static PyRef none() { return PyRef::borrow(Py_None); }

    // The host's parser interns every identifier (_PyPegen_new_identifier, dotted names
    // included); marshal always writes interned strings as shared references, so this
    // matters to the bytes. NFKC normalization was done by the builder. A module names the
    // same few hundred identifiers over and over: each text is decoded and interned once per
    // conversion (the interned object is the same whichever occurrence made it).
    PyRef identifier(Str s) {
        const std::string_view key = s.view();
        auto found = identifiers_.find(key);
        if (found != identifiers_.end()) return PyRef::borrow(found->second);
        PyObject* u = PyUnicode_DecodeUTF8(s.data, s.size, nullptr);
        if (!u) return fail();
        PyUnicode_InternInPlace(&u);
        identifiers_.emplace(key, u);  // the key views the tree's arena, which outlives us
        return PyRef::borrow(u);
    }

    // str values are generalized UTF-8 (pyvalue/unicode.h): lone surrogates pass through.
    PyRef text(Str s) {
        PyRef u(PyUnicode_DecodeUTF8(s.data ? s.data : "", s.size, "surrogatepass"));
        return u ? std::move(u) : fail();
    }

    PyRef constant(const Value& v) {
        PyObject* o = nullptr;
        switch (v.kind) {
            case ValueKind::None:
                return none();
            case ValueKind::True:
                return PyRef::borrow(Py_True);
            case ValueKind::False:
                return PyRef::borrow(Py_False);
            case ValueKind::Ellipsis:
                return PyRef::borrow(Py_Ellipsis);
            case ValueKind::Int:
                o = PyLong_FromLongLong(v.i);
                break;
            case ValueKind::BigInt:
                return big_int(v.s);
            case ValueKind::Float:
                o = PyFloat_FromDouble(v.f);
                break;
            case ValueKind::Complex:
                o = PyComplex_FromDoubles(v.c.real, v.c.imag);
                break;
            case ValueKind::Str:
                return text(v.s);
            case ValueKind::Bytes:
                o = PyBytes_FromStringAndSize(v.s.data ? v.s.data : "", v.s.size);
                break;
        }
        return o ? PyRef(o) : fail();
    }

    // The tree holds big ints as decimal digits. int(str) of the host refuses more than 4300
    // decimal digits (3.11+, sys.int_max_str_digits), which a hex literal in the source never
    // hit, so convert through base 16, which has no limit.
    PyRef big_int(Str digits) {
        std::string_view d = digits.view();
        const bool negative = !d.empty() && d[0] == '-';
        if (negative) d.remove_prefix(1);
        const pyvalue::BigInt value(std::string(d).c_str());
        const std::string hex = (negative ? "-" : "") + value.str(0, std::ios_base::hex);
        PyRef o(PyLong_FromString(hex.c_str(), nullptr, 16));
        return o ? std::move(o) : fail();
    }

    PyRef enum_value(EnumType type, std::uint8_t value) {
        const auto& slot = t_.enum_value[static_cast<int>(type)];
        if (value >= slot.size() || !slot[value]) {
            const char* name = enum_value_name(type, value);
            return refuse(name, name);
        }
        return PyRef::borrow(slot[value]);
    }

    // A node or field the host's ast lacks and that holds something.
    PyRef refuse(std::string_view what, const char* fallback) {
        const char* feature = feature_text(what);
        Diagnostic d;
        d.message = (feature ? std::string(feature) : "`" + std::string(fallback) + "`") +
                    " cannot be compiled by host CPython " + host_version_;
        d.lineno = line_;
        d.offset = line_ ? col_ + 1 : 0;
        error = d;
        return PyRef();
    }

    PyRef refuse_depth() {
        Diagnostic d;
        d.message = "too deeply nested to be compiled by host CPython " + host_version_;
        d.lineno = line_;
        d.offset = line_ ? col_ + 1 : 0;
        error = d;
        return PyRef();
    }

    // A C API failure (memory): reported as the host's exception.
    PyRef fail() {
        if (!error && PyErr_Occurred()) {
            Diagnostic d;
            d.kind = ErrorKind::ValueError;
            d.message = take_error_text();
            d.lineno = line_;
            error = d;
        }
        return PyRef();
    }

    const HostTypes& t_;
    const std::string& host_version_;
    const StringTokens& tokens_;
    const bool fstring_parts_share_span_;
    std::optional<Position> fstring_span_;      // the position given to the f-string parts being converted
    std::optional<Position> own_span_;          // the position of the next node only
    const Position* concatenation_ = nullptr;  // the outermost f-string being converted
    int line_ = 0, col_ = 0;  // the innermost node with a position, for messages
    int depth_ = 0;
    static constexpr std::int32_t kMaxCachedPosition = 1 << 20;
    std::vector<PyObject*> position_ints_;  // owned, by value; null: not made yet
    std::unordered_map<std::string_view, PyObject*> identifiers_;  // owned interned str, by UTF-8 text
};

}  // namespace

HostAst to_host_ast(const Node* tree, std::string_view source_text, Version host, const std::string& host_version) {
    const StringTokens tokens(host < Version{3, 12} ? source_text : std::string_view());
    ToHost walk(host_types(), host, host_version, tokens);
    HostAst out;
    out.tree = walk.node(tree);
    if (!out.tree) {
        out.error = walk.error;
        if (!out.error) {
            Diagnostic d;
            d.message = "cannot convert the tree for host CPython " + host_version;
            out.error = d;
        }
    }
    PyErr_Clear();
    return out;
}

}  // namespace pyfront::bridge
