#include "searcher/http/html.hpp"

#include <algorithm>
#include <cctype>

namespace forum::http {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string url_encode(std::string_view text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
            out += static_cast<char>(c);
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

std::string query_string(const std::vector<std::pair<std::string, std::string>>& params) {
    std::string out;
    for (const auto& [name, value] : params) {
        if (value.empty()) continue;
        out += out.empty() ? "?" : "&";
        out += url_encode(name) + "=" + url_encode(value);
    }
    return out;
}

bool linkable(std::string_view url) {
    auto starts = [&](std::string_view prefix) {
        return url.size() > prefix.size() &&
               std::equal(prefix.begin(), prefix.end(), url.begin(), [](char a, char b) {
                   return a == std::tolower(static_cast<unsigned char>(b));
               });
    };
    return starts("http://") || starts("https://");
}

std::string snippet_html(const Snippet& snippet) {
    std::string out;
    size_t at = 0;
    for (auto [begin, end] : snippet.highlights) {
        if (begin < at || end > snippet.text.size() || begin > end) continue;
        out += escape(std::string_view(snippet.text).substr(at, begin - at));
        out += "<mark>" + escape(std::string_view(snippet.text).substr(begin, end - begin)) +
               "</mark>";
        at = end;
    }
    out += escape(std::string_view(snippet.text).substr(at));
    return out;
}

}  // namespace forum::http
