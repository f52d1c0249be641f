#pragma once
// What engines read from URLs: query parameters, page numbers at the end of a path ("/page3"),
// XenForo slug ids, a thread's first page, hrefs made absolute.

#include <optional>
#include <string>
#include <string_view>

#include "indexer/html/page.hpp"

namespace forum {

// The value of query parameter `name` in a URL ("t" in "viewtopic.php?f=1&t=5&start=20" → "5");
// `;`-separated parameters (SMF) count too. Null when absent or empty.
std::optional<std::string> url_param(std::string_view url, std::string_view name);

// The URL without query parameter `name` (for a thread's first page: drop "start=", "page=").
std::string without_param(std::string_view url, std::string_view name);

// The href resolved against the page; null when empty or when the page gives no base to make
// it absolute (a saved file without a URL of its own).
std::optional<std::string> absolute_url(const Page& page, std::string_view href);

// The number ending the URL's path after `marker` ("/page3" or "/page-3" with marker "/page"),
// ignoring a query and a trailing '/'. Null when the path does not end that way.
std::optional<int> path_page(std::string_view url, std::string_view marker);

// XenForo's ".../threads/slug.745123/page-2" → "745123" (the digits after the segment's last '.',
// or the whole segment when it has none); null when the URL has no such segment.
std::optional<std::string> slug_id(std::string_view url, std::string_view marker);

// The URL without its query parameter `param` and without a trailing "/pageN" or "/page-N" path
// segment (and without the '/' before it): the thread's first page.
std::string drop_page(std::string_view url, std::string_view param, std::string_view marker);

}  // namespace forum
