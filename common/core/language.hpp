#pragma once
// Languages as the index names them: ISO 639-1 codes ("en", "ru"), the form of a post's `lang`,
// the lang: filter and the index's list of languages. Each code Xapian 1.4 has a stemmer for
// maps to that stemmer's name; other detected languages are kept, their words unstemmed.

#include <string>
#include <string_view>

namespace forum {

// "english" or "en" (any case) → "en"; "" for a name that is neither a code nor a stemmer's name
// in the table (a code of a language without a stemmer, "ja", is returned as it is).
std::string language_code(std::string_view name_or_code);

// The Xapian stemmer's name for a code ("en" → "english"); "" when Xapian has none ("ja").
std::string_view stemmer_name(std::string_view code);

}  // namespace forum
