// --partition K/N: which partition a post belongs in.

#include "common/schema/partition.hpp"

#include <map>

#include <gtest/gtest.h>

namespace forum::schema {
namespace {

Post post(std::optional<std::string> site, std::optional<std::string> thread_id,
          std::optional<std::string> thread_url) {
    Post p;
    p.site = std::move(site);
    p.thread_id = std::move(thread_id);
    p.thread_url = std::move(thread_url);
    return p;
}

TEST(Partition, ReadsKOfN) {
    auto p = parse_partition("2/3");
    ASSERT_TRUE(p);
    EXPECT_EQ(p->index, 2u);
    EXPECT_EQ(p->count, 3u);
    EXPECT_TRUE(parse_partition("1/1"));
    for (const char* bad : {"0/3", "4/3", "3", "/3", "1/", "1/0", "a/3", "1/3x", "-1/3", " 1/3"})
        EXPECT_FALSE(parse_partition(bad)) << bad;
}

TEST(Partition, OneThreadOnePartitionWhateverThePage) {
    Post a = post("forum.example", "77", "https://forum.example/threads/x.77/");
    Post b = post("forum.example", "77", "https://forum.example/threads/x.77/page-9");
    for (unsigned n : {2u, 3u, 7u, 64u})
        EXPECT_EQ(partition_of(a, "page-1-key", n), partition_of(b, "page-9-key", n)) << n;
}

TEST(Partition, StableAcrossMachines) {
    // FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c (the FNV reference test vector): partition
    // 0xaf63dc4c8601ec8c % N + 1, on every machine and run.
    Post p = post(std::nullopt, std::nullopt, "a");
    EXPECT_EQ(partition_of(p, "ignored", 3), 0xaf63dc4c8601ec8cull % 3 + 1);
    EXPECT_EQ(partition_of(p, "ignored", 7), 0xaf63dc4c8601ec8cull % 7 + 1);
}

TEST(Partition, NoThreadGoesByPage) {
    Post p = post(std::nullopt, std::nullopt, std::nullopt);
    EXPECT_EQ(partition_of(p, "a", 3), 0xaf63dc4c8601ec8cull % 3 + 1);
}

TEST(Partition, SpreadsThreads) {
    std::map<unsigned, int> per;
    for (int t = 0; t < 3000; ++t)
        ++per[partition_of(post("forum.example", std::to_string(t), std::nullopt), "", 3)];
    ASSERT_EQ(per.size(), 3u);
    for (const auto& [k, n] : per) {
        EXPECT_GE(k, 1u);
        EXPECT_LE(k, 3u);
        EXPECT_GT(n, 800) << "partition " << k;
    }
}

}  // namespace
}  // namespace forum::schema
