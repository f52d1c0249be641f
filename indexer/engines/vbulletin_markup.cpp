#include "indexer/engines/vbulletin_markup.hpp"

#include <algorithm>

#include "common/core/text.hpp"
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/field_text.hpp"
#include "indexer/extract/url_parts.hpp"

namespace forum {
namespace {

// "9687-Legendary-military-columnist" → "9687".
std::optional<std::string> leading_id(std::string_view segment) {
    auto id = digits_after(segment, "");
    if (!id || segment.size() == id->size() || segment[id->size()] != '-') return std::nullopt;
    return id;
}

}  // namespace

std::optional<std::string> vb_quote_author(const Page& page, const xmlNode* header) {
    if (!header) return std::nullopt;
    if (auto name = field_text(page.first(const_cast<xmlNode*>(header), "strong"))) return name;
    return non_empty(strip_attribution(text_of(header)));
}

std::optional<std::int64_t> vb_edit_time(const Page& page, const xmlNode* note) {
    if (!note) return std::nullopt;
    std::string text = text_of(note);
    // The date follows the editor's name: after "NAME;" (vB) or "this message at" (SA).
    size_t at = text.find("; ");
    if (at != std::string::npos) {
        text.erase(0, at + 2);
    } else if ((at = text.find(" message at ")) != std::string::npos) {
        text.erase(0, at + 12);
    } else {
        return std::nullopt;
    }
    // The note ends with '.', perhaps followed by "Reason: ...".
    text = text.substr(0, text.find(". "));
    if (!text.empty() && text.back() == '.') text.pop_back();
    // "at" and "around" only join date and time; the date parser wants neither.
    std::string joined;
    for (size_t start = 0; start < text.size();) {
        size_t end = std::min(text.find(' ', start), text.size());
        std::string_view word = std::string_view(text).substr(start, end - start);
        if (word != "at" && word != "around") {
            joined += word;
            joined += ' ';
        }
        start = end + 1;
    }
    return parse_visible_time(joined, page.dates());
}

std::optional<std::string> vb_thread_id(std::string_view url) {
    for (std::string_view name : {"t", "threadid"}) {
        if (auto id = url_param(url, name)) {
            if (auto digits = digits_after(*id, "")) return digits;
        }
    }
    std::string_view path = url.substr(0, url.find_first_of("?#"));
    size_t at = path.find("showthread.php/");
    if (at != std::string_view::npos) {
        std::string_view rest = path.substr(at + 15);
        return leading_id(rest.substr(0, rest.find('/')));
    }
    // vB5: the last path segment that is "N-slug" (a "/pageM" may follow it).
    while (!path.empty()) {
        size_t slash = path.rfind('/');
        std::string_view segment = path.substr(slash == std::string_view::npos ? 0 : slash + 1);
        if (auto id = leading_id(segment)) return id;
        if (slash == std::string_view::npos || !segment.starts_with("page")) break;
        path = path.substr(0, slash);
    }
    return std::nullopt;
}

}  // namespace forum
