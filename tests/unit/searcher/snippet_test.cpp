#include "searcher/snippet.hpp"

#include <gtest/gtest.h>

#include "indexer/store/document.hpp"

namespace forum {
namespace {

TEST(Snippet, HighlightsStemmedMatchesAsOffsetsInPlainText) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    auto tg = make_term_generator(Xapian::Stem("english"));
    Post p;
    p.text = "Fish & chips <here>.\n\nThe summits ran late.";
    db.add_document(make_document(p, tg));
    Xapian::QueryParser qp;
    qp.set_stemmer(Xapian::Stem("english"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    Xapian::Enquire enquire(db);
    enquire.set_query(qp.parse_query("summit"));
    Xapian::MSet mset = enquire.get_mset(0, 10);
    Snippet s = make_snippet(mset, p.text, 200, Xapian::Stem("english"));
    EXPECT_EQ(s.text, "Fish & chips <here>. The summits ran late.");
    ASSERT_EQ(s.highlights.size(), 1u);
    EXPECT_EQ(s.text.substr(s.highlights[0].first, s.highlights[0].second - s.highlights[0].first),
              "summits");
    EXPECT_EQ(mark(s, "[", "]"), "Fish & chips <here>. The [summits] ran late.");
}

}  // namespace
}  // namespace forum
