// `pyfront tokenize`: the token stream in exactly the format of `python -m tokenize -e`.
#include <iostream>

#include "cli/command.h"
#include "cli/common_options.h"
#include "lex/tokenize_format.h"
#include "lex/tokenizer.h"
#include "source/decode.h"

namespace pyfront::cli {

namespace {

constexpr const char* kUsage = "pyfront tokenize [--feature-version X.Y] FILE|-";
constexpr const char* kDescription =
    "Prints the tokens of FILE ('-' reads standard input) as `python -m tokenize -e FILE`\n"
    "prints them: ENCODING first, exact operator names, 1-based lines, 0-based columns in\n"
    "characters, repr'd token text. With --feature-version 3.12 or newer the output is that\n"
    "version's tokenize module's; older versions use the same format with that version's\n"
    "tokenizer rules (keywords, string prefixes, number forms, f-string rules).\n"
    "A tokenization error is reported as FILE:LINE:COL: error: MESSAGE; exit status 1.\n"
    "Standard input is read as `python -m tokenize` reads it: no ENCODING line, and the\n"
    "tokens before an error are printed.\n"
    "Exit status: 0 ok, 1 tokenization error, 2 usage or I/O error.";

int tokenize_one(const std::string& path, Version version) {
    std::string bytes, io_error;
    if (!source::read_file(path, bytes, io_error)) {
        std::cerr << "pyfront tokenize: " << io_error << "\n";
        return kExitUsage;
    }
    const bool from_stdin = path == "-";
    const std::string display_name = from_stdin ? "<stdin>" : path;
    source::DecodeOptions decode_options;
    decode_options.version = version;
    decode_options.reader = source::Reader::TokenizeModule;
    decode_options.filename = path;
    source::DecodedSource decoded;
    Diagnostic decode_error;
    if (!source::decode(bytes, decode_options, decoded, decode_error)) {
        // tokenize's main() prints a location only when the error carries one.
        std::cerr << display_name;
        if (decode_error.lineno) std::cerr << ':' << decode_error.lineno << ':' << decode_error.offset;
        std::cerr << ": error: " << decode_error.message << "\n";
        return kExitSyntaxErrors;
    }
    lex::LexOptions options;
    options.version = version;
    options.tokenize_module = true;
    const lex::LexResult result = lex::tokenize(decoded, options);
    lex::print_tokenize_module_format(
        decoded, result, display_name,
        from_stdin ? lex::TokenizeInput::Stdin : lex::TokenizeInput::File, std::cout, std::cerr);
    std::cout.flush();
    return result.error ? kExitSyntaxErrors : kExitOk;
}

}  // namespace

int run_tokenize(const std::vector<std::string>& args) {
    std::string version_text;
    po::options_description visible("options");
    add_feature_version_option(visible, version_text);
    std::vector<std::string> files;
    if (const auto done = read_command_line(args, "tokenize", kUsage, kDescription, visible, files)) return *done;
    Version version;
    if (!resolve_feature_version(version_text, version)) return kExitUsage;
    if (files.size() != 1)
        return usage_error("tokenize", "expected exactly one FILE (or '-'); usage: " +
                                           std::string(kUsage));
    return tokenize_one(files[0], version);
}

}  // namespace pyfront::cli
