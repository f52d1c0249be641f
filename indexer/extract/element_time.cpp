#include "indexer/extract/element_time.hpp"

#include <string>

#include "common/core/text.hpp"

namespace forum {
namespace {

std::optional<std::int64_t> epoch_attr(const xmlNode* el, const char* name) {
    std::string v(trim(attr(el, name)));
    if (v.empty() || v.size() > 15) return std::nullopt;
    for (char c : v) {
        if (c < '0' || c > '9') return std::nullopt;  // XenForo 2.2 puts "8:05 AM" in data-time
    }
    std::int64_t n = std::stoll(v);
    return v.size() >= 13 ? n / 1000 : n;  // JavaScript milliseconds
}

}  // namespace

std::optional<std::int64_t> element_time(const Page& page, const xmlNode* el) {
    if (!el) return std::nullopt;
    for (const char* name : {"data-timestamp", "data-time", "data-datestamp"}) {
        if (auto t = epoch_attr(el, name)) return t;
    }
    if (auto t = parse_iso8601(attr(el, "datetime"), page.dates())) return t;
    if (auto t = parse_visible_time(attr(el, "title"), page.dates())) return t;
    return parse_visible_time(text_of(el), page.dates());
}

}  // namespace forum
