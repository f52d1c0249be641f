
#include "common/core/text.hpp"
#include "indexer/html/page.hpp"

namespace forum {

std::optional<std::string> non_empty(std::string s) {
    if (s.empty()) return std::nullopt;
    return s;
}

std::optional<std::string> field_text(const xmlNode* el) {
    if (!el) return std::nullopt;
    return non_empty(text_of(el));
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

}  // namespace forum
