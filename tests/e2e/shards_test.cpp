// Search over several indexes (issue 17): the fixture crawl indexed as one index and as three
// partitions (forum-index --partition K/3); the partitions searched through repeated --db, stub
// files, three xapian-tcpsrv on loopback and the prog method (ssh stood in for) must answer as
// the one index does: the same hits in the same order, scores to 1e-9, totals, facets,
// snippets. Then shards that are down, silent or not Xapian servers.

#include <cmath>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include "harness.hpp"
#include "http_server.hpp"
#include "shard_server.hpp"

namespace e2e {
namespace {

constexpr int kShards = 3;

class Shards : public ::testing::Test {
public:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        // Exit 1 (as in mixed_crawl_test): a XenForo fixture is a truncated page on purpose.
        Result whole = forum_index({"--db", one(), "-q", "."}, kFixtures);
        ASSERT_EQ(whole.code, 1) << whole.err;
        for (int k = 1; k <= kShards; ++k) {
            std::string part = std::to_string(k) + "/" + std::to_string(kShards);
            Result r = forum_index({"--db", shard(k), "-q", "--partition", part, "."}, kFixtures);
            ASSERT_EQ(r.code, 1) << r.err;
        }
        for (int k = 1; k <= kShards; ++k)
            servers_.push_back(std::make_unique<TcpServer>(shard(k)));
    }
    static void TearDownTestSuite() {
        servers_.clear();
        delete dir_;
        dir_ = nullptr;
    }

    static std::string one() { return (dir_->path() / "one.db").string(); }
    static std::string shard(int k) {
        return (dir_->path() / ("part" + std::to_string(k) + ".db")).string();
    }
    // --db arguments naming each shard with `name(k)`.
    static std::vector<std::string> dbs(const std::function<std::string(int)>& name) {
        std::vector<std::string> args;
        for (int k = 1; k <= kShards; ++k) {
            args.push_back("--db");
            args.push_back(name(k));
        }
        return args;
    }
    static std::string stub(const std::string& file, const std::string& text) {
        std::string path = (dir_->path() / file).string();
        std::ofstream(path) << text;
        return path;
    }

