// A poster block's "Label: value" lines.

#include "indexer/extract/user_extras.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(UserExtras, LabelledLines) {
    Page page = Page::parse({"x.html",
                             "<html><body><div id='s'>Posts: 2,716<br/>Threads: 88<br/>"
                             "Joined: Sep 3, 2016<br/>Reputation: <b>-4</b><br/>"
                             "Location: Lagos, Nigeria</div></body></html>",
                             0,
                             {},
                             {}});
    Post p;
    apply_labelled_lines(page, p, page.first("#s"));
    EXPECT_EQ(p.messages, 2716);
    EXPECT_EQ(p.joined, "2016-09-03");
    EXPECT_EQ(p.reaction_score, -4);
    EXPECT_EQ(p.location, "Lagos, Nigeria");
}

}  // namespace
}  // namespace forum
