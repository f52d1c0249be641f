#include "common/core/numbers.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(ParseCount, ThousandsSeparatorsAndSigns) {
    EXPECT_EQ(parse_count("65,191"), 65191);
    EXPECT_EQ(parse_count("-55"), -55);
    EXPECT_EQ(parse_count("\xE2\x88\x92"
                          "55"),
              -55);  // U+2212 MINUS SIGN
    EXPECT_EQ(parse_count("1 207"), 1207);
    EXPECT_EQ(parse_count("1\xC2\xA0"
                          "207"),
              1207);  // NBSP
    EXPECT_EQ(parse_count("1.207.001"), 1207001);
    EXPECT_EQ(parse_count(" 14 "), 14);
    EXPECT_EQ(parse_count("0"), 0);
    EXPECT_EQ(parse_count("+3"), 3);
}

TEST(ParseCount, Abbreviations) {
    EXPECT_EQ(parse_count("12.5K"), 12500);
    EXPECT_EQ(parse_count("3k"), 3000);
    EXPECT_EQ(parse_count("1.2M"), 1200000);
    EXPECT_EQ(parse_count("3,4 тыс."), 3400);
}

TEST(ParseCount, RejectsText) {
    for (const char* bad : {"", "n/a", "12 posts", "-", "abc", "1234567890123456789"}) {
        EXPECT_FALSE(parse_count(bad)) << bad;
    }
}

}  // namespace
}  // namespace forum
