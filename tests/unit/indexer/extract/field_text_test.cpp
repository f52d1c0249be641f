// Fields engines read from text: ids after a prefix, text between markers.

#include "indexer/extract/field_text.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(FieldText, IdsAndMarkers) {
    EXPECT_EQ(digits_after("post_595784", "post_"), "595784");
    EXPECT_EQ(digits_after("p2729870", "p"), "2729870");
    EXPECT_EQ(digits_after("profile2729870", "p"), std::nullopt);
    EXPECT_EQ(digits_after("618.0", ""), "618");
    EXPECT_EQ(text_between("Last edited by X on Sat Sep 30, 2023 8:12 pm, edited 1 time", " on ",
                           ", edited"),
              "Sat Sep 30, 2023 8:12 pm");
    EXPECT_EQ(text_between("no marker", "Posted:", ""), std::nullopt);
}

}  // namespace
}  // namespace forum
