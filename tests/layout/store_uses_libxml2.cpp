// The store reading markup: must not compile (it knows posts, not pages).
#include <libxml/tree.h>

#include "indexer/store/document.hpp"
