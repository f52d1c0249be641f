// An engine that reaches for Xapian: must not compile.
#include <xapian.h>

#include "indexer/extract/engine.hpp"
