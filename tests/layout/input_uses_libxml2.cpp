// The input stage parsing markup: must not compile (pages are parsed in indexer/html/).
#include <libxml/HTMLparser.h>

#include "indexer/input/raw_page.hpp"
