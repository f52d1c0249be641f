#pragma once
// The text of a field as engines read it: an element's visible text, ids after a prefix, the
// text between two markers; a blank field is null, never "".

#include <optional>
#include <string>
#include <string_view>

#include <libxml/tree.h>

namespace forum {

// Null for an empty string: a field the page leaves blank is not shown.
std::optional<std::string> non_empty(std::string s);

// The element's visible text (whitespace collapsed), or null when it has none or is absent.
std::optional<std::string> field_text(const xmlNode* el);

// The digits right after `prefix` in `value` ("post_595784", "post_" → "595784"); null when
// `value` does not start with `prefix` or no digit follows.
std::optional<std::string> digits_after(std::string_view value, std::string_view prefix);

// The text between the first `from` and the next `to` (or the end), trimmed; null when `from`
// is absent. ("Last edited by X on DATE, edited 1 time", " on ", ", edited" → "DATE").
std::optional<std::string> text_between(std::string_view text, std::string_view from,
                                        std::string_view to);

}  // namespace forum
