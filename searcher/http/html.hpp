#pragma once
// Writing HTML safely: every text from a crawled page or a query goes through escape(); URLs
// built here go through query_string(); a page's own URL becomes a link only when it is
// http(s), so a `javascript:` URL in a crawled page shows as text.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "searcher/snippet.hpp"

namespace forum::http {

// & < > " ' as entities: safe in text and in quoted attribute values.
std::string escape(std::string_view text);
// Percent-encoded for a URL (space as +).
std::string url_encode(std::string_view text);
// "?name=value&..." with names and values percent-encoded (UTF-8 bytes), empty values left out.
std::string query_string(const std::vector<std::pair<std::string, std::string>>& params);
// Whether a URL may be an href: http:// or https:// (any case), nothing else.
bool linkable(std::string_view url);
// The snippet escaped, its matches in <mark>.
std::string snippet_html(const Snippet& snippet);

}  // namespace forum::http
