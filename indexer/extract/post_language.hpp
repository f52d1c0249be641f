#pragma once
// The language of each post of a page, detected with CLD2 (Debian libcld2-dev) from the poster's
// own words. CLD2 says when a text is too short or too mixed to tell ("+1", a link, a smiley):
// such a post takes the language of its page (all its posts' words together, the thread's
// majority on that page), and a page that cannot be told either takes `fallback`.

#include <string>
#include <vector>

#include "common/core/post.hpp"

namespace forum {

// Sets `lang` of every post to an ISO 639-1 code ("en", "ru"). A non-empty `override_code`
// (forum-index --lang) is set on every post without detecting anything.
void assign_languages(std::vector<Post>& posts, const std::string& override_code,
                      const std::string& fallback = "en");

// The language CLD2 reads in `text`; "" when it cannot tell reliably.
std::string detect_language(const std::string& text);

}  // namespace forum
