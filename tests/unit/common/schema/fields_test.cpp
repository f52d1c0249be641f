// The field table end to end: every row, walked here, is indexed from a post and found again by a
// query on that field (each spelling), and a facet row counts the post's value. A new row is
// tested by adding the field's value to sample_post().

#include "common/schema/fields.hpp"

#include <map>
#include <set>

#include <gtest/gtest.h>

#include "indexer/store/document.hpp"
#include "searcher/match.hpp"
#include "searcher/query.hpp"

namespace forum {
namespace {

// A post with every field the table reads set, to a value no other post has.
Post sample_post() {
    Post p;
    p.post_id = "14856201";
    p.position = 1;
    p.poster = "Pinterest Mom";
    p.user_title = "Elite Member";
    p.country = "United States";
    p.location = "Seattle, WA";
    p.forum = "China & Far East";
    p.site = "defence.pk";
    p.thread_id = "745123";
    p.thread_title = "Stabilize Relations";
    p.date = 1696129500;  // 2023-10-01T03:05:00Z
    p.text = "Running shoes";
    p.quotes = {{"beijingwalker", "paper tiger"}, {"Jürgen Müller", "trilateral summit"}};
    p.lang = "de";
    return p;
}

// A post with none of them: a reply with words only.
Post bare_post() {
    Post p;
    p.position = 2;
    p.text = "Running shoes";
    return p;
}

class FieldTable : public ::testing::Test {
protected:
    void SetUp() override {
        Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
        auto terms = make_term_generator(Xapian::Stem("english"));
        sample_ = db.add_document(make_document(sample_post(), terms));
        db.add_document(make_document(bare_post(), terms));
        index_ = SearchIndex{db, Xapian::Stem("english")};
    }

    std::set<Xapian::docid> matches(const std::string& query, QueryBuilder& builder) {
        Xapian::Enquire enquire(index_.db);
        enquire.set_query(builder.parse(query));
        Xapian::MSet mset = enquire.get_mset(0, 10);
        std::set<Xapian::docid> out;
        for (auto it = mset.begin(); it != mset.end(); ++it)
            out.insert(*it);
        return out;
    }

