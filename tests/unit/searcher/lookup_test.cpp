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
        // A thread of ten posts whose URL is in Cyrillic, as pages give it: percent-encoded.
        for (int position = 1; position <= 10; ++position) {
            Post p = post("c.example", std::to_string(100 + position), position);
            p.thread_id = "90";
            p.thread_url = "https://c.example/t/%D0%BC%D0%B8%D1%80.90/";
            p.url = *p.thread_url + "post-" + *p.post_id;
            db.add_document(make_document(p, terms));
        }
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

std::vector<int> positions(const Lookup& l) {
    std::vector<int> out;
    for (const Post& p : l.posts)
        out.push_back(p.position.value_or(0));
    return out;
}

TEST_F(Lookups, APageOfAThread) {
    ThreadSlice slice;
    slice.offset = 3;
    slice.limit = 4;
    ThreadLookup page = find_thread(index_, "c.example/90", slice);
    ASSERT_EQ(page.thread.status, LookupStatus::kFound);
    EXPECT_EQ(positions(page.thread), (std::vector<int>{4, 5, 6, 7}));
    EXPECT_EQ(page.thread.thread_posts, 10u);
    EXPECT_EQ(page.thread.first, 3u);
    EXPECT_FALSE(page.marked);
    slice.offset = 8;
    EXPECT_EQ(positions(find_thread(index_, "c.example/90", slice).thread),
              (std::vector<int>{9, 10}));
    slice.offset = 12;
    ThreadLookup past = find_thread(index_, "c.example/90", slice);
    EXPECT_EQ(past.thread.status, LookupStatus::kFound);
    EXPECT_TRUE(past.thread.posts.empty());
    EXPECT_EQ(past.thread.first, 10u);
}

TEST_F(Lookups, ThePostsAroundOne) {
    ThreadSlice slice;
    slice.around = "c.example/105";
    slice.context = 2;
    ThreadLookup around = find_thread(index_, "c.example/90", slice);
    ASSERT_EQ(around.thread.status, LookupStatus::kFound);
    EXPECT_EQ(positions(around.thread), (std::vector<int>{3, 4, 5, 6, 7}));
    EXPECT_EQ(around.marked, 2u);
    // Near the ends the window is cut, not moved.
    slice.around = "c.example/101";
    around = find_thread(index_, "c.example/90", slice);
    EXPECT_EQ(positions(around.thread), (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(around.marked, 0u);
    slice.around = "110";
    slice.context = 0;
    around = find_thread(index_, "", slice);  // the post's own thread
    EXPECT_EQ(positions(around.thread), (std::vector<int>{10}));
    EXPECT_EQ(around.marked, 0u);
    // A post of another thread, a post that is not there, a post id two sites share.
    slice.around = "a.example/8";
    around = find_thread(index_, "c.example/90", slice);
    EXPECT_TRUE(around.around_elsewhere);
    EXPECT_TRUE(around.thread.posts.empty());
    slice.around = "999";
    EXPECT_EQ(find_thread(index_, "c.example/90", slice).around->status, LookupStatus::kNotFound);
    slice.around = "7";
    EXPECT_EQ(find_thread(index_, "c.example/90", slice).around->status, LookupStatus::kAmbiguous);
}

TEST_F(Lookups, UrlsAsPrintedDecodedOrExact) {
    for (const char* url : {"https://c.example/t/%D0%BC%D0%B8%D1%80.90/post-104",
                            "https://c.example/t/мир.90/post-104"}) {
        Lookup post = find_post(index_, url);
        ASSERT_EQ(post.status, LookupStatus::kFound) << url;
        EXPECT_EQ(post.posts.at(0).position, 4) << url;
        EXPECT_EQ(find_thread(index_, url).posts.size(), 10u) << url;
    }
    EXPECT_EQ(find_thread(index_, "https://c.example/t/мир.90/").posts.size(), 10u);
    EXPECT_EQ(find_post(index_, "https://c.example/t/мир.90/post-999").status,
              LookupStatus::kNotFound);
}

TEST_F(Lookups, NamesThatShowAndThreadAccept) {
    Post p = find_post(index_, "c.example/104").posts.at(0);
    EXPECT_EQ(post_name(p), "c.example/104");
    EXPECT_EQ(thread_name(p), "c.example/90");
    EXPECT_EQ(find_post(index_, post_name(p)).status, LookupStatus::kFound);
    EXPECT_EQ(find_thread(index_, thread_name(p)).posts.size(), 10u);
}

}  // namespace
}  // namespace forum
