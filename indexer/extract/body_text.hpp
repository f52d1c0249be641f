#pragma once
// The words of a post body as a reader sees them, with quotes taken out and kept apart.
// Shared by every engine: an engine says which elements are quotes, where a quote's author and
// text are, and what to drop (ads, "Click to expand...", signatures); this does the rest.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

#include "common/core/post.hpp"
#include "indexer/html/page.hpp"

namespace forum {

struct BodyRules {
    std::vector<std::string_view> drop;  // selectors (inside the body) of elements to leave out
    bool (*drop_if)(const xmlNode*) = nullptr;  // also leave out elements this says yes to
    std::string_view quote;                     // selector of a quote block
    std::string_view quote_content;  // selector, inside a quote, of its text; "" = the block
    // The quoted author; null when the quote names none.
    std::optional<std::string> (*quote_author)(const Page&, xmlNode* quote) = nullptr;
};

struct Body {
    std::string text;
    std::vector<Quote> quotes;  // in page order; a nested quote is its own entry
};

// Block elements and <br> separate words; paragraphs become blank lines, other blocks line breaks;
// scripts, styles and dropped elements are left out.
Body read_body(const Page& page, xmlNode* body, const BodyRules& rules);

// "catman said:" → "catman"; also "wrote:", "написал(а):", "schrieb:", "a écrit :", "escribió:",
// "Originally Posted by NAME", "Quote from: NAME", "NAME posted:". Empty when nothing is left.
std::string strip_attribution(std::string_view text);

}  // namespace forum
