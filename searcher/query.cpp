#include "searcher/query.hpp"

#include <optional>
#include <stdexcept>

#include "common/core/dates.hpp"
#include "common/core/name_folding.hpp"
#include "common/core/text.hpp"
#include "common/schema/fields.hpp"
#include "common/schema/schema.hpp"
#include "searcher/date_range.hpp"
#include "searcher/field_names.hpp"
#include "searcher/query_stems.hpp"
#include "searcher/query_tree.hpp"

namespace forum {
namespace {

// What a field's value became, on the entry of `log` (one per NAME:VALUE of the query, in query
// order, from searcher/field_names.hpp) that the parser reached next for that spelling.
void record(std::vector<FieldUse>* log, std::string_view spelling, const std::string& value,
            std::string meaning) {
    for (FieldUse& use : *log) {
        if (use.meaning.empty() && iequals_ascii(use.typed, spelling)) {
            use.value = value;
            use.meaning = std::move(meaning);
            return;
        }
    }
    const schema::Field* f = schema::find_field(spelling);
    log->push_back(
        {std::string(f ? f->name : spelling), std::string(spelling), value, std::move(meaning)});
}

// A field processor that cannot read its value says so in *error and matches nothing; the
// builder throws once the parser is done (an exception thrown through Xapian's parser leaks).
void fail(std::string* error, const std::string& message) {
    if (error->empty()) *error = message;
}

// Boolean filters are stored lower-cased; the parser hands values over as typed. A name field
// (one with folded terms) matches the name folded, and NAME* matches the names it starts.
class FilterField : public Xapian::FieldProcessor {
public:
    FilterField(std::string spelling, const schema::Field& field, bool folded,
                std::vector<FieldUse>* log, std::vector<NameFilter>* names)
        : spelling_(std::move(spelling)),
          field_(field),
          folded_(folded),
          log_(log),
          names_(names) {}
    Xapian::Query operator()(const std::string& value) override {
        if (field_.folded_prefix.empty()) {
            std::string term = schema::boolean_term(field_.prefix, value);
            record(log_, spelling_, value, "term " + term);
            return Xapian::Query(term);
        }
        bool prefix = value.ends_with('*');
        std::string name = prefix ? value.substr(0, value.size() - 1) : value;
        std::string term = folded_ ? schema::boolean_term(field_.folded_prefix, fold_name(name))
                                   : schema::boolean_term(field_.prefix, name);
        Xapian::Query q =
            prefix ? Xapian::Query(Xapian::Query::OP_WILDCARD, term) : Xapian::Query(term);
        std::string meaning = (prefix ? "terms starting " : "term ") + term;
        meaning += folded_ ? " (the name folded: any case, no diacritics)"
                           : " (exact name: this index was built before names were folded; "
                             "forum-index updates it)";
        record(log_, spelling_, value, std::move(meaning));
        names_->push_back({&field_, spelling_, value, q, folded_});
        return q;
    }

private:
    std::string spelling_;
    const schema::Field& field_;
    bool folded_;
    std::vector<FieldUse>* log_;
    std::vector<NameFilter>* names_;
};

// in:first: the one value the field has (the special field of the field table).
class InField : public Xapian::FieldProcessor {
public:
    InField(std::string spelling, std::string_view prefix, std::vector<FieldUse>* log,
            std::string* error)
        : spelling_(std::move(spelling)), prefix_(prefix), log_(log), error_(error) {}
    Xapian::Query operator()(const std::string& value) override {
        if (utf8_lower(value) != schema::kInFirst) {
            fail(error_, "unknown " + spelling_ + ":" + value + " (in:first is known)");
            return Xapian::Query::MatchNothing;
        }
        std::string term = schema::boolean_term(prefix_, schema::kInFirst);
        record(log_, spelling_, value, "term " + term + " (thread-starting posts)");
        return Xapian::Query(term);
    }

private:
    std::string spelling_;
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

// The day before a YYYYMMDD day.
std::string day_before(const std::string& day) {
    CivilTime t;
    t.year = std::stoi(day.substr(0, 4));
    t.month = std::stoi(day.substr(4, 2));
    t.day = std::stoi(day.substr(6, 2));
    return format_date_compact(to_epoch(t) - 86400);
}

// date:D (D's days), before:D (the days before D's first) and after:D (from D's first on).
class DateField : public Xapian::FieldProcessor {
public:
    DateField(std::string spelling, schema::DateBound bound, std::int64_t now,
              std::vector<FieldUse>* log, std::string* error)
        : spelling_(std::move(spelling)), bound_(bound), now_(now), log_(log), error_(error) {}
    Xapian::Query operator()(const std::string& value) override {
        try {
            DayRange r = parse_date_range(value, now_);
            if (bound_ != schema::DateBound::kWithin) {
                if (value.find("..") != std::string::npos) {
                    throw DateError(spelling_ + ": takes one date, not a range (date:A..B does)");
                }
                if (bound_ == schema::DateBound::kBefore) r = {"", day_before(r.from)};
                if (bound_ == schema::DateBound::kAfter) r.to.clear();
            }
            record(log_, spelling_, value, describe(r));
            return day_range_query(r);
        } catch (const DateError& e) {
            fail(error_, std::string(e.what()) + " in " + spelling_ + ":" + value);
            return Xapian::Query::MatchNothing;
        }
    }

private:
    std::string spelling_;
    schema::DateBound bound_;
    std::int64_t now_;
    std::vector<FieldUse>* log_;
    std::string* error_;
};

// An explain entry per NAME:VALUE of the query, in query order; the field processors fill in
// what filters became, and free-text fields say so here (the parser reads them itself).
std::vector<FieldUse> field_uses(const FieldNames& names) {
    std::vector<FieldUse> out;
    for (const FieldToken& t : names.fields) {
        const schema::Field& f = *t.spelling->field;
        std::string meaning;
        if (f.kind == schema::FieldKind::kText) {
            meaning = "words under prefix " + std::string(f.prefix) + " (" + std::string(f.name) +
                      " text, stemmed)";
        }
        out.push_back({std::string(f.name), t.typed, t.value, meaning});
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
    std::optional<Xapian::Query> head;
    if (is_everything(first)) {
        if (q.get_type() != Xapian::Query::OP_AND_NOT) return std::nullopt;
        head = Xapian::Query::MatchAll;
    } else {
        head = with_everything(first);
        if (!head) return std::nullopt;
    }
    std::vector<Xapian::Query> subqueries = {*head};
    for (size_t i = 1; i < q.get_num_subqueries(); ++i)
        subqueries.push_back(q.get_subquery(i));
    return rebuilt(q, subqueries);
}

// Whether the index was built with schema `version` or later (folded names: 3; languages: 4). A
// new, empty index (or one built in memory by tests) has no version: the newest.
bool schema_at_least(const std::string& stored, int version) {
    if (stored.empty()) return true;
    try {
        return std::stoi(stored) >= version;
    } catch (const std::exception&) {
        return true;
    }
}

std::string count_limit_message(const char* what, size_t n, size_t limit) {
    return "query too long: " + std::to_string(n) + " " + what + " (at most " +
           std::to_string(limit) + ")";
}

}  // namespace

QueryBuilder::QueryBuilder(const Xapian::Database& db, const Xapian::Stem& stemmer,
                           std::int64_t now, const std::vector<std::string>& languages)
    : stemmer_(stemmer), languages_(languages), now_(now) {
    std::string version = db.get_metadata(std::string(schema::kMetaSchema));
    has_languages_ = schema_at_least(version, schema::kLanguagesVersion);
    folded_names_ = schema_at_least(version, schema::kFoldedNamesVersion);
    parser_.set_database(db);
    parser_.set_stemmer(languages_.size() > 1 ? marking_stemmer() : stemmer_);
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    parser_.set_default_op(Xapian::Query::OP_AND);
    for (const schema::Spelling& spelling : schema::spellings()) {
        const schema::Field& field = *spelling.field;
        // Spellings of one field are one group: by: and poster: are ORed, as two poster: are.
        std::string group(field.prefix);
        std::string name = schema::parser_name(spelling.name);
        std::string user(spelling.name);
        switch (field.kind) {
            case schema::FieldKind::kText:
                parser_.add_prefix(name, std::string(field.prefix));
                break;
            case schema::FieldKind::kFilter:
                parser_.add_boolean_prefix(
                    name,
                    (new FilterField(user, field, folded_names_, &fields_, &names_))->release(),
                    &group);
                break;
            case schema::FieldKind::kSpecial:
                // Each special field reads its value its own way; in: is the one so far.
                if (field.prefix != schema::kIn) throw std::logic_error("no reader for " + user);
                parser_.add_boolean_prefix(
                    name, (new InField(user, field.prefix, &fields_, &error_))->release());
                break;
            case schema::FieldKind::kDate:
                parser_.add_boolean_prefix(
                    name,
                    (new DateField(user, spelling.bound, now_, &fields_, &error_))->release());
                break;
            case schema::FieldKind::kValue:
                break;  // facets only
        }
    }
}

Xapian::Query QueryBuilder::parse(const std::string& text) {
    fields_.clear();
    names_.clear();
    error_.clear();
    if (trim(text).empty()) return Xapian::Query::MatchAll;
    if (text.size() > kMaxQueryBytes) {
        throw Xapian::QueryParserError(count_limit_message("bytes", text.size(), kMaxQueryBytes));
    }
    FieldNames field_names = read_field_names(text);
    const std::string& spelled = field_names.text;
    fields_ = field_uses(field_names);
    for (const FieldToken& t : field_names.fields) {
        if (!has_languages_ && t.spelling->field->prefix == schema::kLang) {
            throw Xapian::QueryParserError(
                t.typed +
                ": needs an index with languages; this one was built before them: run "
                "forum-index again to bring it up to date");
        }
    }
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
        fields_ = field_uses(field_names);
        names_.clear();
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
    if (languages_.size() > 1) return stemmed_in_each(*q, languages_);
    return *q;
}

std::string QueryBuilder::spelling_suggestion(const std::string& text) {
    if (trim(text).empty()) return {};
    error_.clear();
    std::vector<FieldUse> fields = fields_;  // explain's, kept from parse()
    std::vector<NameFilter> names = names_;
    parser_.parse_query(read_field_names(text).text,
                        kFlags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
    fields_ = std::move(fields);
    names_ = std::move(names);
    return user_field_names(parser_.get_corrected_query_string());
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
        fields_.push_back(
            {"--since/--until", "--since/--until", since + ".." + until, describe(r)});
        return day_range_query(r);
    } catch (const DateError& e) {
        throw Xapian::QueryParserError(e.what());
    }
}

}  // namespace forum
