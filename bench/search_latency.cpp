// forum-bench-search: in-process query latency on a forum-search index, with snippets.
//
//   forum-bench-search --db DB [--queries 1000] [--seed S] [--limit 10] [--json]
//                      [--query-db DB2]   (draw the queries from DB2: the same set over shards)
//   forum-bench-search --db DB --seed S --print-phrase     (a phrase that has hits, for the CLI)
//
// Kinds: a single term, an AND of two terms, a phrase, a phrase with a filter (country: or
// forum:, alternately), a phrase sorted newest first, a phrase with facets. Each query builds the
// Xapian query the way forum-search's parser does for that text (bare words: stemmed Z terms;
// phrases: unstemmed terms with positions; filters: boolean terms from common/schema.hpp), runs
// BM25 top-N with check_at_least 1000 as forum-search does, reads every hit's post (its document
// data) and makes its snippet with the searcher's own make_snippet (searcher/snippet.hpp).
//
// Facets: a phrase with Xapian::ValueCountMatchSpy over the country and year slots, as
// `forum-search --facet country --facet year` counts them: every match (check_at_least = the
// whole collection), and the top 10 values of each read.
//
// Words for the terms come from the crawl generator's vocabulary (same seed, same words, Zipf
// ranks, function words left out); phrases are 2–3 consecutive words of posts drawn from the
// index, so that they match what was generated. Everything is seeded: the same index and seed give
// the same queries. A warm-up pass runs first; the figures are from the second pass.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <xapian.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/model.hpp"
#include "bench/percentile.hpp"
#include "common/schema/schema.hpp"
#include "searcher/snippet.hpp"

namespace {

using namespace forum;
using Clock = std::chrono::steady_clock;
using bench::percentile;

enum Kind { kTerm, kAnd, kPhrase, kPhraseFilter, kPhraseByDate, kPhraseFacets, kKinds };
const char* const kKindNames[] = {"single term",
                                  "AND of two terms",
                                  "phrase",
                                  "phrase + filter (country:/forum:)",
                                  "phrase, newest first",
                                  "phrase + facets (country, year)"};

struct BenchQuery {
    Kind kind;
    std::string text;  // as a user would type it, for the report
    Xapian::Query query;
};

struct Stats {
    std::vector<double> ms;
    size_t zero_hits = 0;
    double estimated_total = 0;
};

bool plain_word(const std::string& w) {
    if (w.empty()) return false;
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Lower-cases ASCII and strips trailing punctuation: how a phrase would be typed.
std::string plain(std::string w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == '?'))
        w.pop_back();
    for (char& c : w)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return w;
}

class QueryMaker {
public:
    QueryMaker(const Xapian::Database& db, const Xapian::Stem& stem, std::uint64_t seed)
        : db_(db), stem_(stem), vocab_(seed), rng_(seed ^ 0x7175657279ULL) {}

    // A content word (rank ≥ 100) that the index holds.
    std::string word() {
        for (int attempt = 0;; ++attempt) {
            size_t r = vocab_.sample_rank(rng_);
            if (r < 100 && attempt < 50) continue;
            const std::string& w = vocab_.word(r);
            if (db_.term_exists("Z" + stem_(w)) || attempt >= 50) return w;
        }
    }

    Xapian::Query stemmed(const std::string& w) { return Xapian::Query("Z" + stem_(w)); }

    // 2–3 consecutive plain words of a post drawn at random.
    std::vector<std::string> phrase() {
        for (int attempt = 0; attempt < 1000; ++attempt) {
            std::vector<std::string> words = phrase_words_of_random_post();
            if (words.size() < 4) continue;
            size_t n = rng_.chance(0.5) ? 2 : 3;
            size_t at = rng_.below(words.size() - n);
            std::vector<std::string> out;
            bool ok = true;
            for (size_t i = 0; i < n && ok; ++i) {
                std::string w = words[at + i];
                // Punctuation may end the last word only: a phrase does not cross a sentence.
                if (i + 1 < n && !w.empty() && !std::isalpha(static_cast<unsigned char>(w.back())))
                    ok = false;
                w = plain(w);
                if (!plain_word(w)) ok = false;
                out.push_back(w);
            }
            if (ok) return out;
        }
        return {"the", "of"};
    }

    static std::vector<std::string> split(const std::string& text) {
        std::vector<std::string> words;
        size_t pos = 0;
        while (pos < text.size()) {
            size_t end = text.find_first_of(" \n", pos);
            if (end == std::string::npos) end = text.size();
            if (end > pos) words.push_back(text.substr(pos, end - pos));
            pos = end + 1;
        }
        return words;
    }

    std::vector<std::string> phrase_words_of_random_post() {
        Xapian::docid last = db_.get_lastdocid();
        for (int attempt = 0; attempt < 1000; ++attempt) {
            Xapian::docid id = static_cast<Xapian::docid>(1 + rng_.below(last));
            try {
                source_ = schema::post_from_document(db_.get_document(id));
            } catch (const Xapian::DocNotFoundError&) {
                continue;
            }
            return split(source_.text);
        }
        return {};
    }

