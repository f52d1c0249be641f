#pragma once

#include <cstdint>
#include <optional>

#include <libxml/tree.h>

#include "indexer/html/page.hpp"

namespace forum {

// The instant a <time>-like element stands for, from the most exact source it offers: an epoch
// attribute (data-timestamp, data-time, data-datestamp; seconds or milliseconds), then
// datetime (ISO 8601), then a title, then its visible text (read in the page's zone).
std::optional<std::int64_t> element_time(const Page& page, const xmlNode* el);

}  // namespace forum
