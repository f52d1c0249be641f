#include "common/core/language.hpp"

#include <array>

#include "common/core/text.hpp"

namespace forum {
namespace {

struct Language {
    std::string_view code;
    std::string_view stemmer;
};

// The stemmers of Xapian 1.4 (Xapian::Stem::get_available_languages()) with their ISO codes.
constexpr std::array<Language, 24> kStemmed = {{
    {"ar", "arabic"},    {"hy", "armenian"},   {"eu", "basque"},     {"ca", "catalan"},
    {"da", "danish"},    {"nl", "dutch"},      {"en", "english"},    {"fi", "finnish"},
    {"fr", "french"},    {"de", "german"},     {"hu", "hungarian"},  {"id", "indonesian"},
    {"ga", "irish"},     {"it", "italian"},    {"lt", "lithuanian"}, {"ne", "nepali"},
    {"no", "norwegian"}, {"pt", "portuguese"}, {"ro", "romanian"},   {"ru", "russian"},
    {"es", "spanish"},   {"sv", "swedish"},    {"ta", "tamil"},      {"tr", "turkish"},
}};

bool is_code(std::string_view s) {
    return s.size() >= 2 && s.size() <= 3 &&
           s.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos;
}

}  // namespace

std::string language_code(std::string_view name_or_code) {
    std::string lower = utf8_lower(trim(name_or_code));
    for (const Language& l : kStemmed)
        if (lower == l.code || lower == l.stemmer) return std::string(l.code);
    return is_code(lower) ? lower : std::string();
}

std::string_view stemmer_name(std::string_view code) {
    for (const Language& l : kStemmed)
        if (code == l.code) return l.stemmer;
    return {};
}

}  // namespace forum
