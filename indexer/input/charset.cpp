#include "indexer/input/charset.hpp"

#include <iconv.h>

#include <cerrno>
#include <memory>
#include <optional>

#include "common/core/text.hpp"

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

bool iconv_knows(const std::string& encoding) {
    if (!plausible_label(encoding)) return false;
    iconv_t cd = iconv_open("UTF-8", encoding.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    iconv_close(cd);
    return true;
}

// windows-1252 0x80-0x9F; the five undefined bytes become U+FFFD.
constexpr unsigned kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

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

// Strict conversion with iconv; nothing when the bytes are not in that charset.
std::optional<std::string> iconv_to_utf8(std::string_view bytes, const std::string& from) {
    iconv_t cd = iconv_open("UTF-8", from.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::unique_ptr<void, int (*)(iconv_t)> closer(cd, iconv_close);
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    size_t in_left = bytes.size();
    size_t done = 0;
    while (in_left > 0) {
        char* o = out.data() + done;
        size_t o_left = out.size() - done;
        size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
        done = out.size() - o_left;
        if (rc != static_cast<size_t>(-1)) break;
        if (errno != E2BIG) return std::nullopt;  // EILSEQ, EINVAL: not this charset
        out.resize(out.size() * 2);
    }
    out.resize(done);
    // glibc writes code points past U+10FFFF (from UCS-4, say) as the old 5- and 6-byte forms.
    if (!is_valid_utf8(out)) return std::nullopt;
    return out;
}

}  // namespace

std::string to_utf8(std::string_view bytes, Charset& charset) {
    if (charset.encoding == "utf-8") {
        std::string_view text = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
        if (is_valid_utf8(text)) return std::string(text);
    } else if (charset.encoding == "windows-1252") {
        return cp1252_to_utf8(bytes);
    } else if (is_utf16(charset.encoding)) {
        bool big_endian = charset.encoding == "utf-16be";
        bool bom = bytes.substr(0, 2) == (big_endian ? "\xFE\xFF" : "\xFF\xFE");
        return decode_utf16(bom ? bytes.substr(2) : bytes, big_endian);
    } else if (auto converted = iconv_to_utf8(bytes, charset.encoding)) {
        return *converted;
    }
    charset.fallback = true;
    if (is_valid_utf8(bytes)) {
        charset.encoding = "utf-8";
        return std::string(bytes);
    }
    charset.encoding = "windows-1252";
    return cp1252_to_utf8(bytes);
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
    if (label.empty()) {
        out.encoding = utf8_ok ? "utf-8" : "windows-1252";
        out.fallback = !utf8_ok;
    } else if (label == "utf-8" && !utf8_ok) {
        out.encoding = "windows-1252";  // a page saved in a legacy charset that claims UTF-8
        out.fallback = true;
    } else if (!iconv_knows(label)) {
        out.encoding = utf8_ok ? "utf-8" : "windows-1252";
        out.fallback = true;
    } else {
        out.encoding = label;
    }
    return out;
}

}  // namespace forum