    bool function_word(const std::string& w) const {
        for (size_t r = 0; r < 100; ++r)
            if (vocab_.word(r) == w) return true;
        return false;
    }

    Xapian::Query phrase_query(const std::vector<std::string>& words, std::string& text) {
        text = "\"";
        for (size_t i = 0; i < words.size(); ++i)
            text += (i ? " " : "") + words[i];
        text += "\"";
        return Xapian::Query(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
    }

    // Two different content words of one post drawn at random: words that occur together.
    std::pair<std::string, std::string> pair_of_words() {
        for (int attempt = 0; attempt < 1000; ++attempt) {
            auto words = phrase_words_of_random_post();
            std::vector<std::string> content;
            for (auto& w : words) {
                w = plain(w);
                if (plain_word(w) && !function_word(w)) content.push_back(w);
            }
            if (content.size() < 2) continue;
            std::string a = content[rng_.below(content.size())];
            std::string b = content[rng_.below(content.size())];
            if (a != b) return {a, b};
        }
        return {word(), word()};
    }

    // The filter a user remembering that post would add: its poster's country, or its forum.
    std::string filter_of_source(size_t which) {
        if (which == 0 && source_.country)
            return schema::boolean_term(schema::kCountry, *source_.country);
        return schema::boolean_term(schema::kForum, source_.forum.value_or(""));
    }

    BenchQuery make(Kind kind) {
        BenchQuery q{kind, {}, {}};
        switch (kind) {
            case kTerm: {
                std::string w = word();
                q.text = w;
                q.query = stemmed(w);
                break;
            }
            case kAnd: {
                auto [a, b] = pair_of_words();
                q.text = a + " " + b;
                q.query = Xapian::Query(Xapian::Query::OP_AND, stemmed(a), stemmed(b));
                break;
            }
            case kPhraseFilter: {
                size_t which = filter_turn_++ % 2;
                q.query = phrase_query(phrase(), q.text);
                std::string term = filter_of_source(which);
                bool country = term.starts_with(schema::kCountry);
                q.text += country ? " country:\"" : " forum:\"";
                q.text += term.substr(country ? schema::kCountry.size() : schema::kForum.size());
                q.text += "\"";
                q.query = Xapian::Query(Xapian::Query::OP_FILTER, q.query, Xapian::Query(term));
                break;
            }
            default:
                q.query = phrase_query(phrase(), q.text);
        }
        return q;
    }

private:
    const Xapian::Database& db_;
    Xapian::Stem stem_;
    bench::Vocabulary vocab_;
    bench::Rng rng_;
    Post source_;  // the post the last phrase came from
    size_t filter_turn_ = 0;
};

// One query as forum-search runs it: match, read each hit's post, make its snippet.
// Without snippets (--no-snippets, for diagnosis only) it stops after the match.
bool g_snippets = true;

size_t run(Xapian::Database& db, const Xapian::Stem& stem, const BenchQuery& q, unsigned limit,
           Xapian::doccount& estimated) {
    Xapian::Enquire enquire(db);
    enquire.set_query(q.query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    Xapian::doccount check_at_least = 1000;
    Xapian::ValueCountMatchSpy countries(schema::kCountryName);
    Xapian::ValueCountMatchSpy years(schema::kYear);
    if (q.kind == kPhraseByDate)
        enquire.set_sort_by_value_then_relevance(schema::kDateSortable, true);
    if (q.kind == kPhraseFacets) {
        enquire.add_matchspy(&countries);
        enquire.add_matchspy(&years);
        check_at_least = db.get_doccount();
    }
    Xapian::MSet mset = enquire.get_mset(0, limit, check_at_least);
    estimated = mset.get_matches_estimated();
    size_t bytes = 0;
    for (auto it = mset.begin(); g_snippets && it != mset.end(); ++it) {
        Post post = schema::post_from_document(it.get_document());
        bytes += make_snippet(mset, post.text, 200, stem).text.size();
    }
    if (q.kind == kPhraseFacets) {
        for (auto* spy : {&countries, &years}) {
            for (auto v = spy->top_values_begin(10); v != spy->top_values_end(10); ++v)
                bytes += (*v).size() + v.get_termfreq() % 2;
        }
    }
    return bytes;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"In-process query latency of a forum-search index, snippets included."};
    std::string path, query_path;
    size_t per_kind = 1000;
    std::uint64_t seed = 1;
    unsigned limit = 10;
    bool json = false, print_phrase = false;
    app.add_option("--db", path, "index")->required();
    app.add_option("--query-db", query_path,
                   "draw the queries from this index (default: --db); DB may be a stub of shards, "
                   "whose document ids differ from one index's");
    app.add_option("--queries", per_kind, "queries of each kind (1000)");
    app.add_option("--seed", seed, "the crawl generator's seed (vocabulary) and the query seed");
    app.add_option("--limit", limit, "hits per query (10)");
    app.add_flag("--json", json, "print the figures as JSON");
    bool no_snippets = false;
    app.add_flag("--no-snippets", no_snippets,
                 "match only: no document reads, no snippets (to see what snippets cost)");
    app.add_flag("--print-phrase", print_phrase, "print one phrase with hits, unquoted, and exit");
    CLI11_PARSE(app, argc, argv);
    g_snippets = !no_snippets;
    try {
        Xapian::Database db(path);
        std::string language = db.get_metadata(std::string(schema::kMetaLanguage));
        Xapian::Stem stem(language.empty() ? std::string(schema::kDefaultLanguage) : language);
        Xapian::Database query_db(query_path.empty() ? path : query_path);
        QueryMaker maker(query_db, stem, seed);
        if (print_phrase) {
            for (int attempt = 0; attempt < 100; ++attempt) {
                BenchQuery q = maker.make(kPhrase);
                Xapian::Enquire e(db);
                e.set_query(q.query);
                // Three or more words with a few hits: a phrase someone would look up.
                if (q.text.find(' ') == q.text.rfind(' ') && attempt < 80) continue;
                if (e.get_mset(0, 1).size() > 0) {
                    std::cout << q.text.substr(1, q.text.size() - 2) << '\n';
                    return 0;
                }
            }
            return 1;
        }
        std::vector<BenchQuery> queries;
        for (size_t i = 0; i < per_kind; ++i) {
            for (int k = 0; k < kKinds; ++k)
                queries.push_back(maker.make(static_cast<Kind>(k)));
        }
        // Warm-up: the page cache and Xapian's block cache, as on a server that has been up.
        Xapian::doccount estimated = 0;
        size_t sink = 0;
        for (const auto& q : queries)
            sink += run(db, stem, q, limit, estimated);
        std::vector<Stats> stats(kKinds);
        auto all_start = Clock::now();
        for (const auto& q : queries) {
            auto start = Clock::now();
            sink += run(db, stem, q, limit, estimated);
            double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
            Stats& s = stats[q.kind];
            s.ms.push_back(ms);
            s.estimated_total += estimated;
            if (estimated == 0) ++s.zero_hits;
        }
        double all_ms = std::chrono::duration<double, std::milli>(Clock::now() - all_start).count();
        nlohmann::ordered_json out = {{"db", path},
                                      {"documents", db.get_doccount()},
                                      {"queries_per_kind", per_kind},
                                      {"limit", limit},
                                      {"snippets", g_snippets},
                                      {"seed", seed},
                                      {"total_seconds", all_ms / 1000},
                                      {"kinds", nlohmann::ordered_json::array()}};
        for (int k = 0; k < kKinds; ++k) {
            const Stats& s = stats[k];
            double sum = 0;
            for (double v : s.ms)
                sum += v;
            out["kinds"].push_back(
                {{"kind", kKindNames[k]},
                 {"example", queries[static_cast<size_t>(k)].text},
                 {"p50_ms", percentile(s.ms, 50)},
                 {"p95_ms", percentile(s.ms, 95)},
                 {"p99_ms", percentile(s.ms, 99)},
                 {"max_ms", percentile(s.ms, 100)},
                 {"mean_ms", s.ms.empty() ? 0 : sum / static_cast<double>(s.ms.size())},
                 {"mean_matches",
                  s.ms.empty() ? 0 : s.estimated_total / static_cast<double>(s.ms.size())},
                 {"zero_hit_queries", s.zero_hits}});
        }
        if (json) {
            std::cout << out.dump(2) << '\n';
        } else {
            std::printf("%zu documents; %zu queries of each kind, top %u %s, warm, one thread\n\n",
                        static_cast<size_t>(db.get_doccount()), per_kind, limit,
                        g_snippets ? "with snippets" : "WITHOUT snippets");
            std::printf(
                "| kind | example | p50 ms | p95 ms | p99 ms | max ms | mean matches | no hits "
                "|\n");
            std::printf("|---|---|---:|---:|---:|---:|---:|---:|\n");
            for (const auto& k : out["kinds"]) {
                std::printf("| %s | `%s` | %.3f | %.3f | %.3f | %.3f | %.0f | %zu |\n",
                            k["kind"].get<std::string>().c_str(),
                            k["example"].get<std::string>().c_str(), k["p50_ms"].get<double>(),
                            k["p95_ms"].get<double>(), k["p99_ms"].get<double>(),
                            k["max_ms"].get<double>(), k["mean_matches"].get<double>(),
                            k["zero_hit_queries"].get<size_t>());
            }
        }
        return sink == 42 ? 0 : 0;  // sink keeps the work from being optimised away
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-bench-search: " << e.get_description() << '\n';
        return 3;
    }
}
