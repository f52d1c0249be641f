#include "common/core/unicode.hpp"

#include <vector>

#include <gtest/gtest.h>

namespace forum::unicode {
namespace {

struct Char {
    unsigned ch;
    size_t offset;
    bool operator==(const Char&) const = default;
};

std::vector<Char> chars(std::string_view text) {
    std::vector<Char> out;
    for (Utf8Cursor it(text); !it.done(); ++it)
        out.push_back({*it, it.offset()});
    return out;
}

TEST(Unicode, TheCursorGivesEachCodePointAndWhereItStarts) {
    EXPECT_EQ(chars("aé€😀"), (std::vector<Char>{{'a', 0}, {0xE9, 1}, {0x20AC, 3}, {0x1F600, 6}}));
    EXPECT_TRUE(chars("").empty());
}

TEST(Unicode, AByteThatStartsNoSequenceIsOneCharacterOfItsValue) {
    // Latin-1 "é" alone, then a truncated three-byte sequence at the end.
    EXPECT_EQ(chars("\xE9x\xE2\x82"),
              (std::vector<Char>{{0xE9, 0}, {'x', 1}, {0xE2, 2}, {0x82, 3}}));
    size_t pos = 4;
    EXPECT_EQ(decode_utf8("\xE9x\xE2\x82", pos), 0u);  // at the end
}

TEST(Unicode, CharacterClassesAndCase) {
    EXPECT_TRUE(is_wordchar('a'));
    EXPECT_TRUE(is_wordchar(0x0416));  // Ж
    EXPECT_FALSE(is_wordchar('-'));
    EXPECT_TRUE(is_whitespace(0x00A0));
    EXPECT_FALSE(is_whitespace('x'));
    EXPECT_EQ(to_lower(0x0416), 0x0436u);
    std::string out;
    append_utf8(out, 0x20AC);
    EXPECT_EQ(out, "€");
}

}  // namespace
}  // namespace forum::unicode
