// The JSON form of the common AST (docs/ast-json.md), driven by the field table (fields.h).
#include <cmath>

#include "ast/dump.h"
#include "ast/fields.h"
#include "pyvalue/repr.h"
#include "pyvalue/unicode.h"

namespace pyfront::ast {

namespace {

constexpr std::int64_t kMaxSafeInteger = (std::int64_t{1} << 53) - 1;

// A str holding a high surrogate followed by a low one (two code points in Python) would be
// read back by JSON readers as one character: such a str is written as code points.
bool has_split_surrogate_pair(std::string_view s) {
    if (!pyvalue::has_surrogates(s)) return false;
    std::size_t i = 0;
    char32_t prev = 0;
    while (i < s.size()) {
        char32_t cp = pyvalue::next_code_point(s, i);
        if (prev >= 0xD800 && prev <= 0xDBFF && cp >= 0xDC00 && cp <= 0xDFFF) return true;
        prev = cp;
    }
    return false;
}

void append_float_repr_string(std::string& out, double v) {
    out.push_back('"');
    pyvalue::append_repr_float(out, v);
    out.push_back('"');
}

void append_constant(std::string& out, const Value& v) {
    switch (v.kind) {
        case ValueKind::None: out.append("null"); return;
        case ValueKind::True: out.append("true"); return;
        case ValueKind::False: out.append("false"); return;
        case ValueKind::Ellipsis: out.append("{\"_const\":\"Ellipsis\"}"); return;
        case ValueKind::Int:
            if (v.i >= -kMaxSafeInteger && v.i <= kMaxSafeInteger) {
                pyvalue::append_repr_int(out, v.i);
            } else {
                out.append("{\"_const\":\"int\",\"value\":\"");
                pyvalue::append_repr_int(out, v.i);
                out.append("\"}");
            }
            return;
        case ValueKind::BigInt:
            out.append("{\"_const\":\"int\",\"value\":\"");
            out.append(v.s.data, v.s.size);
            out.append("\"}");
            return;
        case ValueKind::Float:
            out.append("{\"_const\":\"float\",\"value\":");
            append_float_repr_string(out, v.f);
            out.push_back('}');
            return;
        case ValueKind::Complex:
            out.append("{\"_const\":\"complex\",\"real\":");
            append_float_repr_string(out, v.c.real);
            out.append(",\"imag\":");
            append_float_repr_string(out, v.c.imag);
            out.push_back('}');
            return;
        case ValueKind::Str:
            if (has_split_surrogate_pair(v.s.view())) {
                out.append("{\"_const\":\"str\",\"code_points\":[");
                std::string_view s = v.s.view();
                std::size_t i = 0;
                bool first = true;
                while (i < s.size()) {
                    if (!first) out.push_back(',');
                    first = false;
                    pyvalue::append_repr_int(out, pyvalue::next_code_point(s, i));
                }
                out.append("]}");
            } else {
                append_json_string(out, v.s.view());
            }
            return;
        case ValueKind::Bytes: {
            // Each byte as the character of the same number (latin-1), a JSON string.
            out.append("{\"_const\":\"bytes\",\"latin1\":");
            std::string text;
            text.reserve(v.s.size);
            for (std::uint32_t i = 0; i < v.s.size; ++i)
                pyvalue::append_utf8(text, static_cast<unsigned char>(v.s.data[i]));
            append_json_string(out, text);
            out.push_back('}');
            return;
        }
    }
}

class JsonWriter {
public:
    JsonWriter(const JsonOptions& o, std::string& out) : o_(o), out_(out) {}

    void node(const Node* n) {
        out_.append("{\"_type\":\"");
        out_.append(node_kind_name(n->node_kind));
        out_.push_back('"');
        FieldRef f[kMaxFields];
        const int nf = node_fields(n, f);
        for (int i = 0; i < nf; ++i) {
            out_.append(",\"");
            out_.append(f[i].name);
            out_.append("\":");
            field(f[i]);
        }
        if (o_.include_attributes && has_attributes(n->node_kind)) {
            out_.append(",\"lineno\":");
            pyvalue::append_repr_int(out_, n->pos.lineno);
            out_.append(",\"col_offset\":");
            pyvalue::append_repr_int(out_, n->pos.col_offset);
            out_.append(",\"end_lineno\":");
            pyvalue::append_repr_int(out_, n->pos.end_lineno);
            out_.append(",\"end_col_offset\":");
            pyvalue::append_repr_int(out_, n->pos.end_col_offset);
        }
        out_.push_back('}');
    }

private:
    void str_or_null(Str s) {
        if (s.is_none()) out_.append("null");
        else append_json_string(out_, s.view());
    }

    void field(const FieldRef& f) {
        switch (f.kind) {
            case FieldKind::Node:
            case FieldKind::Opt:
                if (f.node()) node(f.node());
                else out_.append("null");
                return;
            case FieldKind::Seq:
            case FieldKind::OptSeq: {
                out_.push_back('[');
                const Seq<Node*>& s = f.nodes();
                for (std::uint32_t i = 0; i < s.size; ++i) {
                    if (i) out_.push_back(',');
                    if (s[i]) node(s[i]);
                    else out_.append("null");
                }
                out_.push_back(']');
                return;
            }
            case FieldKind::IdentSeq: {
                out_.push_back('[');
                const Seq<Str>& s = f.strs();
                for (std::uint32_t i = 0; i < s.size; ++i) {
                    if (i) out_.push_back(',');
                    str_or_null(s[i]);
                }
                out_.push_back(']');
                return;
            }
            case FieldKind::EnumSeq: {
                out_.push_back('[');
                const Seq<std::uint8_t>& s = f.enum_values();
                for (std::uint32_t i = 0; i < s.size; ++i) {
                    if (i) out_.push_back(',');
                    out_.push_back('"');
                    out_.append(enum_value_name(f.enum_type, s[i]));
                    out_.push_back('"');
                }
                out_.push_back(']');
                return;
            }
            case FieldKind::Ident:
            case FieldKind::OptIdent:
            case FieldKind::String:
            case FieldKind::OptString:
                str_or_null(f.str());
                return;
            case FieldKind::Constant:
                append_constant(out_, f.value());
                return;
            case FieldKind::Int:
                pyvalue::append_repr_int(out_, f.integer());
                return;
            case FieldKind::OptInt:
                if (f.opt_int().present) pyvalue::append_repr_int(out_, f.opt_int().value);
                else out_.append("null");
                return;
            case FieldKind::Enum:
                out_.push_back('"');
                out_.append(enum_value_name(f.enum_type, f.enum_value()));
                out_.push_back('"');
                return;
        }
    }

    const JsonOptions& o_;
    std::string& out_;
};

}  // namespace


void write_json(const Node* node, const JsonOptions& options, std::string& out) {
    JsonWriter(options, out).node(node);
}

std::string to_json(const Node* node, const JsonOptions& options) {
    std::string out;
    write_json(node, options, out);
    return out;
}

}  // namespace pyfront::ast