    static inline TempDir* dir_ = nullptr;
    static inline std::vector<std::unique_ptr<TcpServer>> servers_;
};

Result search(std::vector<std::string> db_args, const std::vector<std::string>& args) {
    db_args.insert(db_args.end(), args.begin(), args.end());
    return forum_search(db_args);
}

enum class Snippets { kSame, kUnchecked };

// The two answers are the same, scores to 1e-9: every other byte of the JSON is equal. Over
// remote shards a snippet may pick another passage of the same post (README, "Several
// indexes"): kUnchecked leaves snippets and their highlights out of the comparison.
void expect_same(const std::string& expected, const std::string& actual,
                 Snippets snippets = Snippets::kSame) {
    nlohmann::json a = nlohmann::json::parse(expected), b = nlohmann::json::parse(actual);
    if (a.is_object() && a.contains("hits")) {
        ASSERT_EQ(a["hits"].size(), b["hits"].size()) << actual;
        for (size_t i = 0; i < a["hits"].size(); ++i) {
            EXPECT_NEAR(a["hits"][i]["score"].get<double>(), b["hits"][i]["score"].get<double>(),
                        1e-9)
                << "hit " << i;
            std::vector<std::string> skip = {"score"};
            if (snippets == Snippets::kUnchecked)
                skip.insert(skip.end(), {"snippet", "highlights"});
            for (const auto& field : skip) {
                a["hits"][i].erase(field);
                b["hits"][i].erase(field);
            }
        }
    }
    EXPECT_EQ(a, b);
}

// A fixed query set: ranked words, a phrase, a filter where every hit ties (the order is the
// tie-break alone), both date orders with paging, collapsing by thread, facets, a date range.
const std::vector<std::vector<std::string>> kQueries = {
    {"ship"},
    {"fleet OR drone OR missile"},
    {"\"the fleet\""},
    {"site:defence.pk"},
    {"--sort", "newest", "the"},
    {"--sort", "oldest", "--offset", "5", "--limit", "7", "the"},
    {"--per-thread", "1", "the"},
    {"--facet", "site", "--facet", "forum", "--facet", "poster", "--facet", "year", "the"},
    {"--since", "2023-01-01", "the"},
};

std::vector<std::string> json_query(const std::vector<std::string>& q) {
    std::vector<std::string> args = {"--format", "json", "--limit", "40"};
    args.insert(args.end(), q.begin(), q.end());
    return args;
}

void expect_same_answers(const std::vector<std::string>& sharded,
                         Snippets snippets = Snippets::kSame) {
    for (const auto& q : kQueries) {
        SCOPED_TRACE(q.back());
        std::vector<std::string> args = json_query(q);
        Result expected = search({"--db", Shards::one()}, args);
        ASSERT_EQ(expected.code, 0) << expected.err;
        ASSERT_GT(nlohmann::json::parse(expected.out)["hits"].size(), 1u);
        Result got = search(sharded, args);
        ASSERT_EQ(got.code, 0) << got.err;
        expect_same(expected.out, got.out, snippets);
        Result count_one = search({"--db", Shards::one()}, {"--count", q.back()});
        Result count = search(sharded, {"--count", q.back()});
        EXPECT_EQ(count.out, count_one.out);
    }
}

TEST_F(Shards, PartitionsHoldEveryPostOnceAndEveryThreadWhole) {
    auto stats = [](const std::string& db) {
        return nlohmann::json::parse(forum_search({"--db", db, "stats", "--format", "json"}).out);
    };
    unsigned posts = 0, threads = 0;
    for (int k = 1; k <= kShards; ++k) {
        nlohmann::json s = stats(shard(k));
        EXPECT_GT(s["posts"].get<unsigned>(), 0u) << "partition " << k << " is empty";
        posts += s["posts"].get<unsigned>();
        threads += s["threads"].get<unsigned>();
    }
    nlohmann::json whole = stats(one());
    EXPECT_EQ(posts, whole["posts"].get<unsigned>());
    // A thread in two partitions would be counted twice.
    EXPECT_EQ(threads, whole["threads"].get<unsigned>());
    nlohmann::json all = nlohmann::json::parse(
        search(dbs([](int k) { return shard(k); }), {"stats", "--format", "json"}).out);
    EXPECT_EQ(all["posts"], whole["posts"]);
    EXPECT_EQ(all["threads"], whole["threads"]);
    ASSERT_EQ(all["shards"].size(), 3u);
    EXPECT_EQ(all["shards"][1]["shard"], shard(2));
}

TEST_F(Shards, RepeatedDbAnswersAsOneIndex) { expect_same_answers(dbs(shard)); }

// Paging by offset must cut the one ranking that the tie keys make (searcher/match.cpp): pages of
// 3 join up to the whole ranking, ties across their edges included, on one index and over shards.
TEST_F(Shards, PagesJoinUpToTheWholeRanking) {
    auto ids = [](const Result& r) {
        std::vector<std::string> out;
        nlohmann::json answer = nlohmann::json::parse(r.out);
        for (const auto& hit : answer["hits"])
            out.push_back(hit["site"].dump() + "/" + hit["post_id"].dump());
        return out;
    };
    for (const std::vector<std::string>& layout :
         {std::vector<std::string>{"--db", one()}, dbs(shard)}) {
        for (const std::string q : {"ship", "site:defence.pk", "the OR fleet"}) {
            SCOPED_TRACE(layout.size() == 2 ? "one index: " + q : "shards: " + q);
            Result whole = search(layout, {"--format", "json", "--limit", "40", q});
            ASSERT_EQ(whole.code, 0) << whole.err;
            std::vector<std::string> expected = ids(whole), joined;
            ASSERT_GT(expected.size(), 4u);
            for (size_t offset = 0; offset < expected.size(); offset += 3) {
                Result page = search(layout, {"--format", "json", "--limit", "3", "--offset",
                                              std::to_string(offset), q});
                ASSERT_EQ(page.code, 0) << page.err;
                for (const std::string& id : ids(page))
                    joined.push_back(id);
            }
            joined.resize(std::min(joined.size(), expected.size()));
            EXPECT_EQ(joined, expected);
        }
    }
}

TEST_F(Shards, StubFileAnswersAsOneIndex) {
    std::string text = "# the three partitions\n";
    for (int k = 1; k <= kShards; ++k)
        text += (k == 2 ? "glass " : "auto ") + std::string("part") + std::to_string(k) + ".db\n";
    expect_same_answers({"--db", stub("local.stub", text)});
}

TEST_F(Shards, RemoteShardsAnswerAsOneIndex) {
    expect_same_answers(dbs([](int k) { return servers_[k - 1]->address(); }),
                        Snippets::kUnchecked);
}

TEST_F(Shards, RemoteStubAndEnvironmentAnswerAsOneIndex) {
    std::string text;
    for (int k = 1; k <= kShards; ++k)
        text += "remote 127.0.0.1:" + std::to_string(servers_[k - 1]->port()) + "\n";
    std::string path = stub("remote.stub", text);
    expect_same_answers({"--db", path}, Snippets::kUnchecked);
    // FORUM_SEARCH_DB may name the stub.
    Result expected = search({"--db", one()}, json_query(kQueries[0]));
    Result r = run({"/usr/bin/env", "FORUM_SEARCH_DB=" + path, FORUM_SEARCH_BIN, "--format", "json",
                    "--limit", "40", "ship"});
    ASSERT_EQ(r.code, 0) << r.err;
    expect_same(expected.out, r.out, Snippets::kUnchecked);
}

// The encrypted link: `remote :ssh HOST xapian-progsrv PATH` in a stub. A stand-in for ssh runs
// the command it is given on this machine, as ssh would on HOST.
TEST_F(Shards, ProgramShardsAnswerAsOneIndex) {
    std::string ssh = (dir_->path() / "fake-ssh").string();
    std::ofstream(ssh) << "#!/bin/sh\n# ssh HOST COMMAND...: the command, run here\nshift\nexec "
                          "\"$@\"\n";
    std::filesystem::permissions(ssh, std::filesystem::perms::owner_all);
    std::string text;
    for (int k = 1; k <= kShards; ++k)
        text += "remote :" + ssh + " shard" + std::to_string(k) + ".example xapian-progsrv " +
                shard(k) + "\n";
    expect_same_answers({"--db", stub("ssh.stub", text)}, Snippets::kUnchecked);
}

// forum-search serve over shards: /api/search answers as the command line over one index does.
TEST_F(Shards, ServeAcrossShardsAnswersAsOneIndex) {
    struct Case {
        httplib::Params params;
        std::vector<std::string> args;
    };
    const std::vector<Case> cases = {
        {{{"q", "ship"}}, {"ship"}},
        {{{"q", "\"the fleet\""}}, {"\"the fleet\""}},
        {{{"q", "the"}, {"sort", "oldest"}, {"offset", "5"}, {"limit", "7"}},
         {"--sort", "oldest", "--offset", "5", "--limit", "7", "the"}},
        {{{"q", "the"}, {"facet", "forum"}, {"facet", "year"}},
         {"--facet", "forum", "--facet", "year", "the"}},
        {{{"q", "the"}, {"per_thread", "1"}}, {"--per-thread", "1", "the"}},
    };
    for (bool remote : {false, true}) {
        SCOPED_TRACE(remote ? "remote shards" : "local shards");
        std::vector<std::string> args =
            remote ? dbs([](int k) { return servers_[k - 1]->address(); }) : dbs(shard);
        args.insert(args.end(), {"--threads", "2"});
        ServeProcess server(args);
        httplib::Client client = server.client();
        for (const Case& c : cases) {
            SCOPED_TRACE(c.args.back());
            std::vector<std::string> cli = {"--format", "json"};
            if (c.params.count("limit") == 0) cli.insert(cli.end(), {"--limit", "10"});
            cli.insert(cli.end(), c.args.begin(), c.args.end());
            Result expected = search({"--db", one()}, cli);
            ASSERT_EQ(expected.code, 0) << expected.err;
            auto r = client.Get("/api/search", c.params, httplib::Headers{});
            ASSERT_TRUE(r);
            ASSERT_EQ(r->status, 200) << r->body;
            expect_same(expected.out, r->body, remote ? Snippets::kUnchecked : Snippets::kSame);
        }
    }
}

TEST_F(Shards, LookupsAcrossShards) {
    std::vector<std::string> sharded = dbs([](int k) { return servers_[k - 1]->address(); });
    nlohmann::json hits = nlohmann::json::parse(
        search({"--db", one()}, {"--format", "json", "--limit", "10", "ship"}).out)["hits"];
    int looked_up = 0;
    for (const auto& h : hits) {
        if (h["post_id"].is_null() || h["thread_id"].is_null()) continue;
        ++looked_up;
        std::string post = h["site"].get<std::string>() + "/" + h["post_id"].get<std::string>();
        std::string thread = h["site"].get<std::string>() + "/" + h["thread_id"].get<std::string>();
        for (const auto& cmd : {std::vector<std::string>{"show", post, "--format", "json"},
                                std::vector<std::string>{"thread", thread, "--format", "json"}}) {
            Result expected = search({"--db", one()}, cmd);
            ASSERT_EQ(expected.code, 0) << expected.err;
            Result got = search(sharded, cmd);
            EXPECT_EQ(got.code, 0) << got.err;
            EXPECT_EQ(got.out, expected.out) << cmd[0] << " " << cmd[1];
        }
    }
    EXPECT_GE(looked_up, 3);
}

// Shards that are down, silent or speak something else: an error naming the shard (exit 4), or
// with --allow-partial the answer of the others, the missing ones named (exit 5).
TEST_F(Shards, ShardKilledMidTest) {
    TcpServer third(shard(3));
    std::vector<std::string> sharded = {
        "--db", servers_[0]->address(), "--db", servers_[1]->address(), "--db", third.address()};
    std::vector<std::string> args = json_query({"the"});
    Result before = search(sharded, args);
    ASSERT_EQ(before.code, 0) << before.err;
    expect_same(search({"--db", one()}, args).out, before.out, Snippets::kUnchecked);

    third.kill();
    Result down = search(sharded, args);
    EXPECT_EQ(down.code, 4);
    EXPECT_EQ(down.out, "");
    EXPECT_NE(down.err.find("shard " + third.address()), std::string::npos) << down.err;

    std::vector<std::string> partial_args = args;
    partial_args.push_back("--allow-partial");
    Result partial = search(sharded, partial_args);
    EXPECT_EQ(partial.code, 5) << partial.err;
    EXPECT_NE(partial.err.find("answered without shard " + third.address()), std::string::npos)
        << partial.err;
    nlohmann::json j = nlohmann::json::parse(partial.out);
    EXPECT_EQ(j["missing_shards"], nlohmann::json::array({third.address()}));
    // The others' answer: as from the two partitions alone.
    nlohmann::json two =
        nlohmann::json::parse(search({"--db", shard(1), "--db", shard(2)}, args).out);
    j.erase("missing_shards");
    expect_same(two.dump(), j.dump(), Snippets::kUnchecked);
    Result count = search(sharded, {"--allow-partial", "--count", "the"});
    EXPECT_EQ(count.code, 5);
    EXPECT_EQ(count.out, search({"--db", shard(1), "--db", shard(2)}, {"--count", "the"}).out);
    Result stats = search(sharded, {"--allow-partial", "stats", "--format", "json"});
    EXPECT_EQ(stats.code, 5);
    EXPECT_EQ(nlohmann::json::parse(stats.out)["missing_shards"],
              nlohmann::json::array({third.address()}));

    // All shards missing is no answer at all.
    Result none = search({"--db", third.address()}, partial_args);
    EXPECT_EQ(none.code, 4) << none.err;
}

TEST_F(Shards, SilentShardTimesOut) {
    FakeServer silent;
    Result r = search({"--db", shard(1), "--db", silent.address()},
                      {"--timeout", "200", "--format", "json", "the"});
    EXPECT_EQ(r.code, 4);
    EXPECT_NE(r.err.find("shard " + silent.address()), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("Timeout"), std::string::npos) << r.err;
    Result partial = search({"--db", shard(1), "--db", silent.address()},
                            {"--timeout", "200", "--allow-partial", "--count", "the"});
    EXPECT_EQ(partial.code, 5);
    EXPECT_EQ(partial.out, search({"--db", shard(1)}, {"--count", "the"}).out);
}

TEST_F(Shards, GarbageShardIsNamed) {
    FakeServer garbage("HTTP/1.1 400 Bad Request\r\n\r\nnot xapian");
    Result r = search({"--db", shard(1), "--db", garbage.address()}, {"the"});
    EXPECT_EQ(r.code, 4);
    EXPECT_NE(r.err.find("shard " + garbage.address()), std::string::npos) << r.err;
}

TEST_F(Shards, UnreadableStubLineIsAUsageError) {
    std::string path = stub("bad.stub", "auto part1.db\nremote nowhere\n");
    Result r = search({"--db", path}, {"the"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find(path + ":2:"), std::string::npos) << r.err;
    Result tcp = search({"--db", "tcp://127.0.0.1"}, {"the"});
    EXPECT_EQ(tcp.code, 2) << tcp.err;
}

TEST(Partition, BadPartitionIsAUsageError) {
    TempDir dir;
    for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0"}) {
        Result r = forum_index({"--db", (dir.path() / "x.db").string(), "--partition", bad, "."},
                               kFixtures);
        EXPECT_EQ(r.code, 2) << bad;
        EXPECT_NE(r.err.find("--partition"), std::string::npos) << r.err;
    }
}

}  // namespace
}  // namespace e2e
