// An engine as engines are written: the Engine interface and the readers engines share. Builds.
#include "indexer/extract/body_text.hpp"
#include "indexer/extract/engine.hpp"

namespace forum {

bool probe_detect(const Page& page) { return page.first(page.root(), "div.probe") != nullptr; }

}  // namespace forum
