#include "indexer/charset.hpp"

#include <iconv.h>

#include <cerrno>
#include <memory>
#include <optional>

#include "common/text.hpp"

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
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
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
    return out;
}

}  // namespace

std::string to_utf8(std::string_view bytes, Charset& charset) {
    if (charset.encoding == "utf-8") {
        std::string_view text = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? bytes.substr(3) : bytes;
        if (is_valid_utf8(text)) return std::string(text);
    } else if (charset.encoding == "windows-1252") {
        return cp1252_to_utf8(bytes);
    } else if (auto converted =
                   iconv_to_utf8(charset.encoding.starts_with("utf-16") ? bytes.substr(2) : bytes,
                                 charset.encoding)) {
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
    std::string label = normalize_charset_label(declared);
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
