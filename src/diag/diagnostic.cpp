#include "diag/diagnostic.h"

namespace pyfront {

const char* error_kind_name(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::SyntaxError: return "SyntaxError";
        case ErrorKind::IndentationError: return "IndentationError";
        case ErrorKind::TabError: return "TabError";
        case ErrorKind::ValueError: return "ValueError";
        case ErrorKind::DecodeError: return "SyntaxError";
        case ErrorKind::UnicodeDecodeError: return "UnicodeDecodeError";
        case ErrorKind::RecursionError: return "RecursionError";
        case ErrorKind::MemoryError: return "MemoryError";
    }
    return "SyntaxError";
}

}  // namespace pyfront
