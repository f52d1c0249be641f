#include "searcher/query.hpp"

#include <optional>
#include <stdexcept>

#include "common/core/text.hpp"
#include "common/schema/fields.hpp"
#include "common/schema/schema.hpp"
#include "searcher/date_range.hpp"

namespace forum {
namespace {

// Boolean filters are stored lower-cased; the parser hands values over as typed.
class FilterField : public Xapian::FieldProcessor {
public:
    FilterField(std::string field, std::string_view prefix, std::vector<FieldUse>* log)
        : field_(std::move(field)), prefix_(prefix), log_(log) {}
    Xapian::Query operator()(const std::string& value) override {
        std::string term = schema::boolean_term(prefix_, value);
        log_->push_back({field_, value, "term " + term});
        return Xapian::Query(term);
    }

private:
    std::string field_;
    std::string prefix_;
    std::vector<FieldUse>* log_;
};

// A field processor that cannot read its value says so in *error and matches nothing; the
// builder throws once the parser is done (an exception thrown through Xapian's parser leaks).
void fail(std::string* error, const std::string& message) {
    if (error->empty()) *error = message;
}

// in:first: the one value the field has (the special field of the field table).
class InField : public Xapian::FieldProcessor {
public:
    InField(std::string field, std::string_view prefix, std::vector<FieldUse>* log,
            std::string* error)
        : field_(std::move(field)), prefix_(prefix), log_(log), error_(error) {}
    Xapian::Query operator()(const std::string& value) override {
        if (utf8_lower(value) != schema::kInFirst) {
            fail(error_, "unknown " + field_ + ":" + value + " (in:first is known)");
            return Xapian::Query::MatchNothing;
        }
        std::string term = schema::boolean_term(prefix_, schema::kInFirst);
        log_->push_back({field_, value, "term " + term + " (thread-starting posts)"});
        return Xapian::Query(term);
    }

private:
    std::string field_;
    std::string prefix_;
    std::vector<FieldUse>* log_;
    std::string* error_;
};

// The date field's value slot (YYYYMMDD days).
Xapian::valueno day_slot() {
    static const Xapian::valueno slot = schema::find_field("date")->slot;
    return slot;
}

Xapian::Query day_range_query(const DayRange& r) {
    if (r.from.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, day_slot(), r.to);
    if (r.to.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, day_slot(), r.from);
    return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, day_slot(), r.from, r.to);
}

std::string describe(const DayRange& r) {
    auto day = [](const std::string& d) {
        return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
    };
    return "post date " + (r.from.empty() ? std::string("…") : day(r.from)) + " to " +
           (r.to.empty() ? std::string("…") : day(r.to)) + " (UTC, inclusive)";
}

class DateField : public Xapian::FieldProcessor {
public:
    DateField(std::string field, std::int64_t now, std::vector<FieldUse>* log, std::string* error)
        : field_(std::move(field)), now_(now), log_(log), error_(error) {}
    Xapian::Query operator()(const std::string& value) override {
        try {
            DayRange r = parse_date_range(value, now_);
            log_->push_back({field_, value, describe(r)});
            return day_range_query(r);
        } catch (const DateError& e) {
            fail(error_, std::string(e.what()) + " in " + field_ + ":" + value);
            return Xapian::Query::MatchNothing;
        }
    }

private:
    std::string field_;
    std::int64_t now_;
    std::vector<FieldUse>* log_;
    std::string* error_;
};

// Every spelling of a field (its name, then its aliases).
std::vector<std::string_view> spellings(const schema::Field& f) {
    std::vector<std::string_view> out = {f.name};
    out.insert(out.end(), f.aliases.begin(), f.aliases.end());
    return out;
}

// Xapian's field names are word characters only: user-title: is read as user_title: (see
// schema::parser_name), and the parser's corrected query spelled back as the user wrote it.
std::string spell_fields(const std::string& text, bool back) {
    std::string out = text;
    for (const schema::Field& field : schema::fields()) {
        for (std::string_view spelling : spellings(field)) {
            std::string user = std::string(spelling) + ":";
            std::string parser = schema::parser_name(spelling) + ":";
            if (user == parser) continue;
            const std::string& from = back ? parser : user;
            const std::string& to = back ? user : parser;
            for (size_t at = out.find(from); at != std::string::npos;
                 at = out.find(from, at + to.size())) {
                bool token_start = at == 0 || std::string_view(" \t(+-").find(out[at - 1]) !=
                                                  std::string_view::npos;
                if (token_start) out.replace(at, from.size(), to);
            }
        }
    }
    return out;
}

constexpr unsigned kFlags = Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
                            Xapian::QueryParser::FLAG_PURE_NOT |
                            Xapian::QueryParser::FLAG_CJK_NGRAM;

// A query of negations only (`-in:first`, `-a -b`) is one Xapian's parser cannot read ("can't just
// hate"); it then silently parses the text again without any syntax, so `-summit` became
// `summit`. Parsed behind this placeholder, the negations have something to be subtracted from;
// the placeholder then becomes "every post". A wildcard, so that it cannot be mistaken for a
// word of the query, and never matches since it is always replaced.
constexpr std::string_view kEverything = "Xforumsearcheverything*";

bool is_everything(const Xapian::Query& q) {
    return q.get_type() == Xapian::Query::OP_WILDCARD &&
           q.get_description() == "Query(WILDCARD SYNONYM xforumsearcheverything)";
}

// `q` with the placeholder, which the parser put first, replaced by every post when it is what a
// negation subtracts from (its parent is AND_NOT); nothing when the query has positive parts, or
// when its shape is one this cannot rebuild.
std::optional<Xapian::Query> with_everything(const Xapian::Query& q) {
    if (q.get_num_subqueries() == 0) return std::nullopt;
    Xapian::Query first = q.get_subquery(0);
    std::optional<Xapian::Query> rebuilt;
    if (is_everything(first)) {
        if (q.get_type() != Xapian::Query::OP_AND_NOT) return std::nullopt;
        rebuilt = Xapian::Query::MatchAll;
    } else {
        rebuilt = with_everything(first);
        if (!rebuilt) return std::nullopt;
    }
    switch (q.get_type()) {
        case Xapian::Query::OP_AND:
        case Xapian::Query::OP_OR:
        case Xapian::Query::OP_AND_NOT:
        case Xapian::Query::OP_XOR:
        case Xapian::Query::OP_AND_MAYBE:
        case Xapian::Query::OP_FILTER:
            break;
        default:
            return std::nullopt;  // an operator with parameters the Query API does not give back
    }
    std::vector<Xapian::Query> subqueries = {*rebuilt};
    for (size_t i = 1; i < q.get_num_subqueries(); ++i)
        subqueries.push_back(q.get_subquery(i));
    return Xapian::Query(q.get_type(), subqueries.begin(), subqueries.end());
}

std::string count_limit_message(const char* what, size_t n, size_t limit) {
    return "query too long: " + std::to_string(n) + " " + what + " (at most " +
           std::to_string(limit) + ")";
}

}  // namespace

