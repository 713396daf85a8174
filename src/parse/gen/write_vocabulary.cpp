// Build-time helper: writes the ANTLR token vocabulary (PyTokens.tokens) that the grammar
// imports with `options { tokenVocab = PyTokens; }`, from the tokenizer's own tables.
#include <fstream>
#include <iostream>

#include "parse/vocabulary.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: write_vocabulary OUT.tokens\n";
        return 2;
    }
    std::ofstream out(argv[1]);
    pyfront::parse::write_tokens_file(out);
    return out ? 0 : 1;
}
