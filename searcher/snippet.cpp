#include "searcher/snippet.hpp"

namespace forum {
namespace {

// Markers that cannot occur in post text (control characters are never extracted).
constexpr char kStart = '\x01';
constexpr char kEnd = '\x02';

}  // namespace

Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, size_t length,
                     const Xapian::Stem& stemmer) {
    // A snippet is one line: line and paragraph breaks become one space.
    std::string flat;
    flat.reserve(text.size());
    for (char c : text) {
        if (c != '\n') {
            flat += c;
        } else if (!flat.empty() && flat.back() != ' ') {
            flat += ' ';
        }
    }
    std::string html =
        mset.snippet(flat, length, stemmer,
                     Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE |
                         Xapian::MSet::SNIPPET_CJK_NGRAM,
                     std::string(1, kStart), std::string(1, kEnd), "…");
    // Undo the HTML escaping snippet() applies, and record where the markers were.
    Snippet out;
    out.text.reserve(html.size());
    size_t open = 0;
    for (size_t i = 0; i < html.size(); ++i) {
        char c = html[i];
        if (c == kStart) {
            open = out.text.size();
        } else if (c == kEnd) {
            out.highlights.emplace_back(open, out.text.size());
        } else if (c == '&') {
            static const std::pair<const char*, char> kEntities[] = {
                {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}};
            bool matched = false;
            for (const auto& [entity, ch] : kEntities) {
                size_t n = std::char_traits<char>::length(entity);
                if (html.compare(i, n, entity) == 0) {
                    out.text += ch;
                    i += n - 1;
                    matched = true;
                    break;
                }
            }
            if (!matched) out.text += c;
        } else {
            out.text += c;
        }
    }
    return out;
}

std::string mark(const Snippet& s, const std::string& start, const std::string& end) {
    std::string out;
    size_t pos = 0;
    for (const auto& [b, e] : s.highlights) {
        out.append(s.text, pos, b - pos);
        out += start;
        out.append(s.text, b, e - b);
        out += end;
        pos = e;
    }
    out.append(s.text, pos, std::string::npos);
    return out;
}

}  // namespace forum
