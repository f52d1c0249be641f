// The lookup library calls on an in-memory index: found, not found and ambiguous as data.

#include "searcher/lookup.hpp"

#include <gtest/gtest.h>

#include "indexer/store/document.hpp"

namespace forum {
namespace {

Post post(const std::string& site, const std::string& id, int position) {
    Post p;
    p.site = site;
    p.post_id = id;
    p.thread_id = "70";
    p.position = position;
    p.url = "https://" + site + "/t/70/post-" + id;
    p.thread_url = "https://" + site + "/t/70";
    p.text = "words";
    return p;
}

class Lookups : public ::testing::Test {
protected:
    void SetUp() override {
        Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
        auto terms = make_term_generator(Xapian::Stem("english"));
        for (const Post& p :
             {post("a.example", "7", 1), post("a.example", "8", 2), post("b.example", "7", 1)})
            db.add_document(make_document(p, terms));
        index_ = SearchIndex{db, Xapian::Stem("english")};
    }
    SearchIndex index_;
};

TEST_F(Lookups, APostByIdSiteIdOrUrl) {
    Lookup one = find_post(index_, "8");
    ASSERT_EQ(one.status, LookupStatus::kFound);
    EXPECT_EQ(one.posts.at(0).site, "a.example");
    Lookup shared = find_post(index_, "7");
    ASSERT_EQ(shared.status, LookupStatus::kAmbiguous);
    EXPECT_EQ(shared.key, LookupKey::kId);
    ASSERT_EQ(shared.candidates.size(), 2u);
    EXPECT_EQ(shared.candidates[0].name, "a.example/7");
    EXPECT_EQ(shared.candidates[1].name, "b.example/7");
    EXPECT_EQ(find_post(index_, "b.example/7").posts.at(0).site, "b.example");
    Lookup by_url = find_post(index_, "https://b.example/t/70/post-7");
    ASSERT_EQ(by_url.status, LookupStatus::kFound);
    EXPECT_EQ(by_url.key, LookupKey::kUrl);
    EXPECT_EQ(by_url.posts.at(0).site, "b.example");
    EXPECT_EQ(find_post(index_, "9").status, LookupStatus::kNotFound);
    EXPECT_EQ(find_post(index_, "https://b.example/t/70/post-8").status, LookupStatus::kNotFound);
}

TEST_F(Lookups, AThreadByIdSiteIdOrUrl) {
    Lookup shared = find_thread(index_, "70");
    ASSERT_EQ(shared.status, LookupStatus::kAmbiguous);
    ASSERT_EQ(shared.candidates.size(), 2u);
    EXPECT_EQ(shared.candidates[0].name, "a.example/70");
    EXPECT_EQ(shared.candidates[0].posts, 2u);
    Lookup a = find_thread(index_, "a.example/70");
    ASSERT_EQ(a.status, LookupStatus::kFound);
    ASSERT_EQ(a.posts.size(), 2u);
    EXPECT_EQ(a.posts[1].position, 2);  // in thread order
    for (const char* url : {"https://a.example/t/70", "https://a.example/t/70/post-8"}) {
        Lookup by_url = find_thread(index_, url);
        ASSERT_EQ(by_url.status, LookupStatus::kFound) << url;
        EXPECT_EQ(by_url.posts.size(), 2u) << url;
    }
    EXPECT_EQ(find_thread(index_, "71").status, LookupStatus::kNotFound);
}

}  // namespace
}  // namespace forum