QueryBuilder::QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer,
                           std::int64_t now)
    : stemmer_(stemmer), now_(now) {
    parser_.set_database(db);
    parser_.set_stemmer(stemmer_);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_AND);
    for (const schema::Field& field : schema::fields()) {
        // Spellings of one field are one group: by: and poster: are ORed, as two poster: are.
        std::string group(field.prefix);
        for (std::string_view spelling : spellings(field)) {
            std::string name = schema::parser_name(spelling);
            std::string user(spelling);
            switch (field.kind) {
                case schema::FieldKind::kText:
                    parser_.add_prefix(name, std::string(field.prefix));
                    break;
                case schema::FieldKind::kFilter:
                    parser_.add_boolean_prefix(
                        name, (new FilterField(user, field.prefix, &fields_))->release(), &group);
                    break;
                case schema::FieldKind::kSpecial:
                    // Each special field reads its value its own way; in: is the one so far.
                    if (field.prefix != schema::kIn)
                        throw std::logic_error("no reader for " + user);
                    parser_.add_boolean_prefix(
                        name, (new InField(user, field.prefix, &fields_, &error_))->release());
                    break;
                case schema::FieldKind::kDate:
                    parser_.add_boolean_prefix(
                        name, (new DateField(user, now_, &fields_, &error_))->release());
                    break;
                case schema::FieldKind::kValue:
                    break;  // facets only
            }
        }
    }
}

Xapian::Query QueryBuilder::parse(const std::string& text) {
    fields_.clear();
    error_.clear();
    if (trim(text).empty()) return Xapian::Query::MatchAll;
    if (text.size() > kMaxQueryBytes) {
        throw Xapian::QueryParserError(count_limit_message("bytes", text.size(), kMaxQueryBytes));
    }
    std::string spelled = spell_fields(text, false);
    std::optional<Xapian::Query> q;
    if (spelled.find('-') != std::string::npos) {
        try {
            q = with_everything(
                parser_.parse_query(std::string(kEverything) + " " + spelled, kFlags));
        } catch (const Xapian::QueryParserError&) {
            // The text alone gives the parser's own message below.
        }
    }
    bool from_everything = q.has_value();
    if (!q) {
        fields_.clear();
        error_.clear();
        q = parser_.parse_query(spelled, kFlags);
    }
    if (!error_.empty()) throw Xapian::QueryParserError(error_);
    // Xapian's matcher takes time quadratic in the number of terms of an OR when they are absent
    // from the index (10,000 took 6 s); a bound keeps every query fast.
    size_t terms = q->get_length() - (from_everything ? 1 : 0);  // not "every post"
    if (terms > kMaxQueryTerms) {
        throw Xapian::QueryParserError(count_limit_message("terms", terms, kMaxQueryTerms));
    }
    return *q;
}

std::string QueryBuilder::spelling_suggestion(const std::string& text) {
    if (trim(text).empty()) return {};
    error_.clear();
    parser_.parse_query(spell_fields(text, false),
                        kFlags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
    return spell_fields(parser_.get_corrected_query_string(), true);
}

Xapian::Query QueryBuilder::date_filter(const std::string& since, const std::string& until) {
    try {
        DayRange r;
        if (!since.empty()) r.from = parse_date_range(since, now_).from;
        if (!until.empty()) {
            DayRange u = parse_date_range(until, now_);
            r.to = !u.to.empty() ? u.to : u.from;  // --until 7d: up to that day
        }
        if (r.from.empty() && r.to.empty()) return Xapian::Query::MatchAll;
        if (!r.from.empty() && !r.to.empty() && r.from > r.to) {
            throw DateError("--since " + since + " is after --until " + until);
        }
        fields_.push_back({"--since/--until", since + ".." + until, describe(r)});
        return day_range_query(r);
    } catch (const DateError& e) {
        throw Xapian::QueryParserError(e.what());
    }
}

}  // namespace forum
