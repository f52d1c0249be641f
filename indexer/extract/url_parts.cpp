#include "indexer/extract/url_parts.hpp"

#include "common/core/text.hpp"

namespace forum {
namespace {

// [begin, end) of each parameter of the query part (without the fragment).
template <typename Visit>
void each_param(std::string_view url, Visit&& visit) {
    size_t q = url.find('?');
    if (q == std::string_view::npos) return;
    size_t end = url.find('#', q);
    if (end == std::string_view::npos) end = url.size();
    size_t at = q + 1;
    while (at <= end) {
        size_t next = url.find_first_of("&;#", at);
        if (next == std::string_view::npos || next > end) next = end;
        visit(at, next);
        at = next + 1;
    }
}

bool all_digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

std::string_view path_of(std::string_view url) {
    url = url.substr(0, url.find_first_of("?#"));
    if (!url.empty() && url.back() == '/') url.remove_suffix(1);
    return url;
}

}  // namespace

std::optional<std::string> url_param(std::string_view url, std::string_view name) {
    std::optional<std::string> found;
    each_param(url, [&](size_t b, size_t e) {
        std::string_view p = url.substr(b, e - b);
        if (!found && p.size() > name.size() && p.substr(0, name.size()) == name &&
            p[name.size()] == '=')
            found = std::string(p.substr(name.size() + 1));
    });
    return found;
}

std::string without_param(std::string_view url, std::string_view name) {
    std::string out(url);
    size_t cut_b = 0, cut_e = 0;
    each_param(url, [&](size_t b, size_t e) {
        std::string_view p = url.substr(b, e - b);
        if (cut_e == 0 && p.substr(0, name.size()) == name &&
            (p.size() == name.size() || p[name.size()] == '=')) {
            cut_b = b;
            cut_e = e;
        }
    });
    if (cut_e == 0) return out;
    // Take the separator after the parameter, else the one before it.
    if (cut_e < url.size() && (url[cut_e] == '&' || url[cut_e] == ';')) {
        ++cut_e;
    } else {
        --cut_b;
    }
    out.erase(cut_b, cut_e - cut_b);
    return out;
}

std::optional<std::string> absolute_url(const Page& page, std::string_view href) {
    if (trim(href).empty()) return std::nullopt;
    std::string url = page.resolve(href);
    if (url.find("://") == std::string::npos) return std::nullopt;
    return url;
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
    std::string_view id = dot == std::string_view::npos ? rest : rest.substr(dot + 1);
    if (!all_digits(id)) return std::nullopt;
    return std::string(id);
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
    return param.empty() ? out : without_param(out, param);
}

}  // namespace forum
