#include "searcher/cli/dash_words.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

// An app shaped like forum-search's: options with and without values, a short option with a
// value, positional words, and a subcommand that falls through to the main options.
struct App {
    CLI::App app{"test"};
    std::vector<std::string> words, sub_words;
    std::string db, format, tag;
    bool count = false;
    CLI::App* sub = nullptr;
    App() {
        app.set_version_flag("-V,--version", "1");
        app.add_option("QUERY", words);
        app.add_option("--db", db);
        app.add_option("-t,--tag", tag);
        app.add_flag("--count", count);
        sub = app.add_subcommand("explain");
        sub->add_option("QUERY", sub_words);
        sub->add_option("--format", format);
        sub->fallthrough();
    }
    MarkedArgs marked(std::vector<std::string> args) {
        args.insert(args.begin(), "prog");
        std::vector<const char*> argv;
        for (const auto& a : args)
            argv.push_back(a.c_str());
        MarkedArgs out = mark_dash_words(app, static_cast<int>(argv.size()), argv.data());
        out.args.erase(out.args.begin());
        return out;
    }
    std::vector<std::string> mark(std::vector<std::string> args) {
        return marked(std::move(args)).args;
    }
};

using Args = std::vector<std::string>;

TEST(DashWords, UnknownSingleDashArgumentsAreMarkedAsWords) {
    App a;
    EXPECT_EQ(a.mark({"-in:first"}), Args({" -in:first"}));
    EXPECT_EQ(a.mark({"summit", "-camp", "--count"}), Args({"summit", " -camp", "--count"}));
    EXPECT_EQ(a.mark({"-Vietnam", "-V"}), Args({" -Vietnam", "-V"}));
    EXPECT_EQ(a.mark({"-5", "-"}), Args({" -5", "-"}));
    EXPECT_EQ(a.mark({"--lmit", "-x"}), Args({"--lmit", " -x"}));  // CLI11 refuses --lmit
}

TEST(DashWords, OptionValuesAndTheRestAfterDoubleDashAreLeftAlone) {
    App a;
    EXPECT_EQ(a.mark({"--db", "-odd-dir", "-x"}), Args({"--db", "-odd-dir", " -x"}));
    EXPECT_EQ(a.mark({"--db=-odd", "-x"}), Args({"--db=-odd", " -x"}));
    EXPECT_EQ(a.mark({"-t", "-v", "-x"}), Args({"-t", "-v", " -x"}));
    EXPECT_EQ(a.mark({"-tvalue", "-x"}), Args({"-tvalue", " -x"}));
    EXPECT_EQ(a.mark({"--", "-x", "--count"}), Args({"--", "-x", "--count"}));
}

TEST(DashWords, ASubcommandKnowsItsOwnOptionsAndThoseItFallsThroughTo) {
    App a;
    EXPECT_EQ(a.mark({"explain", "--format", "-json", "-x", "--db", "d"}),
              Args({"explain", "--format", "-json", " -x", "--db", "d"}));
    // --format is the subcommand's: before it, it is unknown to the main app.
    EXPECT_EQ(a.mark({"--format", "explain"}), Args({"--format", "explain"}));
}

TEST(DashWords, MarkedWordsParseAsWordsAndUnmarkAsTyped) {
    App a;
    Args marked = a.mark({"--db", "d", "explain", "-in:first", "summit", "-camp"});
    marked.insert(marked.begin(), "prog");
    std::vector<const char*> argv;
    for (const auto& m : marked)
        argv.push_back(m.c_str());
    a.app.parse(static_cast<int>(argv.size()), argv.data());
    unmark_dash_words(a.sub_words);
    EXPECT_EQ(a.sub_words, Args({"-in:first", "summit", "-camp"}));
    EXPECT_EQ(a.db, "d");
    EXPECT_EQ(unmark_dash_word(" -x"), "-x");
    EXPECT_EQ(unmark_dash_word(" explain"), "explain");
    EXPECT_EQ(unmark_dash_word("x"), "x");
}

// Issue 14: a query never collides with the command line.
TEST(DashWords, OnlyTheFirstWordCanNameASubcommand) {
    App a;
    EXPECT_EQ(a.mark({"summit", "explain"}), Args({"summit", " explain"}));
    EXPECT_EQ(a.mark({"--db", "d", "explain", "explain"}),
              Args({"--db", "d", "explain", " explain"}));
    EXPECT_EQ(a.mark({"-camp", "explain"}), Args({" -camp", " explain"}));
}

TEST(DashWords, SearchFirstMakesEveryWordAWord) {
    App a;
    EXPECT_EQ(a.mark({"search", "explain", "this"}), Args({" explain", "this"}));
    EXPECT_EQ(a.mark({"--db", "d", "search", "--count", "search"}),
              Args({"--db", "d", "--count", "search"}));
    EXPECT_EQ(a.mark({"summit", "search"}), Args({"summit", "search"}));  // not first: a word
}

TEST(DashWords, DoubleDashAfterASubcommandInsistsOnIt) {
    App a;
    EXPECT_TRUE(a.marked({"explain", "--", "x"}).insist_command);
    EXPECT_TRUE(a.marked({"--db", "d", "explain", "--format", "json", "--", "x"}).insist_command);
    EXPECT_FALSE(a.marked({"--", "explain", "x"}).insist_command);
    EXPECT_FALSE(a.marked({"explain", "x"}).insist_command);
}

}  // namespace
}  // namespace forum
