#include "common/core/text.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(Text, CollapseWhitespace) {
    EXPECT_EQ(collapse_whitespace("  a \t\n b\xC2\xA0\xC2\xA0"
                                  "c  "),
              "a b c");
    EXPECT_EQ(collapse_whitespace(""), "");
}

TEST(Text, Utf8Lower) {
    EXPECT_EQ(utf8_lower("Pinterest Mom"), "pinterest mom");
    EXPECT_EQ(utf8_lower("ĐẶNG VĂN MINH"), "đặng văn minh");
    EXPECT_EQ(utf8_lower("ИЮЛЬ"), "июль");
}

TEST(Text, ValidUtf8) {
    EXPECT_TRUE(is_valid_utf8("plain"));
    EXPECT_TRUE(is_valid_utf8("서울사람 €"));
    EXPECT_FALSE(is_valid_utf8("caf\xE9"));       // latin-1 é
    EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));      // overlong
    EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));  // surrogate
    EXPECT_FALSE(is_valid_utf8("\xE2\x82"));      // cut short
}

}  // namespace
}  // namespace forum
