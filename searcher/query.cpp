#include "searcher/query.hpp"

#include "common/schema.hpp"
#include "common/text.hpp"

namespace forum {
namespace {

// Boolean filters are stored lower-cased; the parser hands values over as typed.
class FilterField : public Xapian::FieldProcessor {
public:
    explicit FilterField(std::string_view prefix) : prefix_(prefix) {}
    Xapian::Query operator()(const std::string& value) override {
        return Xapian::Query(schema::boolean_term(prefix_, value));
    }

private:
    std::string prefix_;
};

constexpr unsigned kFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                            Xapian::QueryParser::FLAG_PURE_NOT |
                            Xapian::QueryParser::FLAG_CJK_NGRAM;

}  // namespace

QueryBuilder::QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer)
    : stemmer_(stemmer) {
    parser_.set_database(db);
    parser_.set_stemmer(stemmer_);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_AND);
    parser_.add_prefix("title", std::string(schema::kTitle));
    parser_.add_prefix("quote", std::string(schema::kQuote));
    struct Filter {
        const char* field;
        std::string_view prefix;
    };
    const Filter filters[] = {
        {"poster", schema::kPoster},     {"by", schema::kPoster},   {"country", schema::kCountry},
        {"location", schema::kLocation}, {"forum", schema::kForum}, {"site", schema::kSite},
        {"thread", schema::kThread},
    };
    for (const auto& f : filters) {
        // by: and poster: are one field: two of them are ORed, as two poster: would be.
        std::string group(f.prefix);
        parser_.add_boolean_prefix(f.field, (new FilterField(f.prefix))->release(), &group);
    }
    parser_.add_rangeprocessor(
        (new Xapian::DateRangeProcessor(schema::kDateDay, "date:"))->release());
}

Xapian::Query QueryBuilder::parse(const std::string& text) {
    if (trim(text).empty()) return Xapian::Query::MatchAll;
    return parser_.parse_query(text, kFlags);
}

}  // namespace forum
