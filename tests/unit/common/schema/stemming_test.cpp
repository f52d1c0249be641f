#include "common/schema/stemming.hpp"

#include <gtest/gtest.h>

namespace forum::schema {
namespace {

TEST(Stemming, EachLanguageHasItsStemmer) {
    EXPECT_EQ(stemmer_of("en")("summits"), "summit");
    EXPECT_EQ(stemmer_of("ru")("мясом"), "мяс");
}

TEST(Stemming, ALanguageWithoutOneIsStemmedAsEnglish) {
    for (const char* code : {"ja", "gd", ""}) {
        SCOPED_TRACE(code);
        EXPECT_FALSE(stemmer_of(code).is_none());
        EXPECT_EQ(stemmer_of(code)("summits"), "summit");
    }
}

}  // namespace
}  // namespace forum::schema
