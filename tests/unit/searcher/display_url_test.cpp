// URLs percent-decoded for reading: non-ASCII characters only, never a delimiter.

#include "searcher/display_url.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(DisplayUrl, DecodesTheEscapesOfNonAsciiCharacters) {
    EXPECT_EQ(display_url("https://forum.example/threads/%D0%9C%D0%B8%D1%80-%D0%B8-"
                          "%D0%B2%D0%BE%D0%B9%D0%BD%D0%B0.4411/"),
              "https://forum.example/threads/Мир-и-война.4411/");
    EXPECT_EQ(display_url("https://x.example/%e6%97%a5%e6%9c%ac"), "https://x.example/日本");
    EXPECT_EQ(display_url("https://x.example/%F0%9F%9A%80"), "https://x.example/🚀");
}

TEST(DisplayUrl, KeepsAsciiEscapesAndWhatIsNotUtf8) {
    // A space, a slash, a percent, a question mark: decoding would change what the URL names.
    EXPECT_EQ(display_url("https://x.example/a%20b%2Fc%25d%3F"),
              "https://x.example/a%20b%2Fc%25d%3F");
    EXPECT_EQ(display_url("https://x.example/%E9t%E9"), "https://x.example/%E9t%E9");  // latin-1
    EXPECT_EQ(display_url("https://x.example/%D0"), "https://x.example/%D0");          // cut short
    EXPECT_EQ(display_url("https://x.example/%D0%"), "https://x.example/%D0%");
    EXPECT_EQ(display_url("https://x.example/%C0%AF"), "https://x.example/%C0%AF");  // overlong
    EXPECT_EQ(display_url("https://x.example/%ED%A0%80"),
              "https://x.example/%ED%A0%80");  // a surrogate
    EXPECT_EQ(display_url("https://x.example/%zz%D0%BC"), "https://x.example/%zzм");
    EXPECT_EQ(display_url(""), "");
    EXPECT_EQ(display_url("https://x.example/мир"), "https://x.example/мир");
}

}  // namespace
}  // namespace forum
