#include "indexer/input/charset.hpp"

#include <gtest/gtest.h>

#include "indexer/input/charset_detect.hpp"

#include "common/core/text.hpp"
#include "indexer/input/charset_convert.hpp"

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

    // Nothing declared and not UTF-8: detected from the bytes.
    Charset undeclared_legacy = choose_charset("<html>caf\xE9");
    EXPECT_TRUE(undeclared_legacy.detected);
    EXPECT_FALSE(undeclared_legacy.fallback);
    EXPECT_EQ(to_utf8("<html>caf\xE9", undeclared_legacy), "<html>café");

    // UTF-8 declared, and the only byte outside ASCII does not fit it: abandoned.
    Charset lying = choose_charset("<meta charset=utf-8>caf\xE9");
    EXPECT_EQ(lying.encoding, "utf-8");
    EXPECT_EQ(to_utf8("<meta charset=utf-8>caf\xE9", lying), "<meta charset=utf-8>café");
    EXPECT_TRUE(lying.fallback);
    EXPECT_EQ(lying.replaced, 0u);

    Charset junk = choose_charset("<html>caf\xE9", "=iso-8859-1");  // not a label at all
    EXPECT_TRUE(junk.fallback);
    EXPECT_TRUE(junk.detected);
    EXPECT_EQ(to_utf8("<html>caf\xE9", junk), "<html>café");

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
    Charset legacy = choose_charset("<meta charset=utf-16><p>caf\xE9");
    EXPECT_EQ(to_utf8("<meta charset=utf-16><p>caf\xE9", legacy), "<meta charset=utf-16><p>café");
    EXPECT_TRUE(legacy.fallback);
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

// A paragraph of Russian forum text in windows-1251, the byte at `bad` (if any) replaced.
std::string russian_1251() {
    // "Подскажите, где купить хорошее мясо для шашлыка? На рынке дешевле, но качество разное."
    return "\xCF\xEE\xE4\xF1\xEA\xE0\xE6\xE8\xF2\xE5, \xE3\xE4\xE5 \xEA\xF3\xEF\xE8\xF2\xFC "
           "\xF5\xEE\xF0\xEE\xF8\xE5\xE5 \xEC\xFF\xF1\xEE \xE4\xEB\xFF "
           "\xF8\xE0\xF8\xEB\xFB\xEA\xE0? "
           "\xCD\xE0 \xF0\xFB\xED\xEA\xE5 \xE4\xE5\xF8\xE5\xE2\xEB\xE5, \xED\xEE "
           "\xEA\xE0\xF7\xE5\xF1\xF2\xE2\xEE \xF0\xE0\xE7\xED\xEE\xE5.";
}
const std::string kRussianUtf8 =
    "Подскажите, где купить хорошее мясо для шашлыка? На рынке дешевле, но качество разное.";

TEST(Charset, UndeclaredLegacyTextIsDetected) {
    // It was read as windows-1252: "Ïîäñêàæèòå, ãäå êóïèòü…".
    std::string page = "<html><body><p>" + russian_1251() + "</p></body></html>";
    EXPECT_EQ(detect_charset(page), "windows-1251");
    Charset cs = choose_charset(page);
    EXPECT_EQ(cs.encoding, "windows-1251");
    EXPECT_TRUE(cs.detected);
    EXPECT_EQ(to_utf8(page, cs), "<html><body><p>" + kRussianUtf8 + "</p></body></html>");
    EXPECT_FALSE(cs.fallback);
    EXPECT_EQ(cs.replaced, 0u);
}

TEST(Charset, AStrayByteIsReplacedAndTheDeclarationKept) {
    // 0x98 is the one byte windows-1251 has no character for; it made the whole page windows-1252.
    std::string text = russian_1251();
    text[3] = '\x98';  // the "с" of "Подскажите"
    std::string page = "<meta charset=windows-1251><p>" + text;
    Charset cs = choose_charset(page);
    EXPECT_EQ(to_utf8(page, cs), "<meta charset=windows-1251><p>Под\uFFFDкажите" +
                                     kRussianUtf8.substr(std::string("Подскажите").size()));
    EXPECT_EQ(cs.encoding, "windows-1251");
    EXPECT_FALSE(cs.fallback);
    EXPECT_EQ(cs.replaced, 1u);
}

TEST(Charset, ManyBytesThatDoNotFitAbandonTheDeclaration) {
    // windows-1251 text declared UTF-8: every letter is invalid UTF-8. Detected instead.
    std::string page = "<meta charset=utf-8><p>" + russian_1251();
    Charset cs = choose_charset(page);
    EXPECT_EQ(to_utf8(page, cs), "<meta charset=utf-8><p>" + kRussianUtf8);
    EXPECT_EQ(cs.encoding, "windows-1251");
    EXPECT_TRUE(cs.fallback);
    EXPECT_EQ(cs.replaced, 0u);

    // A few in UTF-8 (one in more than 20 bytes outside ASCII): replaced, as browsers do.
    std::string utf8 = "<meta charset=utf-8><p>" + kRussianUtf8 + "\xFF";
    Charset kept = choose_charset(utf8);
    EXPECT_EQ(to_utf8(utf8, kept), "<meta charset=utf-8><p>" + kRussianUtf8 + "\uFFFD");
    EXPECT_EQ(kept.encoding, "utf-8");
    EXPECT_FALSE(kept.fallback);
    EXPECT_EQ(kept.replaced, 1u);
}

TEST(Charset, LegacyCjkLabelsReadAsTheirSupersets) {
    EXPECT_EQ(normalize_charset_label("Shift_JIS"), "shift_jis");
    EXPECT_EQ(normalize_charset_label("x-sjis"), "shift_jis");
    EXPECT_EQ(normalize_charset_label("GB2312"), "gbk");
    EXPECT_EQ(normalize_charset_label("ks_c_5601-1987"), "euc-kr");
    // ① is in windows-31j, not in JIS X 0208; 喆 in GBK, not in GB2312: pages labelled
    // Shift_JIS and gb2312 hold them, and browsers show them.
    Charset sjis = choose_charset("\x87\x40", "Shift_JIS");
    EXPECT_EQ(to_utf8("\x87\x40", sjis), "①");
    EXPECT_EQ(sjis.replaced, 0u);
    Charset gb = choose_charset("\x86\xB4", "gb2312");
    EXPECT_EQ(to_utf8("\x86\xB4", gb), "喆");
    EXPECT_EQ(gb.replaced, 0u);
}

TEST(Charset, WhatComesOutIsUtf8EvenWhereIconvWritesCodePointsPastUnicode) {
    // UCS-4 0x7FFFFFFF: glibc writes it as a 6-byte sequence, which is not UTF-8.
    std::string bytes("\x7F\xFF\xFF\xFF\x00\x00\x00\x41", 8);
    EXPECT_FALSE(decode_to_utf8(bytes, "UCS-4").has_value());
    Charset cs = choose_charset(bytes, "ucs-4");
    EXPECT_TRUE(is_valid_utf8(to_utf8(bytes, cs)));
}

}  // namespace
}  // namespace forum
