#pragma once
// URLs as people read them: the percent escapes of non-ASCII characters decoded, so that a
// Cyrillic thread URL prints as its words and not as 300 characters of %D0%BE. Text output shows
// this form; JSON keeps the URL exactly as the page gave it. `show` and `thread` accept both.

#include <string>
#include <string_view>

namespace forum {

// Decodes each run of %XX escapes that spells valid UTF-8 characters of two bytes or more. Escapes
// of ASCII bytes (%20, %2F, %3F, %25...) and runs that are not valid UTF-8 stay as they are, so
// the result names the same resource and never gains a space, a delimiter or a control byte.
std::string display_url(std::string_view url);

}  // namespace forum
