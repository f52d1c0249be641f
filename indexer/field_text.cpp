#include "indexer/field_text.hpp"

#include "common/text.hpp"

namespace forum {
namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string_view path_of(std::string_view url) {
    url = url.substr(0, url.find_first_of("?#"));
    if (!url.empty() && url.back() == '/') url.remove_suffix(1);
    return url;
}

}  // namespace

std::optional<std::string> non_empty(std::string s) {
    if (s.empty()) return std::nullopt;
    return s;
}

std::optional<std::string> field_text(const xmlNode* el) {
    if (!el) return std::nullopt;
    return non_empty(text_of(el));
}

std::optional<std::string> absolute_url(const Page& page, std::string_view href) {
    if (trim(href).empty()) return std::nullopt;
    std::string url = page.resolve(href);
    if (url.find("://") == std::string::npos) return std::nullopt;
    return url;
}

std::optional<std::string> id_after(std::string_view value, std::string_view prefix) {
    value = trim(value);
    if (!value.starts_with(prefix)) return std::nullopt;
    std::string_view id = value.substr(prefix.size());
    if (!all_digits(id)) return std::nullopt;
    return std::string(id);
}

std::optional<std::string> query_param(std::string_view url, std::string_view name) {
    url = url.substr(0, url.find('#'));
    size_t q = url.find('?');
    if (q == std::string_view::npos) return std::nullopt;
    std::string_view rest = url.substr(q + 1);
    while (!rest.empty()) {
        size_t end = rest.find_first_of("&;");
        std::string_view part = rest.substr(0, end);
        if (part.starts_with("amp;")) part.remove_prefix(4);
        size_t eq = part.find('=');
        if (eq != std::string_view::npos && part.substr(0, eq) == name && eq + 1 < part.size())
            return std::string(part.substr(eq + 1));
        if (end == std::string_view::npos) break;
        rest = rest.substr(end + 1);
    }
    return std::nullopt;
}

std::optional<int> path_page(std::string_view url, std::string_view marker) {
    std::string_view path = path_of(url);
    size_t at = path.rfind(marker);
    if (at == std::string_view::npos) return std::nullopt;
    std::string_view n = path.substr(at + marker.size());
    if (!n.empty() && n[0] == '-') n.remove_prefix(1);
    if (!all_digits(n) || n.size() > 6) return std::nullopt;
    return std::stoi(std::string(n));
}

std::optional<std::string> slug_id(std::string_view url, std::string_view marker) {
    size_t at = url.find(marker);
    if (at == std::string_view::npos) return std::nullopt;
    std::string_view rest = url.substr(at + marker.size());
    rest = rest.substr(0, rest.find_first_of("/?#"));
    size_t dot = rest.rfind('.');
    return id_after(dot == std::string_view::npos ? rest : rest.substr(dot + 1), "");
}

std::string drop_page(std::string_view url, std::string_view param, std::string_view marker) {
    std::string out(url.substr(0, url.find('#')));
    if (path_page(out, marker)) {
        size_t q = out.find('?');
        std::string query = q == std::string::npos ? "" : out.substr(q);
        std::string path(path_of(out));
        path.erase(path.rfind(marker));
        out = path + query;
    }
    size_t q = out.find('?');
    if (q == std::string::npos || param.empty()) return out;
    std::string kept;
    std::string_view rest = std::string_view(out).substr(q + 1);
    while (!rest.empty()) {
        size_t end = rest.find('&');
        std::string_view part = rest.substr(0, end);
        std::string_view key = part.starts_with("amp;") ? part.substr(4) : part;
        if (key.substr(0, key.find('=')) != param) {
            if (!kept.empty()) kept += '&';
            kept += key;
        }
        if (end == std::string_view::npos) break;
        rest = rest.substr(end + 1);
    }
    return out.substr(0, q) + (kept.empty() ? "" : "?" + kept);
}

}  // namespace forum
