#include "searcher/remembering_stem.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace forum {
namespace {

const std::vector<std::string> kWords = {"summits", "running", "ran",   "ships",  "",
                                         "navies",  "summits", "Ships", "running"};

TEST(RememberingStem, StemsAsTheStemmerItWraps) {
    for (const char* language : {"english", "french", "russian"}) {
        Xapian::Stem plain(language);
        Xapian::Stem remembering = remembering_stem(plain);
        for (int pass = 0; pass < 2; ++pass) {  // the second pass answers from memory
            for (const std::string& w : kWords)
                EXPECT_EQ(remembering(w), plain(w)) << language << " " << w;
        }
    }
}

TEST(RememberingStem, StillRightOnceItForgets) {
    Xapian::Stem plain("english");
    Xapian::Stem remembering = remembering_stem(plain, 3);
    for (int pass = 0; pass < 3; ++pass) {
        for (const std::string& w : kWords)
            EXPECT_EQ(remembering(w), plain(w)) << w;
    }
    EXPECT_EQ(remembering("summits"), "summit");
}

TEST(RememberingStem, SaysWhatItWraps) {
    EXPECT_EQ(remembering_stem(Xapian::Stem("english")).get_description(),
              "Xapian::Stem(remembering(Xapian::Stem(english)))");
}

}  // namespace
}  // namespace forum
