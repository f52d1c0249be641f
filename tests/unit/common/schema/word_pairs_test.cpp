#include "common/schema/word_pairs.hpp"

#include <gtest/gtest.h>

namespace forum::schema {
namespace {

TEST(WordPairs, CommonWordsAreLowerCaseFunctionWords) {
    for (const char* word : {"a", "the", "of", "and", "your", "it", "i"})
        EXPECT_TRUE(is_common_word(word)) << word;
    for (const char* word : {"The", "navy", "summit", "", "th", "thee", "zzz", "its "})
        EXPECT_FALSE(is_common_word(word)) << word;
}

TEST(WordPairs, APairIsOneTermWithASpace) {
    EXPECT_EQ(word_pair_term("of", "the"), "XWPof the");
    // No pair term is the marker: a pair always holds a space.
    EXPECT_EQ(std::string(kWordPairsMarker).find(' '), std::string::npos);
}

}  // namespace
}  // namespace forum::schema
