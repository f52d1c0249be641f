// forum-bench-vs-fts5: forum-search against SQLite FTS5 on the same posts, side by side, in one
// process (issue 16).
//
//   forum-bench-vs-fts5 --index DB --fts5 FTS5.db --queries queries.jsonl [--limit 10]
//                       [--json FILE] [--examples 3] [--check]
//
// DB is forum-index's index of a crawl, FTS5.db what forum-fts5-load made of `forum-index extract`
// of the same crawl, queries.jsonl what forum-bench-queries drew from those posts. Each query runs
// in forum-search (bench/forum_search_peer.hpp) and then in FTS5 (bench/fts5_search.hpp), query
// by query, on one thread: top --limit hits with snippets and each hit's post, in rank or date
// order, with the country facet counted over every match where the class asks for it. A first
// pass over the whole set warms both (page cache, SQLite's statements) and counts every query's
// matches exactly in both (outside the timed pass); the second pass is timed.
//
// Prints a Markdown report on stdout: p50/p95/p99 per class for both and their ratio
// (forum-search / FTS5: at most 1 is issue 16's target), the phrase classes split by how their
// phrases were drawn (common words are the hard case), then the match counts compared, with a
// few differing queries and, where both counts are small, a post that one engine found and the
// other did not, as its snippet shows it (why it differs). --json writes the figures for scripts.
// --check exits 1 when something is wrong with the instrument rather than slow: the two databases
// hold different numbers of posts, a query matches nothing in either (every query is drawn from
// a post), or where the counts agree the country facets or the newest-first top hits do not.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/forum_search_peer.hpp"
#include "bench/fts5_search.hpp"
#include "bench/percentile.hpp"
#include "bench/query_set.hpp"

namespace {

using bench::EngineAnswer;
using bench::QueryClass;
using bench::QuerySpec;
using Clock = std::chrono::steady_clock;

struct Measured {
    std::vector<double> fs_ms, fts_ms;
};

struct Compared {
    std::uint64_t fs_count = 0, fts_count = 0;
    bool facets_agree = true, newest_agree = true;  // meaningful where the counts agree
};

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double mean(const std::vector<double>& v) {
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.empty() ? 0 : sum / static_cast<double>(v.size());
}

std::string fmt(const nlohmann::ordered_json& v, const char* format = "%.3f") {
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v.get<double>());
    return buf;
}

// Markdown table cells must not hold a bare '|'.
std::string cell(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '|') out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

