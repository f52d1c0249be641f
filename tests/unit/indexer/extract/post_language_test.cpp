#include "indexer/extract/post_language.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

Post post(const std::string& text) {
    Post p;
    p.text = text;
    return p;
}

std::vector<std::string> languages(const std::vector<Post>& posts) {
    std::vector<std::string> out;
    for (const Post& p : posts)
        out.push_back(p.lang.value_or("(none)"));
    return out;
}

TEST(PostLanguage, EachPostInItsOwnLanguage) {
    std::vector<Post> posts = {
        post("The summit in Geneva ended without a joint statement, and nobody knows when the "
             "next round of talks will be."),
        post("Я мариную свинину с луком и кефиром на всю ночь. Мясом из магазина лучше не "
             "рисковать, берите на рынке."),
        post("Ich habe das Fleisch über Nacht in Zwiebeln eingelegt, und es war sehr zart.")};
    assign_languages(posts, "");
    EXPECT_EQ(languages(posts), (std::vector<std::string>{"en", "ru", "de"}));
}

TEST(PostLanguage, APostTooShortToTellTakesItsPages) {
    // CLD2 reads "Всмысле?" and "+1" as English, unreliably (its answer when it cannot tell).
    std::vector<Post> russian = {
        post("Какой маринад лучше всего подходит для мяса? Хочу приготовить шашлык на выходных "
             "для всей семьи, человек на десять."),
        post("Всмысле?"), post("+1"), post("")};
    assign_languages(russian, "");
    EXPECT_EQ(languages(russian), (std::vector<std::string>{"ru", "ru", "ru", "ru"}));
    std::vector<Post> english = {
        post("Which cut of pork do you use for shashlik? I am cooking for a family barbecue "
             "this weekend and want it tender."),
        post("бан")};
    assign_languages(english, "");
    EXPECT_EQ(languages(english), (std::vector<std::string>{"en", "en"}));
    // A page of nothing but such posts: the fallback.
    std::vector<Post> unknown = {post("+1"), post("♥")};
    assign_languages(unknown, "", "en");
    EXPECT_EQ(languages(unknown), (std::vector<std::string>{"en", "en"}));
}

TEST(PostLanguage, AnOverrideIsSetOnEveryPost) {
    std::vector<Post> posts = {
        post("The summit in Geneva ended without a joint statement, and nobody knows when the "
             "next round of talks will be."),
        post("+1")};
    assign_languages(posts, "ru");
    EXPECT_EQ(languages(posts), (std::vector<std::string>{"ru", "ru"}));
}

TEST(PostLanguage, DetectSaysNothingWhenUnsure) {
    EXPECT_EQ(detect_language("lol"), "");
    EXPECT_EQ(detect_language(""), "");
    EXPECT_EQ(detect_language("Проверьте свечи и масло: густое масло на морозе мешает стартеру "
                              "провернуть двигатель."),
              "ru");
}

}  // namespace
}  // namespace forum
