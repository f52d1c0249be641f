#include "searcher/snippet.hpp"

#include <algorithm>
#include <vector>

namespace forum {
namespace {

// Markers that cannot occur in post text (control characters are never extracted).
constexpr char kStart = '\x01';
constexpr char kEnd = '\x02';
constexpr std::string_view kOmit = "…";

std::string one_line(std::string_view text) {
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
    return flat;
}

Snippet passage(const Xapian::MSet& mset, const std::string& text, size_t length,
                const Xapian::Stem& stemmer, unsigned extra_flags) {
    // No SNIPPET_BACKGROUND_MODEL: it looks up every word of the text in the index (most of a
    // query's time, issue 16) to score words the query does not hold; the passage is chosen by
    // the query's own matches, weighted as the ranking weighs them, which is what a reader
    // looks for (bench/RESULTS-fts5.md shows snippets before and after).
    std::string html = mset.snippet(
        one_line(text), length, stemmer,
        Xapian::MSet::SNIPPET_EXHAUSTIVE | Xapian::MSet::SNIPPET_CJK_NGRAM | extra_flags,
        std::string(1, kStart), std::string(1, kEnd), std::string(kOmit));
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

}  // namespace

Snippet make_snippet(const Xapian::MSet& mset, const std::string& text, size_t length,
                     const Xapian::Stem& stemmer, unsigned fragments) {
    if (fragments <= 1 || text.size() <= length) return passage(mset, text, length, stemmer, 0);
    // The paragraphs that hold matches, each cut to its best part, the most matches first.
    struct Part {
        size_t order;
        Snippet snippet;
    };
    std::vector<Part> parts;
    size_t order = 0;
    for (size_t begin = 0; begin < text.size();) {
        size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        if (end > begin) {
            Snippet s = passage(mset, text.substr(begin, end - begin), length / fragments, stemmer,
                                Xapian::MSet::SNIPPET_EMPTY_WITHOUT_MATCH);
            if (!s.highlights.empty()) parts.push_back({order++, std::move(s)});
        }
        begin = end + 1;
    }
    if (parts.size() <= 1) return passage(mset, text, length, stemmer, 0);
    std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) {
        return a.snippet.highlights.size() > b.snippet.highlights.size();
    });
    parts.resize(std::min<size_t>(parts.size(), fragments));
    std::sort(parts.begin(), parts.end(),
              [](const Part& a, const Part& b) { return a.order < b.order; });
    Snippet out;
    for (const Part& p : parts) {
        // Xapian marks a cut passage with "…" at either end; one "…" between passages is enough.
        std::string_view text = p.snippet.text;
        size_t cut = text.starts_with(kOmit) ? kOmit.size() : 0;
        text.remove_prefix(cut);
        if (text.ends_with(kOmit)) text.remove_suffix(kOmit.size());
        if (!out.text.empty()) {
            out.text += " … ";
        } else if (cut) {
            out.text += kOmit;
        }
        size_t base = out.text.size();
        out.text += text;
        for (const auto& [b, e] : p.snippet.highlights) {
            if (b >= cut && e - cut <= text.size())
                out.highlights.emplace_back(base + b - cut, base + e - cut);
        }
    }
    if (parts.back().snippet.text.ends_with(kOmit)) out.text += kOmit;
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
