#include "searcher/query_stems.hpp"

#include <algorithm>
#include <optional>

#include "common/schema/stemming.hpp"
#include "searcher/query_tree.hpp"

namespace forum {
namespace {

// Never in a word: the parser hands the stemmer words of letters, digits and joiners.
constexpr char kMark = '\x01';

class MarkingStemmer : public Xapian::StemImplementation {
public:
    std::string operator()(const std::string& word) override { return kMark + word; }
    std::string get_description() const override { return "forum-search: each language"; }
};

bool has_marked_term(const Xapian::Query& q) {
    for (auto it = q.get_terms_begin(); it != q.get_terms_end(); ++it)
        if ((*it).find(kMark) != std::string::npos) return true;
    return false;
}

struct Stemmers {
    std::vector<Xapian::Stem> each;
};

// "Z" + prefix + mark + word → the word's stems under that prefix.
Xapian::Query stems_of(const std::string& marked, const Stemmers& stemmers) {
    size_t mark = marked.find(kMark);
    std::string prefix = marked.substr(1, mark - 1);  // without the "Z" of stemmed terms
    std::string word = marked.substr(mark + 1);
    std::vector<std::string> terms;
    for (const Xapian::Stem& stem : stemmers.each) {
        std::string term = "Z" + prefix + stem(word);
        if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(term);
    }
    if (terms.size() == 1) return Xapian::Query(terms.front());
    return Xapian::Query(Xapian::Query::OP_SYNONYM, terms.begin(), terms.end());
}

Xapian::Query rewrite(const Xapian::Query& q, const Stemmers& stemmers) {
    if (!has_marked_term(q)) return q;
    if (q.get_type() == Xapian::Query::LEAF_TERM) return stems_of(*q.get_terms_begin(), stemmers);
    std::optional<Xapian::Query> each =
        with_each_subquery(q, [&](const Xapian::Query& sub) { return rewrite(sub, stemmers); });
    if (!each)
        throw Xapian::QueryParserError("cannot stem " + q.get_description() +
                                       " in each of the index's languages");
    return *each;
}

}  // namespace

// Xapian::Stem holds its implementation in a reference-counted pointer and deletes it with the
// last Stem (StemImplementation has no release() in 1.4, so no other way to hand it over).
Xapian::Stem marking_stemmer() { return Xapian::Stem(new MarkingStemmer); }

Xapian::Query stemmed_in_each(const Xapian::Query& query,
                              const std::vector<std::string>& languages) {
    Stemmers stemmers;
    for (const std::string& code : languages)
        stemmers.each.push_back(schema::stemmer_of(code));
    return rewrite(query, stemmers);
}

}  // namespace forum
