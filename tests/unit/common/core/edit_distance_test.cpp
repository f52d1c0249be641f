#include "common/core/edit_distance.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsAndSubstitutions) {
    EXPECT_EQ(edit_distance("", ""), 0u);
    EXPECT_EQ(edit_distance("poster", "poster"), 0u);
    EXPECT_EQ(edit_distance("postr", "poster"), 1u);
    EXPECT_EQ(edit_distance("poster", "postr"), 1u);
    EXPECT_EQ(edit_distance("kitten", "sitting"), 3u);
    EXPECT_EQ(edit_distance("", "abc"), 3u);
}

TEST(EditDistance, TwoLettersSwappedAreOneEdit) {
    EXPECT_EQ(edit_distance("tilte", "title"), 1u);
    EXPECT_EQ(edit_distance("ab", "ba"), 1u);
    EXPECT_EQ(edit_distance("abc", "ca"), 3u);  // optimal string alignment: no edit of a swap
}

TEST(EditDistance, CountsCharactersNotBytes) {
    EXPECT_EQ(edit_distance("müller", "muller"), 1u);  // ü is two bytes, one character
    EXPECT_EQ(edit_distance("đặng", "dang"), 2u);
    EXPECT_EQ(edit_distance("мясо", "мяса"), 1u);
}

TEST(CommonPrefixLength, CountsSharedLeadingCharacters) {
    EXPECT_EQ(common_prefix_length("thudasel47", "thudasel"), 8u);
    EXPECT_EQ(common_prefix_length("äb", "äc"), 1u);
    EXPECT_EQ(common_prefix_length("x", ""), 0u);
}

}  // namespace
}  // namespace forum
