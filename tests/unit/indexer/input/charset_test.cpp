#include "indexer/input/charset.hpp"

#include <gtest/gtest.h>

#include "indexer/html/page.hpp"
#include "indexer/input/http_response.hpp"

namespace forum {
namespace {

TEST(Charset, LabelsBrowsersReadAsWindows1252) {
    for (const char* l : {"ISO-8859-1", "iso8859-1", "latin1", "US-ASCII", " Latin-1 "}) {
        EXPECT_EQ(normalize_charset_label(l), "windows-1252") << l;
    }
    EXPECT_EQ(normalize_charset_label("UTF8"), "utf-8");
    EXPECT_EQ(normalize_charset_label("KOI8-R"), "koi8-r");
}

TEST(Charset, DeclarationsInMeta) {
    EXPECT_EQ(declared_meta_charset("<html><head><meta charset=\"ISO-8859-1\" />"), "ISO-8859-1");
    EXPECT_EQ(declared_meta_charset(
                  "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"),
              "windows-1251");
    EXPECT_EQ(declared_meta_charset("<meta name=viewport content=\"width=device-width\">"), "");
}

TEST(Charset, Choice) {
    EXPECT_EQ(choose_charset("<meta charset=iso-8859-1>caf\xE9").encoding, "windows-1252");
    EXPECT_EQ(choose_charset("\xEF\xBB\xBF<html>").encoding, "utf-8");
    EXPECT_EQ(choose_charset("<html>café").encoding, "utf-8");
    // The HTTP header wins over <meta>, as in browsers.
    EXPECT_EQ(choose_charset("<meta charset=utf-8><p>x", "koi8-r").encoding, "koi8-r");

    Charset undeclared_legacy = choose_charset("<html>caf\xE9");
    EXPECT_EQ(undeclared_legacy.encoding, "windows-1252");
    EXPECT_TRUE(undeclared_legacy.fallback);

    Charset lying = choose_charset("<meta charset=utf-8>caf\xE9");
    EXPECT_EQ(lying.encoding, "windows-1252");
    EXPECT_TRUE(lying.fallback);

    Charset junk = choose_charset("<html>caf\xE9", "=iso-8859-1");  // not a label at all
    EXPECT_EQ(junk.encoding, "windows-1252");
    EXPECT_TRUE(junk.fallback);

    Charset unknown = choose_charset("<meta charset=x-bogus-enc>plain");
    EXPECT_EQ(unknown.encoding, "utf-8");
    EXPECT_TRUE(unknown.fallback);
}

TEST(Charset, WrongDeclarationsFallBackInsteadOfCuttingTheText) {
    Charset gbk = choose_charset("<meta charset=gbk><p>naïve café €5</p>");
    EXPECT_EQ(gbk.encoding, "gbk");
    std::string text = to_utf8("<meta charset=gbk><p>naïve café €5</p>", gbk);
    EXPECT_EQ(text, "<meta charset=gbk><p>naïve café €5</p>");  // UTF-8 after all
    EXPECT_EQ(gbk.encoding, "utf-8");
    EXPECT_TRUE(gbk.fallback);

    Charset koi8 = choose_charset("\xF0\xD2\xC9\xD7\xC5\xD4", "koi8-r");
    EXPECT_EQ(to_utf8("\xF0\xD2\xC9\xD7\xC5\xD4", koi8), "Привет");
    EXPECT_FALSE(koi8.fallback);
}

TEST(Charset, Utf16FromTheBytesNotFromADeclaration) {
    for (const char* l : {"UTF-16", "utf-16le", "ucs-2", "unicode"})
        EXPECT_EQ(normalize_charset_label(l), "utf-16le") << l;
    EXPECT_EQ(normalize_charset_label("UTF-16BE"), "utf-16be");

    // A BOM, or NUL bytes in one byte of most pairs (ASCII markup in UTF-16), make it UTF-16.
    const std::string le("<\0h\0t\0m\0l\0>\0", 12), be("\0<\0h\0t\0m\0l\0>", 12);
    EXPECT_EQ(choose_charset("\xFF\xFE" + le).encoding, "utf-16le");
    EXPECT_EQ(choose_charset("\xFE\xFF" + be).encoding, "utf-16be");
    EXPECT_EQ(choose_charset(le).encoding, "utf-16le");
    EXPECT_FALSE(choose_charset(le).fallback);
    Charset misdeclared = choose_charset(be, "utf-8");  // the HTTP header was wrong
    EXPECT_EQ(misdeclared.encoding, "utf-16be");
    EXPECT_TRUE(misdeclared.fallback);
    EXPECT_FALSE(choose_charset(be, "utf-16").fallback);
    EXPECT_EQ(utf16_encoding(le), "utf-16le");
    EXPECT_EQ(utf16_encoding("<html><body>"), "");
    EXPECT_EQ(utf16_encoding(std::string("<html>\0\0\0\0<body>", 16)), "");  // NULs in both

    // Declared on bytes that are not UTF-16: UTF-8 (the HTML standard's reading of <meta>),
    // windows-1252 when they are not UTF-8 either.
    for (const char* decl : {"utf-16", "utf-16le", "utf-16be", "unicode"}) {
        Charset meta = choose_charset("<meta charset=" + std::string(decl) + "><p>café");
        EXPECT_EQ(meta.encoding, "utf-8") << decl;
        EXPECT_FALSE(meta.fallback);
        EXPECT_EQ(choose_charset("<p>café", decl).encoding, "utf-8") << decl;
    }
    EXPECT_EQ(choose_charset("<meta charset=utf-16><p>caf\xE9").encoding, "windows-1252");
}

TEST(Charset, Utf16DecodesLikeABrowser) {
    // A surrogate pair, a lone surrogate and a last odd byte: the damage becomes U+FFFD and the
    // rest is read.
    Charset le{"utf-16le", "", false};
    EXPECT_EQ(to_utf8(std::string("\xFF\xFE"
                                  "a\0\x34\xD8\x1E\xDD"
                                  "b\0\x00\xDC"
                                  "c\0d",
                                  15),
                      le),
              "a𝄞b\uFFFDc\uFFFD");
    EXPECT_FALSE(le.fallback);
    Charset be{"utf-16be", "", false};
    EXPECT_EQ(to_utf8(std::string("\0h\0\xE9\x20\xAC", 6), be), "hé€");
    EXPECT_EQ(utf16_to_utf8(std::string("\xFE\xFF\0h\0i", 6), "utf-16be"), "hi");
}

TEST(HttpContentType, SplitsTypeAndCharset) {
    std::string type, charset;
    split_content_type("Text/HTML; Charset=\"ISO-8859-1\"; q=1", type, charset);
    EXPECT_EQ(type, "text/html");
    EXPECT_EQ(charset, "ISO-8859-1");
    split_content_type("text/plain", type, charset);
    EXPECT_EQ(charset, "");
}

TEST(Charset, Windows1252BytesDecodeAsBrowsersShowThem) {
    // 0x93/0x94 are curly quotes and 0x80 is the euro sign in windows-1252, C1 controls in latin-1.
    Page page = Page::parse({"t.html",
                             "<html><head><meta charset=\"ISO-8859-1\"></head><body><p id=x>"
                             "\x93"
                             "caf\xE9"
                             "\x94 \x80"
                             "5</p></body></html>",
                             0,
                             {},
                             {}});
    EXPECT_EQ(text_of(page.first("#x")), "“café” €5");
}

}  // namespace
}  // namespace forum
