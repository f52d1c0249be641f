#include "indexer/engines/phpbb_markup.hpp"
#include "indexer/extract/url_parts.hpp"

namespace forum {

std::optional<std::string> phpbb_topic_id(const Page& page, xmlNode* title) {
    if (auto id = url_param(page.url(), "t")) return id;
    if (xmlNode* link = page.first(title, "a[href]")) {
        if (auto id = url_param(attr(link, "href"), "t")) return id;
    }
    if (xmlNode* form = page.first("form[name=viewtopic], form#viewtopic"))
        return url_param(attr(form, "action"), "t");
    return std::nullopt;
}

}  // namespace forum
