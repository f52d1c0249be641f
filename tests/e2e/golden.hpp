#pragma once
// The fixtures' posts as the golden files give them (the reviewed specification of what the
// crawl holds): expected answers are computed from these, never from the search output.

#include <filesystem>
#include <functional>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "common/core/text.hpp"
#include "harness.hpp"

namespace e2e {

// The XenForo 2 sites of the fixture crawl these tests were written for (the other engines'
// fixtures have their own tests); the index is built from these directories only.
inline const std::vector<std::string> kQuerySites = {"defence.pk", "forum.eurodefence.example"};

// Distinct posts, by "site/post id".
inline std::map<std::string, nlohmann::json> golden_by_key() {
    std::map<std::string, nlohmann::json> posts;
    for (const auto& site : kQuerySites) {
        for (const auto& entry :
             std::filesystem::recursive_directory_iterator(std::filesystem::path(kGolden) / site)) {
            if (entry.path().extension() != ".jsonl") continue;
            for (auto& p : json_lines(read_file(entry.path()))) {
                posts.emplace(p["site"].get<std::string>() + "/" + p["post_id"].get<std::string>(),
                              p);
            }
        }
    }
    return posts;
}

// forum-index arguments that index those sites into `db`, run in kFixtures (or a copy of it).
inline std::vector<std::string> index_sites_args(const std::string& db) {
    std::vector<std::string> args = {"--db", db};
    args.insert(args.end(), kQuerySites.begin(), kQuerySites.end());
    return args;
}

inline std::set<std::string> golden_ids(const std::function<bool(const nlohmann::json&)>& pred) {
    std::set<std::string> ids;
    for (const auto& [key, p] : golden_by_key()) {
        if (pred(p)) ids.insert(p["post_id"].get<std::string>());
    }
    return ids;
}

inline bool same_text(const nlohmann::json& v, const std::string& value) {
    return v.is_string() && forum::utf8_lower(v.get<std::string>()) == forum::utf8_lower(value);
}

inline std::string day_of(const nlohmann::json& p) {
    return p["date"].get<std::string>().substr(0, 10);
}

inline size_t days_between_count(const std::string& from, const std::string& to) {
    return golden_ids([&](const nlohmann::json& p) {
               std::string d = day_of(p);
               return d >= from && d <= to;
           })
        .size();
}

// An index of the whole fixture crawl, built once per test suite.
class FixtureIndex : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new TempDir;
        forum_index(index_sites_args(db()), kFixtures);
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    static std::string db() { return (dir_->path() / "forum.db").string(); }

    static Result search(std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db()});
        return forum_search(args);
    }
    static std::vector<nlohmann::json> hits(const std::string& query,
                                            std::vector<std::string> extra = {}) {
        std::vector<std::string> args = {"--format", "jsonl", "--limit", "1000"};
        args.insert(args.end(), extra.begin(), extra.end());
        args.push_back("--");
        args.push_back(query);
        Result r = search(args);
        EXPECT_TRUE(r.code == 0 || r.code == 1) << query << ": " << r.err;
        return json_lines(r.out);
    }
    static std::set<std::string> hit_ids(const std::string& query,
                                         std::vector<std::string> extra = {}) {
        std::set<std::string> ids;
        for (const auto& h : hits(query, extra))
            ids.insert(h["post_id"].get<std::string>());
        return ids;
    }

    inline static TempDir* dir_ = nullptr;
};

}  // namespace e2e