    SearchIndex index_;
    Xapian::docid sample_ = 0;
};

std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

// How a value is written after FIELD: in a query of that kind.
std::string query_value(const schema::Field& f, const std::string& value) {
    if (f.kind == schema::FieldKind::kSpecial || f.kind == schema::FieldKind::kDate) return value;
    return "\"" + value + "\"";
}

TEST_F(FieldTable, EveryFieldFindsThePostThatHasIt) {
    for (const schema::Field& f : schema::fields()) {
        SCOPED_TRACE(std::string(f.name));
        std::vector<std::string> values = f.values(sample_post());
        ASSERT_FALSE(values.empty()) << "give sample_post() a value for this field";
        EXPECT_TRUE(f.values(bare_post()).empty());
        if (f.kind == schema::FieldKind::kValue) continue;  // facets only: see below
        for (const schema::Spelling& spelling : schema::spellings()) {
            if (spelling.field != &f) continue;
            EXPECT_EQ(schema::find_field(spelling.name), &f);
            if (spelling.bound != schema::DateBound::kWithin) continue;  // before:, after: below
            // Names are case-insensitive: each spelling as typed and in capitals.
            for (std::string typed : {std::string(spelling.name), upper(spelling.name)}) {
                for (const std::string& value : values) {
                    std::string query = typed + ":" + query_value(f, value);
                    SCOPED_TRACE(query);
                    QueryBuilder builder(index_.db, index_.stemmer, 0);
                    EXPECT_EQ(matches(query, builder), std::set<Xapian::docid>{sample_});
                    // explain names the field, as typed and as the table has it
                    ASSERT_EQ(builder.fields().size(), 1u);
                    EXPECT_EQ(builder.fields()[0].field, f.name);
                    EXPECT_EQ(builder.fields()[0].typed, typed);
                    EXPECT_FALSE(builder.fields()[0].meaning.empty());
                }
            }
        }
    }
}

// The sample post is of 2023-10-01: before: is strictly before a date's first day, after: on or
// after it, so after:A before:B is the half-open [A, B).
TEST_F(FieldTable, BeforeAndAfterBoundTheDateField) {
    const std::set<Xapian::docid> sample = {sample_}, none;
    const std::pair<std::string, std::set<Xapian::docid>> cases[] = {
        {"before:2023-10-01", none},
        {"before:2023-10-02", sample},
        {"after:2023-10-01", sample},
        {"after:2023-10-02", none},
        {"before:2023-10", none},
        {"after:2023-10", sample},
        {"after:2023-09 before:2023-10", none},
        {"after:2023-10 before:2023-11", sample},
        {"After:2023 Before:2024", sample},
        {"before:2023", none},
    };
    for (const auto& [query, expected] : cases) {
        SCOPED_TRACE(query);
        QueryBuilder builder(index_.db, index_.stemmer, 0);
        EXPECT_EQ(matches(query, builder), expected);
    }
    QueryBuilder builder(index_.db, index_.stemmer, 0);
    EXPECT_THROW(builder.parse("before:2023-01..2023-02"), Xapian::QueryParserError);
    EXPECT_THROW(builder.parse("after:nonsense"), Xapian::QueryParserError);
}

// sample_post() gives each member a value of its own, so a row reading another row's member
// (a copy-paste slip the round trip above cannot see) shows as two rows with the same values.
TEST(FieldValues, EachRowReadsAMemberOfItsOwn) {
    std::map<std::vector<std::string>, std::string_view> seen;
    for (const schema::Field& f : schema::fields()) {
        auto [it, inserted] = seen.emplace(f.values(sample_post()), f.name);
        EXPECT_TRUE(inserted) << f.name << " reads what " << it->second << " reads";
    }
}

TEST_F(FieldTable, EveryFacetCountsThePostsValue) {
    ASSERT_FALSE(schema::facet_fields().empty());
    for (const schema::Field* f : schema::facet_fields()) {
        SCOPED_TRACE(std::string(f->name));
        EXPECT_EQ(schema::find_facet(f->name), f);
        SearchRequest request;
        request.facets = {std::string(f->name)};
        request.suggest = false;
        SearchResult result = search(index_, request);
        ASSERT_EQ(result.facets.size(), 1u);
        std::vector<std::string> values = f->values(sample_post());
        ASSERT_EQ(result.facets[0].values.size(), values.size());
        for (size_t i = 0; i < values.size(); ++i) {
            EXPECT_EQ(result.facets[0].values[i].value, values[i]);  // as the page shows it
            EXPECT_EQ(result.facets[0].values[i].count, 1u);
        }
    }
}

TEST(FieldNames, SpellingsPrefixesAndSlotsAreUniqueAndReadableByXapian) {
    std::set<std::string> seen, prefixes;
    std::set<Xapian::valueno> slots;
    for (const schema::Field& f : schema::fields()) {
        if (!f.prefix.empty()) {
            EXPECT_TRUE(prefixes.insert(std::string(f.prefix)).second) << f.name;
        }
        if (f.slot != Xapian::BAD_VALUENO) {
            EXPECT_TRUE(slots.insert(f.slot).second) << f.name;
        }
        if (!f.folded_prefix.empty()) {
            EXPECT_TRUE(prefixes.insert(std::string(f.folded_prefix)).second) << f.name;
        }
    }
    for (const schema::Spelling& s : schema::spellings()) {
        EXPECT_TRUE(seen.insert(std::string(s.name)).second) << s.name;
        for (char c : schema::parser_name(s.name)) {
            EXPECT_TRUE(std::islower(static_cast<unsigned char>(c)) || c == '_') << s.name;
        }
    }
    EXPECT_EQ(schema::parser_name("user-title"), "user_title");
    EXPECT_EQ(schema::find_field("nope"), nullptr);
    EXPECT_EQ(schema::find_field("Poster"), schema::find_field("poster"));
    EXPECT_EQ(schema::find_field("AUTHOR"), schema::find_field("poster"));
    EXPECT_EQ(schema::find_field("User-Title"), schema::find_field("user-title"));
    EXPECT_EQ(schema::nearest_spelling("postr").name, "poster");
    EXPECT_EQ(schema::nearest_spelling("Countyr").name, "country");
    EXPECT_EQ(schema::nearest_spelling("befor").name, "before");
    EXPECT_EQ(schema::find_field("year"), nullptr);  // a facet, not a query field
    EXPECT_EQ(schema::find_facet("location"), nullptr);
}

}  // namespace
}  // namespace forum
