// The ANTLR token source over pyfront's lightweight tokens: types from the shared
// vocabulary, text as views, trivia skipped, indexes assigned by the ANTLR token stream.
#include "parse/token_source.h"

#include <gtest/gtest.h>

#include <sstream>

#include "parse/vocabulary.h"

namespace pyfront::parse {
namespace {

using lex::Keyword;
using lex::Token;
using lex::TokenKind;

Token make(TokenKind kind, std::uint32_t begin, std::uint32_t end, std::uint32_t line,
           std::uint32_t col, Keyword kw = Keyword::NotAKeyword) {
    Token t;
    t.kind = kind;
    t.keyword = kw;
    t.begin = begin;
    t.end = end;
    t.lineno = t.end_lineno = line;
    t.col = col;
    t.end_col = col + (end - begin);
    return t;
}

TEST(TokenSource, FeedsCommonTokenStreamWithoutTrivia) {
    //                      0123456789012345
    const std::string text = "if x:  # c\n\n";
    const std::vector<Token> tokens = {
        make(TokenKind::NAME, 0, 2, 1, 0, Keyword::If),
        make(TokenKind::NAME, 3, 4, 1, 3),
        make(TokenKind::COLON, 4, 5, 1, 4),
        make(TokenKind::COMMENT, 7, 10, 1, 7),
        make(TokenKind::NEWLINE, 10, 11, 1, 10),
        make(TokenKind::NL, 11, 12, 2, 0),
        make(TokenKind::ENDMARKER, 12, 12, 3, 0),
    };
    PyTokenSource source(tokens, text, "t.py");
    antlr4::CommonTokenStream stream(&source);
    stream.fill();
    const auto all = stream.getTokens();
    ASSERT_EQ(all.size(), 5u);  // if, x, :, NEWLINE, EOF
    EXPECT_EQ(all[0]->getType(), antlr_type(Keyword::If));
    EXPECT_EQ(all[0]->getText(), "if");
    EXPECT_EQ(all[1]->getType(), antlr_type(TokenKind::NAME));
    EXPECT_EQ(all[1]->getText(), "x");
    EXPECT_EQ(all[1]->getCharPositionInLine(), 3u);
    EXPECT_EQ(all[2]->getType(), antlr_type(TokenKind::COLON));
    EXPECT_EQ(all[3]->getType(), antlr_type(TokenKind::NEWLINE));
    EXPECT_EQ(all[4]->getType(), antlr4::Token::EOF);
    for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i]->getTokenIndex(), i);
    EXPECT_EQ(source.getSourceName(), "t.py");
}

TEST(TokenSource, ContextualAsyncMapsToTheKeywordType) {
    const std::string text = "async";
    const std::vector<Token> tokens = {make(TokenKind::ASYNC, 0, 5, 1, 0),
                                       make(TokenKind::ENDMARKER, 5, 5, 2, 0)};
    PyTokenSource source(tokens, text, "t.py");
    EXPECT_EQ(source.nextToken()->getType(), antlr_type(Keyword::Async));
    EXPECT_EQ(source.nextToken()->getType(), antlr4::Token::EOF);
    EXPECT_EQ(source.nextToken()->getType(), antlr4::Token::EOF);  // stays at the end
}

TEST(Vocabulary, TokensFileNamesEveryKindAndKeywordOnce) {
    std::ostringstream out;
    write_tokens_file(out);
    const std::string file = out.str();
    EXPECT_NE(file.find("NAME=" + std::to_string(antlr_type(TokenKind::NAME)) + "\n"),
              std::string::npos);
    EXPECT_NE(file.find("'('=" + std::to_string(antlr_type(TokenKind::LPAR)) + "\n"),
              std::string::npos);
    EXPECT_NE(file.find("KW_IF=" + std::to_string(antlr_type(Keyword::If)) + "\n"),
              std::string::npos);
    EXPECT_NE(file.find("'if'=" + std::to_string(antlr_type(Keyword::If)) + "\n"),
              std::string::npos);
    // Kinds and keywords never share a type.
    EXPECT_GT(antlr_type(Keyword::False), antlr_type(TokenKind::AWAIT));
}

}  // namespace
}  // namespace pyfront::parse
