#pragma once
// Names as people type them: "Đặng Văn Minh903", "dang van minh903" and "DANG VAN MINH903" are
// one name. Folding lower-cases, takes diacritics off (é → e, ặ → a) and writes Latin letters
// that have no decomposition as ASCII (Đ → d, ø → o, ß → ss), by ICU's transliterator
// "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower". Other scripts keep their letters,
// less their marks (й → и, ё → е). The indexer stores each name folded beside the exact one, and
// the searcher folds what is typed the same way.

#include <string>
#include <string_view>

namespace forum {

// `name` folded; text that is not UTF-8 is folded as far as ICU reads it (bad bytes become
// U+FFFD). Thread-safe.
std::string fold_name(std::string_view name);

}  // namespace forum
