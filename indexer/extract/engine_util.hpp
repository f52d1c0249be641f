#pragma once
// Small readers that more than one engine needs: URL query parameters, ids after a prefix,
// "Label: value" lines of a poster block, text between two markers.

#include <optional>
#include <string>
#include <string_view>

#include <libxml/tree.h>

#include "common/core/post.hpp"
#include "indexer/html/page.hpp"

namespace forum {

// Null for an empty string: a field the page leaves blank is not shown.
std::optional<std::string> non_empty(std::string s);

// The value of query parameter `name` in a URL ("t" in "viewtopic.php?f=1&t=5&start=20" → "5");
// `;`-separated parameters (SMF) count too. Null when absent or empty.
std::optional<std::string> url_param(std::string_view url, std::string_view name);

// The URL without query parameter `name` (for a thread's first page: drop "start=", "page=").
std::string without_param(std::string_view url, std::string_view name);

// The digits right after `prefix` in `value` ("post_595784", "post_" → "595784"); null when
// `value` does not start with `prefix` or no digit follows.
std::optional<std::string> digits_after(std::string_view value, std::string_view prefix);

// The text between the first `from` and the next `to` (or the end), trimmed; null when `from`
// is absent. ("Last edited by X on DATE, edited 1 time", " on ", ", edited" → "DATE").
std::optional<std::string> text_between(std::string_view text, std::string_view from,
                                        std::string_view to);

// A block of "Label: value" lines (separated by <br> or block elements) applied as user extras.
void apply_labelled_lines(const Page& page, Post& post, xmlNode* block);

}  // namespace forum
