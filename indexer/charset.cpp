#include "indexer/charset.hpp"

#include <libxml/encoding.h>

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

bool iconv_knows(const std::string& encoding) {
    xmlCharEncodingHandler* handler = xmlFindCharEncodingHandler(encoding.c_str());
    if (!handler) return false;
    xmlCharEncCloseFunc(handler);  // iconv-backed handlers are allocated per lookup
    return true;
}

}  // namespace

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
