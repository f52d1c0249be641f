#include "common/core/name_folding.hpp"

#include <thread>

#include <gtest/gtest.h>

namespace forum {
namespace {

TEST(NameFolding, CaseAndDiacriticsGo) {
    EXPECT_EQ(fold_name("Đặng Văn Minh903"), "dang van minh903");
    EXPECT_EQ(fold_name("Dang Van Minh903"), "dang van minh903");
    EXPECT_EQ(fold_name("Zoë Lefèvre"), "zoe lefevre");
    EXPECT_EQ(fold_name("Åsa Lindqvist"), "asa lindqvist");
    EXPECT_EQ(fold_name("JÜRGEN MÜLLER"), "jurgen muller");
    EXPECT_EQ(fold_name("beijingwalker"), "beijingwalker");
}

TEST(NameFolding, LatinLettersWithoutADecompositionBecomeAscii) {
    EXPECT_EQ(fold_name("Ørsted"), "orsted");
    EXPECT_EQ(fold_name("Łódź"), "lodz");
    EXPECT_EQ(fold_name("Straße"), "strasse");
}

TEST(NameFolding, OtherScriptsKeepTheirLettersLessMarks) {
    EXPECT_EQ(fold_name("Ёлка"), "елка");
    EXPECT_EQ(fold_name("서울사람"), "서울사람");
}

TEST(NameFolding, BadBytesDoNotStopIt) {
    EXPECT_EQ(fold_name("Ab\xff"), "ab\xef\xbf\xbd");  // U+FFFD for the byte
}

TEST(NameFolding, EachThreadFoldsAlike) {
    std::string a, b;
    std::thread t1([&] { a = fold_name("Đặng"); });
    std::thread t2([&] { b = fold_name("Đặng"); });
    t1.join();
    t2.join();
    EXPECT_EQ(a, "dang");
    EXPECT_EQ(b, "dang");
}

}  // namespace
}  // namespace forum
