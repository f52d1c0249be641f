// A query is at most 65,536 bytes and 1,000 terms: Xapian's matcher takes time quadratic in the
// number of absent terms of an OR, so a longer query is refused at once (exit 2, the limit named)
// instead of running for minutes. Speed itself is measured, not tested.

#include <gtest/gtest.h>

#include "golden.hpp"

namespace e2e {
namespace {

class QueryLimits : public FixtureIndex {};

// "zzq1 OR zzq2 OR ... OR zzqN": N words no post has.
std::string absent_words_ored(int n) {
    std::string q;
    for (int i = 1; i <= n; ++i)
        q += (i > 1 ? " OR zzq" : "zzq") + std::to_string(i);
    return q;
}

TEST_F(QueryLimits, AThousandTermsAreSearched) {
    Result r = search({"--count", absent_words_ored(999) + " OR summit"});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, std::to_string(hit_ids("summit").size()) + "\n");
}

TEST_F(QueryLimits, MoreTermsAreRefusedWithTheLimitNamed) {
    for (const std::string& q : {absent_words_ored(1001), absent_words_ored(3000),
                                 std::string("summit ") + absent_words_ored(1000)}) {
        for (std::vector<std::string> args :
             {std::vector<std::string>{"--count", q}, {q}, {"explain", q}}) {
            Result r = search(args);
            EXPECT_EQ(r.code, 2);
            EXPECT_TRUE(r.out.empty());
            EXPECT_NE(r.err.find("bad query: query too long: "), std::string::npos) << r.err;
            EXPECT_NE(r.err.find(" terms (at most 1000)"), std::string::npos) << r.err;
        }
    }
    // Filters and negations count as terms too.
    std::string posters, negations;
    for (int i = 0; i < 1001; ++i) {
        posters += " poster:zz" + std::to_string(i);
        negations += " -zzq" + std::to_string(i);
    }
    EXPECT_EQ(search({"--count", posters}).code, 2);
    Result r = search({"--count", negations});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("1001 terms"), std::string::npos) << r.err;
}

TEST_F(QueryLimits, LongerTextIsRefusedWithTheLimitNamed) {
    std::string word(65537, 'a');
    Result r = search({"--count", word});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("query too long: 65537 bytes (at most 65536)"), std::string::npos)
        << r.err;
    EXPECT_EQ(search({"--count", std::string(65536 - 7, 'a') + " summit"}).code, 1);
}

}  // namespace
}  // namespace e2e
