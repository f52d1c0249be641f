// --facet specs, and the values a spec keeps.

#include "searcher/facet.hpp"

#include <gtest/gtest.h>

#include "common/schema/schema.hpp"

namespace forum {
namespace {

TEST(FacetSpec, FieldCountAllPeriod) {
    FacetSpec plain = parse_facet_spec("poster");
    EXPECT_EQ(plain.name, "poster");
    EXPECT_FALSE(plain.top);
    EXPECT_FALSE(plain.all);
    EXPECT_EQ(parse_facet_spec("poster:20").top, 20u);
    EXPECT_TRUE(parse_facet_spec("poster:all").all);
    FacetSpec months = parse_facet_spec("month:period:12");
    EXPECT_TRUE(months.by_period);
    EXPECT_EQ(months.top, 12u);
    EXPECT_TRUE(parse_facet_spec("year:period").by_period);
    for (const char* bad : {"colour", "poster:0", "poster:x", "poster:", "poster:period",
                            "poster:-3", "year:period:"}) {
        EXPECT_THROW(parse_facet_spec(bad), Xapian::QueryParserError) << bad;
    }
}

class FacetCounts : public ::testing::Test {
protected:
    void SetUp() override {
        Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
        // Months 2023-01..2023-05 with 1, 5, 2, 5, 3 posts.
        const std::vector<std::pair<std::string, int>> months = {
            {"2023-01", 1}, {"2023-02", 5}, {"2023-03", 2}, {"2023-04", 5}, {"2023-05", 3}};
        for (const auto& [month, n] : months) {
            for (int i = 0; i < n; ++i) {
                Xapian::Document doc;
                doc.add_value(schema::kMonth, month);
                doc.add_boolean_term("Xall");
                db.add_document(doc);
            }
        }
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query("Xall"));
        enquire.add_matchspy(&spy_);
        enquire.get_mset(0, 0, db.get_doccount());
    }
    std::vector<std::string> values(const Facet& f) {
        std::vector<std::string> out;
        for (const auto& v : f.values)
            out.push_back(v.value + "=" + std::to_string(v.count));
        return out;
    }
    Xapian::ValueCountMatchSpy spy_{schema::kMonth};
};

TEST_F(FacetCounts, MostPostsFirstTiesAlphabetical) {
    Facet all = facet_counts(parse_facet_spec("month"), spy_, 0);
    EXPECT_EQ(values(all), (std::vector<std::string>{"2023-02=5", "2023-04=5", "2023-05=3",
                                                     "2023-03=2", "2023-01=1"}));
    EXPECT_EQ(all.others, 0u);
    Facet top = facet_counts(parse_facet_spec("month:2"), spy_, 0);
    EXPECT_EQ(values(top), (std::vector<std::string>{"2023-02=5", "2023-04=5"}));
    EXPECT_EQ(top.others, 3u);
    // The caller's default applies when the spec names no count; :all overrides it.
    EXPECT_EQ(facet_counts(parse_facet_spec("month"), spy_, 3).values.size(), 3u);
    EXPECT_EQ(facet_counts(parse_facet_spec("month:all"), spy_, 3).values.size(), 5u);
    EXPECT_EQ(facet_counts(parse_facet_spec("month:4"), spy_, 3).values.size(), 4u);
}

TEST_F(FacetCounts, ByPeriodOldestFirstTheLatestKept) {
    Facet timeline = facet_counts(parse_facet_spec("month:period"), spy_, 0);
    EXPECT_EQ(values(timeline), (std::vector<std::string>{"2023-01=1", "2023-02=5", "2023-03=2",
                                                          "2023-04=5", "2023-05=3"}));
    EXPECT_TRUE(timeline.by_period);
    Facet latest = facet_counts(parse_facet_spec("month:period:2"), spy_, 0);
    EXPECT_EQ(values(latest), (std::vector<std::string>{"2023-04=5", "2023-05=3"}));
    EXPECT_EQ(latest.others, 3u);
}

}  // namespace
}  // namespace forum
