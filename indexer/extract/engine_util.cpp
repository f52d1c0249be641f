#include "indexer/extract/engine_util.hpp"

#include "common/core/text.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/user_extras.hpp"

namespace forum {

std::optional<std::string> non_empty(std::string s) {
    if (s.empty()) return std::nullopt;
    return s;
}

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

std::optional<std::string> digits_after(std::string_view value, std::string_view prefix) {
    if (value.substr(0, prefix.size()) != prefix) return std::nullopt;
    std::string_view rest = value.substr(prefix.size());
    size_t n = 0;
    while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9')
        ++n;
    if (n == 0) return std::nullopt;
    return std::string(rest.substr(0, n));
}

std::optional<std::string> text_between(std::string_view text, std::string_view from,
                                        std::string_view to) {
    size_t at = text.find(from);
    if (at == std::string_view::npos) return std::nullopt;
    std::string_view rest = text.substr(at + from.size());
    size_t end = to.empty() ? std::string_view::npos : rest.find(to);
    if (end != std::string_view::npos) rest = rest.substr(0, end);
    return non_empty(collapse_whitespace(rest));
}

void apply_labelled_lines(const Page& page, Post& post, xmlNode* block) {
    if (!block) return;
    std::string text = read_body(page, block, {}).text;
    size_t start = 0;
    while (start < text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string::npos) nl = text.size();
        std::string_view line = std::string_view(text).substr(start, nl - start);
        size_t colon = line.find(':');
        if (colon != std::string_view::npos)
            apply_user_extra(post, line.substr(0, colon), line.substr(colon + 1), page.dates());
        start = nl + 1;
    }
}

}  // namespace forum
