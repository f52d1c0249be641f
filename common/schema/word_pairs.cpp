#include "common/schema/word_pairs.hpp"

#include <algorithm>

namespace forum::schema {
namespace {

// English function words: the words with the longest posting lists in any English forum, where a
// phrase made only of them ("of the", "and it was") is slowest. Changing the list means a new
// kWordPairsMarker.
constexpr std::string_view kCommonWords[] = {
    "a",     "about", "after",   "all",   "also", "an",   "and",    "any",   "are",  "as",
    "at",    "be",    "because", "been",  "but",  "by",   "can",    "could", "did",  "do",
    "does",  "for",   "from",    "had",   "has",  "have", "he",     "her",   "him",  "his",
    "how",   "i",     "if",      "in",    "into", "is",   "it",     "its",   "just", "may",
    "me",    "more",  "most",    "my",    "no",   "not",  "now",    "of",    "on",   "only",
    "or",    "other", "our",     "out",   "over", "she",  "should", "so",    "some", "such",
    "than",  "that",  "the",     "their", "them", "then", "there",  "these", "they", "this",
    "those", "to",    "up",      "us",    "very", "was",  "we",     "were",  "what", "when",
    "where", "which", "while",   "who",   "why",  "will", "with",   "would", "you",  "your",
};
static_assert(std::ranges::is_sorted(kCommonWords), "kept sorted for binary search");

}  // namespace

bool is_common_word(std::string_view word) {
    return std::ranges::binary_search(kCommonWords, word);
}

std::string word_pair_term(std::string_view first, std::string_view second) {
    std::string term(kWordPair);
    term.append(first);
    term += ' ';
    term.append(second);
    return term;
}

}  // namespace forum::schema
