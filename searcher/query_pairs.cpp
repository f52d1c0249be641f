#include "searcher/query_pairs.hpp"

#include <string>
#include <vector>

#include "common/schema/schema.hpp"
#include "common/schema/word_pairs.hpp"

namespace forum {
namespace {

// The Query API gives no phrase's window back; its description does: "(a@1 PHRASE 2 b@2)". A
// phrase whose window is its length is exact; "a ADJ/3 b" is a wider phrase, where the words
// need not stand next to each other.
bool is_exact_phrase(const Xapian::Query& q) {
    if (q.get_type() != Xapian::Query::OP_PHRASE) return false;
    std::string marker = " PHRASE " + std::to_string(q.get_num_subqueries()) + " ";
    return q.get_description().find(marker) != std::string::npos;
}

// The phrase's words, if they are all plain words of the text (not a field's, not a wildcard).
std::vector<std::string> phrase_words(const Xapian::Query& phrase) {
    std::vector<std::string> words;
    for (size_t i = 0; i < phrase.get_num_subqueries(); ++i) {
        Xapian::Query sub = phrase.get_subquery(i);
        if (sub.get_type() != Xapian::Query::LEAF_TERM) return {};
        std::string term = *sub.get_terms_begin();
        if (!schema::is_unprefixed_term(term)) return {};
        words.push_back(std::move(term));
    }
    return words;
}

Xapian::Query phrase_with_pairs(const Xapian::Query& phrase) {
    std::vector<std::string> words = phrase_words(phrase);
    std::vector<Xapian::Query> pairs;
    for (size_t i = 1; i < words.size(); ++i) {
        if (schema::is_common_word(words[i - 1]) && schema::is_common_word(words[i]))
            pairs.emplace_back(schema::word_pair_term(words[i - 1], words[i]));
    }
    if (pairs.empty()) return phrase;
    if (words.size() == 2) {
        // The pair is the phrase: its words' weights without a position check. (A phrase weighs
        // what the AND of its words weighs; Xapian adds no weight of its own for the phrase.)
        Xapian::Query words_and(Xapian::Query::OP_AND, phrase.get_subquery(0),
                                phrase.get_subquery(1));
        return Xapian::Query(Xapian::Query::OP_FILTER, words_and, pairs.front());
    }
    return Xapian::Query(Xapian::Query::OP_FILTER, phrase,
                         Xapian::Query(Xapian::Query::OP_AND, pairs.begin(), pairs.end()));
}

bool has_phrase(const Xapian::Query& q) {
    if (q.get_type() == Xapian::Query::OP_PHRASE) return true;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        if (has_phrase(q.get_subquery(i))) return true;
    return false;
}

}  // namespace

Xapian::Query with_word_pairs(const Xapian::Query& q) {
    if (!has_phrase(q)) return q;
    if (is_exact_phrase(q)) return phrase_with_pairs(q);
    switch (q.get_type()) {
        // Operators with no parameter but their subqueries: rebuilt from them. Any other keeps
        // its phrases as they are (slower, never different).
        case Xapian::Query::OP_AND:
        case Xapian::Query::OP_OR:
        case Xapian::Query::OP_AND_NOT:
        case Xapian::Query::OP_XOR:
        case Xapian::Query::OP_AND_MAYBE:
        case Xapian::Query::OP_FILTER:
        case Xapian::Query::OP_SYNONYM:
        case Xapian::Query::OP_MAX:
            break;
        default:
            return q;
    }
    std::vector<Xapian::Query> subqueries;
    for (size_t i = 0; i < q.get_num_subqueries(); ++i)
        subqueries.push_back(with_word_pairs(q.get_subquery(i)));
    return Xapian::Query(q.get_type(), subqueries.begin(), subqueries.end());
}

bool has_word_pairs(const Xapian::Database& db) {
    Xapian::doccount posts = db.get_doccount();
    return posts > 0 && db.get_termfreq(std::string(schema::kWordPairsMarker)) == posts;
}

}  // namespace forum