// A post one engine found and the other did not, as that engine's snippet shows it.
struct OnlyIn {
    std::string key, snippet;
};
std::optional<OnlyIn> first_missing(const EngineAnswer& from, const EngineAnswer& other) {
    std::set<std::string> theirs(other.keys.begin(), other.keys.end());
    for (size_t i = 0; i < from.keys.size(); ++i)
        if (!theirs.count(from.keys[i])) return OnlyIn{from.keys[i], from.snippets[i]};
    return std::nullopt;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"forum-search against SQLite FTS5 on the same posts and queries."};
    std::string index_path, fts5_path, queries_path, json_path;
    unsigned limit = 10;
    size_t examples = 3;
    bool check = false;
    app.add_option("--index", index_path, "forum-index's index of the crawl")->required();
    app.add_option("--fts5", fts5_path, "forum-fts5-load's database of the same crawl")->required();
    app.add_option("--queries", queries_path, "forum-bench-queries' file")->required();
    app.add_option("--limit", limit, "hits per query (10)");
    app.add_option("--json", json_path, "also write the figures to this file as JSON");
    app.add_option("--examples", examples, "differing queries shown per class (3)");
    app.add_flag("--check", check, "exit 1 when the comparison itself is wrong (see the source)");
    CLI11_PARSE(app, argc, argv);
    try {
        std::vector<QuerySpec> queries = bench::read_query_set(queries_path);
        bench::ForumSearchPeer fs(index_path);
        bench::Fts5Search fts(fts5_path);
        std::vector<std::string> problems;
        std::uint64_t fs_posts = fs.posts(), fts_posts = fts.posts();
        if (fs_posts != fts_posts)
            problems.push_back("forum-search's index holds " + std::to_string(fs_posts) +
                               " posts, the FTS5 database " + std::to_string(fts_posts));

        // Warm-up, counts and agreement.
        std::vector<Compared> compared(queries.size());
        for (size_t i = 0; i < queries.size(); ++i) {
            const QuerySpec& q = queries[i];
            EngineAnswer a = fs.run(q, limit);
            EngineAnswer b = fts.run(q, limit);
            Compared& c = compared[i];
            c.fs_count = fs.count(q);
            c.fts_count = fts.count(q);
            c.facets_agree = a.country_facet == b.country_facet;
            c.newest_agree = a.keys == b.keys;
            if (c.fs_count == 0 || c.fts_count == 0)
                problems.push_back("no match for " + q.query + " (forum-search " +
                                   std::to_string(c.fs_count) + ", FTS5 " +
                                   std::to_string(c.fts_count) + ")");
            if (c.fs_count == c.fts_count && q.country_facet && !c.facets_agree)
                problems.push_back("same count, different country facets for " + q.query);
            if (c.fs_count == c.fts_count && q.newest && !c.newest_agree)
                problems.push_back("same count, different newest-first hits for " + q.query);
        }

        // The timed pass: forum-search, then FTS5, query by query.
        std::vector<Measured> measured(bench::kQueryClasses);
        std::map<std::string, Measured> by_mix;  // the phrase classes together, by how drawn
        size_t sink = 0;
        auto all_start = Clock::now();
        for (const QuerySpec& q : queries) {
            Measured& m = measured[static_cast<size_t>(q.cls)];
            auto start = Clock::now();
            sink += fs.run(q, limit).bytes;
            m.fs_ms.push_back(ms_since(start));
            start = Clock::now();
            sink += fts.run(q, limit).bytes;
            m.fts_ms.push_back(ms_since(start));
            if (!q.mix.empty()) {
                by_mix[q.mix].fs_ms.push_back(m.fs_ms.back());
                by_mix[q.mix].fts_ms.push_back(m.fts_ms.back());
            }
        }
        double all_ms = ms_since(all_start);

        nlohmann::ordered_json out = {{"index", index_path},
                                      {"fts5", fts5_path},
                                      {"queries", queries_path},
                                      {"posts", fs_posts},
                                      {"fts5_posts", fts_posts},
                                      {"limit", limit},
                                      {"timed_seconds", all_ms / 1000},
                                      {"classes", nlohmann::ordered_json::array()}};
        std::string latency, counts, agreement, differences;
        for (int k = 0; k < bench::kQueryClasses; ++k) {
            auto cls = static_cast<QueryClass>(k);
            const Measured& m = measured[static_cast<size_t>(k)];
            std::vector<size_t> of_class;
            for (size_t i = 0; i < queries.size(); ++i)
                if (queries[i].cls == cls) of_class.push_back(i);
            if (of_class.empty()) continue;
            size_t same = 0, fs_more = 0, fts_more = 0, facets_ok = 0, newest_ok = 0;
            std::vector<double> fs_counts, fts_counts;
            std::vector<size_t> differing;
            for (size_t i : of_class) {
                const Compared& c = compared[i];
                fs_counts.push_back(static_cast<double>(c.fs_count));
                fts_counts.push_back(static_cast<double>(c.fts_count));
                if (c.fs_count == c.fts_count) {
                    ++same;
                    facets_ok += c.facets_agree;
                    newest_ok += c.newest_agree;
                } else {
                    (c.fs_count > c.fts_count ? fs_more : fts_more)++;
                    differing.push_back(i);
                }
            }
            nlohmann::ordered_json j = {{"class", bench::class_name(cls)},
                                        {"queries", of_class.size()},
                                        {"example", queries[of_class.front()].query},
                                        {"forum_search",
                                         {{"p50_ms", bench::percentile(m.fs_ms, 50)},
                                          {"p95_ms", bench::percentile(m.fs_ms, 95)},
                                          {"p99_ms", bench::percentile(m.fs_ms, 99)},
                                          {"max_ms", bench::percentile(m.fs_ms, 100)},
                                          {"mean_ms", mean(m.fs_ms)},
                                          {"mean_matches", mean(fs_counts)}}},
                                        {"fts5",
                                         {{"p50_ms", bench::percentile(m.fts_ms, 50)},
                                          {"p95_ms", bench::percentile(m.fts_ms, 95)},
                                          {"p99_ms", bench::percentile(m.fts_ms, 99)},
                                          {"max_ms", bench::percentile(m.fts_ms, 100)},
                                          {"mean_ms", mean(m.fts_ms)},
                                          {"mean_matches", mean(fts_counts)}}},
                                        {"same_count", same},
                                        {"forum_search_more", fs_more},
                                        {"fts5_more", fts_more}};
            auto ratio = [&](const char* p) {
                double b = j["fts5"][p].get<double>();
                return b > 0 ? j["forum_search"][p].get<double>() / b : 0.0;
            };
            j["ratio_p50"] = ratio("p50_ms");
            j["ratio_p99"] = ratio("p99_ms");
            if (cls == QueryClass::kPhraseFacets) j["facets_agree_where_same_count"] = facets_ok;
            if (cls == QueryClass::kPhraseNewest) j["hits_agree_where_same_count"] = newest_ok;

            latency += "| " + std::string(bench::class_name(cls)) + " | " +
                       fmt(j["forum_search"]["p50_ms"]) + " | " + fmt(j["forum_search"]["p95_ms"]) +
                       " | " + fmt(j["forum_search"]["p99_ms"]) + " | " + fmt(j["fts5"]["p50_ms"]) +
                       " | " + fmt(j["fts5"]["p95_ms"]) + " | " + fmt(j["fts5"]["p99_ms"]) + " | " +
                       fmt(j["ratio_p50"], "%.2f") + " | " + fmt(j["ratio_p99"], "%.2f") + " | `" +
                       cell(queries[of_class.front()].query) + "` |\n";
            counts += "| " + std::string(bench::class_name(cls)) + " | " +
                      fmt(j["forum_search"]["mean_matches"], "%.1f") + " | " +
                      fmt(j["fts5"]["mean_matches"], "%.1f") + " | " + std::to_string(same) +
                      " of " + std::to_string(of_class.size()) + " | " + std::to_string(fs_more) +
                      " | " + std::to_string(fts_more) + " |\n";
            if (cls == QueryClass::kPhraseFacets)
                agreement += "- country facets identical in " + std::to_string(facets_ok) +
                             " of the " + std::to_string(same) +
                             " facet queries whose counts agree\n";
            if (cls == QueryClass::kPhraseNewest)
                agreement += "- newest-first top " + std::to_string(limit) +
                             " identical (same posts, same order) in " + std::to_string(newest_ok) +
                             " of the " + std::to_string(same) +
                             " newest-first queries whose counts agree\n";

            // A few differing queries; where both counts are small, one post each engine found
            // and the other did not.
            j["differences"] = nlohmann::ordered_json::array();
            std::stable_sort(differing.begin(), differing.end(), [&](size_t a, size_t b) {
                auto most = [&](size_t i) {
                    return std::max(compared[i].fs_count, compared[i].fts_count);
                };
                return most(a) < most(b);
            });
            for (size_t n = 0; n < std::min(examples, differing.size()); ++n) {
                const QuerySpec& q = queries[differing[n]];
                const Compared& c = compared[differing[n]];
                nlohmann::ordered_json d = {{"query", q.query},
                                            {"match", q.match},
                                            {"mix", q.mix},
                                            {"forum_search", c.fs_count},
                                            {"fts5", c.fts_count}};
                differences += "- `" + cell(q.query) + "` (" + bench::class_name(cls) +
                               (q.mix.empty() ? "" : ", " + q.mix) + "): forum-search " +
                               std::to_string(c.fs_count) + ", FTS5 " +
                               std::to_string(c.fts_count) + " (MATCH `" + cell(q.match) + "`)\n";
                if (std::max(c.fs_count, c.fts_count) <= 1000) {
                    EngineAnswer all_fs = fs.run(q, 0);
                    EngineAnswer all_fts = fts.all_matches(q);
                    if (auto only = first_missing(all_fts, all_fs)) {
                        d["fts5_only"] = {{"post", only->key}, {"snippet", only->snippet}};
                        differences += "  - FTS5 only, e.g. " + cell(only->key) + ": " +
                                       cell(only->snippet) + "\n";
                    }
                    if (auto only = first_missing(all_fs, all_fts)) {
                        d["forum_search_only"] = {{"post", only->key}, {"snippet", only->snippet}};
                        differences += "  - forum-search only, e.g. " + cell(only->key) + ": " +
                                       cell(only->snippet) + "\n";
                    }
                }
                j["differences"].push_back(d);
            }
            out["classes"].push_back(j);
        }
        std::string mixes;
        out["phrase_mix"] = nlohmann::ordered_json::array();
        for (const auto& [mix, m] : by_mix) {
            nlohmann::ordered_json j = {{"mix", mix},
                                        {"queries", m.fs_ms.size()},
                                        {"forum_search_p50_ms", bench::percentile(m.fs_ms, 50)},
                                        {"forum_search_p99_ms", bench::percentile(m.fs_ms, 99)},
                                        {"fts5_p50_ms", bench::percentile(m.fts_ms, 50)},
                                        {"fts5_p99_ms", bench::percentile(m.fts_ms, 99)}};
            mixes += "| " + mix + " | " + std::to_string(m.fs_ms.size()) + " | " +
                     fmt(j["forum_search_p50_ms"]) + " | " + fmt(j["forum_search_p99_ms"]) + " | " +
                     fmt(j["fts5_p50_ms"]) + " | " + fmt(j["fts5_p99_ms"]) + " |\n";
            out["phrase_mix"].push_back(j);
        }
        out["problems"] = problems;

        std::cout << fs_posts << " posts in both (FTS5: " << fts_posts << "); " << queries.size()
                  << " queries (" << queries.size() / bench::kQueryClasses
                  << " of each class), top " << limit
                  << " with snippets, one thread, warm; forum-search then FTS5, query by query. "
                     "Ratio: forum-search / FTS5 (≤ 1: forum-search as fast or faster).\n\n"
                  << "| class | forum-search p50 ms | p95 | p99 | FTS5 p50 ms | p95 | p99 | "
                     "ratio p50 | ratio p99 | first query of the class |\n"
                  << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n"
                  << latency
                  << "\nThe four phrase classes together, by how their phrases were drawn "
                     "(natural: from a random place; common: common words only; rare: none):\n\n"
                  << "| phrases | queries | forum-search p50 ms | p99 | FTS5 p50 ms | p99 |\n"
                  << "|---|---:|---:|---:|---:|---:|\n"
                  << mixes << "\nMatches per query (exact counts, outside the timed pass):\n\n"
                  << "| class | mean forum-search | mean FTS5 | same count | forum-search more "
                     "| FTS5 more |\n|---|---:|---:|---:|---:|---:|\n"
                  << counts << "\n"
                  << agreement;
        if (!differences.empty())
            std::cout << "\nDiffering queries (the smallest counts of each class; "
                         "a post only one engine found, with its snippet):\n\n"
                      << differences;
        constexpr size_t kProblemsShown = 20;
        for (size_t i = 0; i < std::min(problems.size(), kProblemsShown); ++i)
            std::cerr << "forum-bench-vs-fts5: " << problems[i] << '\n';
        if (problems.size() > kProblemsShown)
            std::cerr << "forum-bench-vs-fts5: and " << problems.size() - kProblemsShown
                      << " more problems\n";
        if (!json_path.empty()) {
            std::ofstream(json_path) << out.dump(2) << '\n';
        }
        if (sink == 42) std::cerr << '\n';  // keeps the timed work from being optimised away
        return check && !problems.empty() ? 1 : 0;
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-bench-vs-fts5: " << e.get_description() << '\n';
        return 3;
    } catch (const std::exception& e) {
        std::cerr << "forum-bench-vs-fts5: " << e.what() << '\n';
        return 1;
    }
}
