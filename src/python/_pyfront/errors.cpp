// Diagnostics as Python exceptions (errors.h).
#include "python/_pyfront/errors.h"

#include <string>

#include "diag/error_text.h"

namespace pyfront::pymodule {
namespace {

PyObject* syntax_error_type(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::IndentationError: return PyExc_IndentationError;
        case ErrorKind::TabError: return PyExc_TabError;
        default: return PyExc_SyntaxError;
    }
}

// SyntaxError.text (diag/error_text.h) as a str, None where there is no line.
PyRef line_text(std::string_view source_text, const Diagnostic& d, bool exec_input) {
    std::string text;
    if (!diag::syntax_error_text(source_text, d, exec_input, text)) return PyRef::borrow(Py_None);
    PyRef s(PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace"));
    return s ? std::move(s) : PyRef::borrow(Py_None);
}

// "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte" -> the
// UnicodeDecodeError with those attributes (the object is not known: its bytes are
// zeros of the reported length).
PyObject* raise_unicode_decode_error(const std::string& message) {
    unsigned long start = 0, end = 0;
    char codec[64] = {0}, reason[256] = {0};
    unsigned byte = 0;
    if (std::sscanf(message.c_str(), "'%63[^']' codec can't decode byte 0x%x in position %lu: %255[^\n]", codec,
                    &byte, &start, reason) == 4) {
        end = start + 1;
    } else if (std::sscanf(message.c_str(), "'%63[^']' codec can't decode bytes in position %lu-%lu: %255[^\n]",
                           codec, &start, &end, reason) == 4) {
        end += 1;
    } else {
        PyErr_SetString(PyExc_UnicodeError, message.c_str());
        return nullptr;
    }
    std::string object(end, '\0');
    if (end == start + 1) object[start] = static_cast<char>(byte);
    PyObject* e = PyUnicodeDecodeError_Create(codec, object.data(), static_cast<Py_ssize_t>(object.size()),
                                              static_cast<Py_ssize_t>(start), static_cast<Py_ssize_t>(end), reason);
    if (e) {
        PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(e)), e);
        Py_DECREF(e);
    }
    return nullptr;
}

}  // namespace

PyObject* raise_diagnostic(const Diagnostic& d, Version version, bool exec_input, PyObject* filename,
                           std::string_view source_text) {
    switch (d.kind) {
        case ErrorKind::ValueError: PyErr_SetString(PyExc_ValueError, d.message.c_str()); return nullptr;
        case ErrorKind::RecursionError: PyErr_SetString(PyExc_RecursionError, d.message.c_str()); return nullptr;
        case ErrorKind::MemoryError:
            // MemoryError() up to 3.11, MemoryError("Parser stack overflowed - ...") after.
            if (d.message.empty()) PyErr_SetNone(PyExc_MemoryError);
            else PyErr_SetString(PyExc_MemoryError, d.message.c_str());
            return nullptr;
        case ErrorKind::UnicodeDecodeError: return raise_unicode_decode_error(d.message);
        default: break;
    }
    PyObject* type = syntax_error_type(d.kind);
    if (d.kind == ErrorKind::SyntaxError && d.lineno == 0) {
        // compile()'s own checks (NUL bytes, 3.11.4+) raise SyntaxError(msg): no location.
        PyErr_SetString(type, d.message.c_str());
        return nullptr;
    }
    PyRef text = line_text(source_text, d, exec_input);
    // Decoding errors keep lineno 0; errors without an end (before 3.10) have the 4-tuple.
    const bool has_end = d.end_lineno != 0 && version >= Version{3, 10};
    PyRef location(!has_end
                       ? Py_BuildValue("(OiiO)", filename, d.lineno, d.offset, text.get())
                       : Py_BuildValue("(OiiOii)", filename, d.lineno, d.offset, text.get(), d.end_lineno,
                                       d.end_offset));
    if (!location) return nullptr;
    PyRef error(PyObject_CallFunction(type, "sO", d.message.c_str(), location.get()));
    if (!error) return nullptr;
    PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(error.get())), error.get());
    return nullptr;
}

PyObject* raise_unrepresentable(const Diagnostic& d) {
    std::string message = d.message;
    if (d.lineno > 0) message += " (line " + std::to_string(d.lineno) + ")";
    PyErr_SetString(PyExc_ValueError, message.c_str());
    return nullptr;
}

}  // namespace pyfront::pymodule
