#include "indexer/input/charset.hpp"

#include <iconv.h>

#include "common/core/text.hpp"
#include "indexer/input/charset_convert.hpp"
#include "indexer/input/charset_detect.hpp"

namespace forum {
namespace {

// Browsers look at the first 1024 bytes; saved pages often put scripts first, so look further.
constexpr size_t kPrescanBytes = 16384;

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// The value after "charset=" in s, up to a quote, ';', '>' or space.
std::string charset_param(std::string_view s) {
    std::string lower = lower_ascii(s);
    size_t at = lower.find("charset");
    if (at == std::string::npos) return {};
    size_t pos = at + 7;
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t'))
        ++pos;
    if (pos >= s.size() || s[pos] != '=') return {};
    ++pos;
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\''))
        ++pos;
    size_t end = pos;
    while (end < s.size() && s[end] != '"' && s[end] != '\'' && s[end] != ';' && s[end] != '>' &&
           s[end] != ' ' && s[end] != '/') {
        ++end;
    }
    return std::string(s.substr(pos, end - pos));
}

// glibc's iconv_open ignores punctuation in names ("=iso-8859-1" opens ISO-8859-1), so a label
// must look like one before iconv is asked.
bool plausible_label(const std::string& label) {
    for (char c : label) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                  c == '.' || c == ':';
        if (!ok) return false;
    }
    return !label.empty();
}

// The name iconv knows a label by: the Encoding Standard reads Shift_JIS, GBK and EUC-KR as
// their Microsoft supersets (windows-31j, GB18030, windows-949), as pages in them are written.
std::string iconv_name(const std::string& label) {
    if (label == "shift_jis") return "CP932";
    if (label == "gbk") return "GB18030";
    if (label == "euc-kr") return "CP949";
    return label;
}

bool iconv_knows(const std::string& encoding) {
    if (!plausible_label(encoding)) return false;
    iconv_t cd = iconv_open("UTF-8", iconv_name(encoding).c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    iconv_close(cd);
    return true;
}

// windows-1252 0x80-0x9F; the five undefined bytes become U+FFFD.
constexpr unsigned kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

std::string cp1252_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char c : bytes) {
        auto b = static_cast<unsigned char>(c);
        append_utf8(out, b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : b);
    }
    return out;
}

// Lenient, as browsers decode: an unpaired surrogate or a last odd byte becomes U+FFFD, so a
// damaged page is still read to its end.
std::string decode_utf16(std::string_view bytes, bool big_endian) {
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](size_t i) {
        auto hi = static_cast<unsigned char>(bytes[big_endian ? i : i + 1]);
        auto lo = static_cast<unsigned char>(bytes[big_endian ? i + 1 : i]);
        return static_cast<unsigned>(hi << 8 | lo);
    };
    size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        unsigned u = unit(i);
        if (u >= 0xD800 && u < 0xDC00 && i + 3 < bytes.size()) {
            unsigned low = unit(i + 2);
            if (low >= 0xDC00 && low < 0xE000) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        append_utf8(out, u >= 0xD800 && u < 0xE000 ? 0xFFFD : u);
    }
    if (i < bytes.size()) append_utf8(out, 0xFFFD);
    return out;
}

// UTF-16 without a BOM, told by its NUL bytes.
std::string utf16_without_bom(std::string_view bytes) {
    // Markup is mostly ASCII, so in UTF-16 one byte of most pairs is zero, and of the other
    // almost none. Browsers do not look (they show such a page as garbage); XML's detection does.
    std::string_view head = bytes.substr(0, 1024);
    size_t pairs = head.size() / 2, zero_even = 0, zero_odd = 0;
    for (size_t i = 0; i + 1 < head.size(); i += 2) {
        zero_even += head[i] == '\0';
        zero_odd += head[i + 1] == '\0';
    }
    if (pairs < 4) return {};
    if (zero_odd * 2 >= pairs && zero_even * 16 <= pairs) return "utf-16le";
    if (zero_even * 2 >= pairs && zero_odd * 16 <= pairs) return "utf-16be";
    return {};
}

