#pragma once
// What the phpBB styles (prosilver and subsilver2) share.

#include <optional>
#include <string>

#include <libxml/tree.h>

#include "indexer/html/page.hpp"

namespace forum {

// The topic id ("t="): from the page's URL, else the topic title's link, else the "Display posts
// from previous" form every topic page has (pages saved with SEO-rewritten links keep t= there).
std::optional<std::string> phpbb_topic_id(const Page& page, xmlNode* title);

}  // namespace forum
