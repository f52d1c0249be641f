// An engine that reaches for the command line: must not compile.
#include <CLI/CLI.hpp>

#include "indexer/extract/engine.hpp"
