#include "indexer/extract/field_text.hpp"

#include "common/core/text.hpp"
#include "indexer/extract/engine_util.hpp"

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
