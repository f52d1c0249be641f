#include "searcher/query_pairs.hpp"

#include <optional>
#include <string>
#include <vector>

#include "common/schema/schema.hpp"
#include "common/schema/word_pairs.hpp"
#include "searcher/query_tree.hpp"

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

// The phrase with its adjacent common pairs as a filter; nothing when it has none.
std::optional<Xapian::Query> phrase_with_pairs(const Xapian::Query& phrase) {
    std::vector<std::string> words = phrase_words(phrase);
    std::vector<Xapian::Query> pairs;
    for (size_t i = 1; i < words.size(); ++i) {
        if (schema::is_common_word(words[i - 1]) && schema::is_common_word(words[i]))
            pairs.emplace_back(schema::word_pair_term(words[i - 1], words[i]));
    }
    if (pairs.empty()) return std::nullopt;
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

}  // namespace

std::optional<Xapian::Query> with_word_pairs(const Xapian::Query& q) {
    if (is_exact_phrase(q)) return phrase_with_pairs(q);
    // Under an operator with parameters a phrase is left as it is (slower, never different).
    bool paired = false;
    std::optional<Xapian::Query> each = with_each_subquery(q, [&](const Xapian::Query& sub) {
        std::optional<Xapian::Query> with_pairs = with_word_pairs(sub);
        paired = paired || with_pairs.has_value();
        return with_pairs.value_or(sub);
    });
    if (!paired) return std::nullopt;
    return each;
}

bool has_word_pairs(const Xapian::Database& db) {
    Xapian::doccount posts = db.get_doccount();
    return posts > 0 && db.get_termfreq(std::string(schema::kWordPairsMarker)) == posts;
}

}  // namespace forum