bool is_utf16(const std::string& label) { return label == "utf-16le" || label == "utf-16be"; }

// A declaration is kept, its stray bytes replaced, when they are at most 1 in 20 of the bytes
// outside ASCII. A wrong declaration of a multi-byte charset (UTF-8, Shift_JIS, GBK) trips on
// far more; a stray byte or two in a short Russian post must not cost the whole page.
constexpr size_t kNonAsciiPerReplaced = 20;

bool few_replaced(size_t replaced, std::string_view bytes) {
    size_t non_ascii = 0;
    for (char c : bytes)
        non_ascii += static_cast<unsigned char>(c) >= 0x80;
    return replaced * kNonAsciiPerReplaced <= non_ascii;
}

// Bytes that are in neither the declared charset nor UTF-8: read in the charset detected, if it
// fits them, else in windows-1252, which fits every byte.
std::string read_as_detected(std::string_view bytes, Charset& charset) {
    if (!charset.detected) {
        std::string label = normalize_charset_label(detect_charset(bytes));
        if (!label.empty() && label != "windows-1252" && !is_utf16(label)) {
            if (auto decoded = decode_to_utf8(bytes, iconv_name(label));
                decoded && few_replaced(decoded->replaced, bytes)) {
                charset.encoding = label;
                charset.replaced = decoded->replaced;
                return std::move(decoded->text);
            }
        }
    }
    charset.encoding = "windows-1252";
    charset.replaced = 0;
    return cp1252_to_utf8(bytes);
}

}  // namespace

std::string to_utf8(std::string_view bytes, Charset& charset) {
    charset.replaced = 0;
    if (charset.encoding == "windows-1252") return cp1252_to_utf8(bytes);
    if (is_utf16(charset.encoding)) {
        bool big_endian = charset.encoding == "utf-16be";
        bool bom = bytes.substr(0, 2) == (big_endian ? "\xFE\xFF" : "\xFF\xFE");
        return decode_utf16(bom ? bytes.substr(2) : bytes, big_endian);
    }
    bool utf8 = charset.encoding == "utf-8";
    std::string_view text = utf8 && bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
    if (utf8 && is_valid_utf8(text)) return std::string(text);  // most pages: nothing to convert
    if (auto decoded = decode_to_utf8(text, iconv_name(charset.encoding))) {
        if (decoded->replaced == 0) return std::move(decoded->text);
        // Valid UTF-8 under another declaration is a page converted to UTF-8 that kept its old
        // <meta>; legacy text is valid UTF-8 by chance almost never.
        bool converted_page = !utf8 && is_valid_utf8(bytes);
        if (!converted_page && few_replaced(decoded->replaced, text)) {
            charset.replaced = decoded->replaced;
            return std::move(decoded->text);
        }
    }
    charset.fallback = charset.fallback || !charset.declared.empty();
    if (is_valid_utf8(bytes)) {
        charset.encoding = "utf-8";
        return std::string(bytes);
    }
    return read_as_detected(bytes, charset);
}

