#pragma once
// Snippets: Xapian's MSet::snippet picks the passage and marks the matches; this turns its HTML
// output into plain text plus the byte ranges of the matches, so each output format can mark
// them its own way (bold on a terminal, markers, offsets in JSON).

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace forum {

struct Snippet {
    std::string text;
    std::vector<std::pair<size_t, size_t>> highlights;  // [begin, end) byte offsets in text
};

// The best passage of about `length` bytes; with fragments > 1 and a text longer than
// `length`, up to that many passages (paragraphs' best parts, in text order) that hold matches,
// joined by " … ", about `length` bytes in all.
Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, size_t length,
                     const Xapian::Stem& stemmer, unsigned fragments = 1);

// The snippet with each highlight wrapped in the markers.
std::string mark(const Snippet& s, const std::string& start, const std::string& end);

}  // namespace forum
