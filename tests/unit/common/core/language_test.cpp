#include "common/core/language.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(Language, NamesAndCodesGiveTheCode) {
    EXPECT_EQ(language_code("english"), "en");
    EXPECT_EQ(language_code("Russian"), "ru");
    EXPECT_EQ(language_code("RU"), "ru");
    EXPECT_EQ(language_code(" de "), "de");
    EXPECT_EQ(language_code("ja"), "ja");  // no stemmer, still a language
    EXPECT_EQ(language_code("klingon"), "");
    EXPECT_EQ(language_code(""), "");
}

TEST(Language, EveryStemmerXapianHasIsInTheTable) {
    EXPECT_EQ(stemmer_name("en"), "english");
    EXPECT_EQ(stemmer_name("ru"), "russian");
    EXPECT_EQ(stemmer_name("ja"), "");
}

}  // namespace
}  // namespace forum