std::string normalize_charset_label(std::string_view label) {
    std::string l = lower_ascii(trim(label));
    if (l == "iso-8859-1" || l == "iso8859-1" || l == "latin1" || l == "latin-1" || l == "l1" ||
        l == "us-ascii" || l == "ascii" || l == "iso_8859-1" || l == "cp1252" || l == "x-cp1252") {
        return "windows-1252";
    }
    if (l == "utf8" || l == "unicode-1-1-utf-8") return "utf-8";
    // The Encoding Standard's labels of UTF-16 ("utf-16" alone is little-endian).
    if (l == "utf-16" || l == "utf-16le" || l == "unicode" || l == "ucs-2" || l == "csunicode" ||
        l == "iso-10646-ucs-2" || l == "unicodefeff") {
        return "utf-16le";
    }
    if (l == "utf-16be" || l == "unicodefffe") return "utf-16be";
    // The Encoding Standard's labels of the three legacy CJK encodings iconv_name widens.
    if (l == "shift-jis" || l == "sjis" || l == "ms_kanji" || l == "ms932" || l == "windows-31j" ||
        l == "x-sjis" || l == "csshiftjis" || l == "cp932") {
        return "shift_jis";
    }
    if (l == "gb2312" || l == "x-gbk" || l == "chinese" || l == "csgb2312" || l == "gb_2312" ||
        l == "gb_2312-80" || l == "iso-ir-58" || l == "csiso58gb231280") {
        return "gbk";
    }
    if (l == "cseuckr" || l == "ks_c_5601-1987" || l == "windows-949" || l == "cp949" ||
        l == "ks_c_5601-1989" || l == "ksc5601" || l == "ksc_5601" || l == "korean") {
        return "euc-kr";
    }
    return l;
}

std::string declared_meta_charset(std::string_view bytes) {
    std::string_view head = bytes.substr(0, kPrescanBytes);
    std::string lower = lower_ascii(head);
    for (size_t at = lower.find("<meta"); at != std::string::npos;
         at = lower.find("<meta", at + 5)) {
        size_t end = lower.find('>', at);
        if (end == std::string::npos) break;
        std::string_view tag = std::string_view(lower).substr(at, end - at);
        if (tag.find("charset") == std::string_view::npos) continue;
        // <meta charset=x> and <meta http-equiv="Content-Type" content="text/html; charset=x">
        std::string cs = charset_param(head.substr(at, end - at));
        if (!cs.empty()) return cs;
    }
    return {};
}

std::string utf16_encoding(std::string_view bytes) {
    if (bytes.substr(0, 2) == "\xFF\xFE") return "utf-16le";
    if (bytes.substr(0, 2) == "\xFE\xFF") return "utf-16be";
    return utf16_without_bom(bytes);
}

std::string utf16_to_utf8(std::string_view bytes, const std::string& encoding) {
    Charset cs{encoding, encoding, false};
    return to_utf8(bytes, cs);
}

Charset choose_charset(std::string_view bytes, std::string_view http_charset) {
    Charset out;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        out.encoding = out.declared = "utf-8";
        return out;
    }
    if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
        out.encoding = out.declared = bytes[0] == '\xFF' ? "utf-16le" : "utf-16be";
        return out;
    }
    std::string declared =
        !http_charset.empty() ? std::string(http_charset) : declared_meta_charset(bytes);
    out.declared = lower_ascii(trim(declared));
    if (std::string utf16 = utf16_without_bom(bytes); !utf16.empty()) {
        out.encoding = utf16;
        out.fallback = !out.declared.empty() && !is_utf16(normalize_charset_label(declared));
        return out;
    }
    std::string label = normalize_charset_label(declared);
    // Bytes that are not UTF-16 cannot be read as UTF-16: as the HTML standard says of a <meta>
    // declaring it, they are UTF-8 (a page converted to UTF-8 that kept its old declaration).
    if (is_utf16(label)) label = "utf-8";
    bool utf8_ok = is_valid_utf8(bytes);
    bool usable = !label.empty() && iconv_knows(label);
    out.fallback = !label.empty() && !usable;
    if (usable) {
        out.encoding = label;
    } else if (utf8_ok) {
        out.encoding = "utf-8";
    } else {
        // As browsers do with a page that says nothing they can use: guess from the bytes.
        // to_utf8 falls back to windows-1252 when the guess does not fit them.
        out.detected = true;
        std::string guess = normalize_charset_label(detect_charset(bytes));
        bool fits = !guess.empty() && !is_utf16(guess) && iconv_knows(guess);
        out.encoding = fits ? guess : "windows-1252";
    }
    return out;
}

}  // namespace forum
