// forum-bench-queries: the seeded query set of the forum-search / SQLite FTS5 comparison (issue
// 16).
//
//   forum-bench-queries --posts posts.jsonl [--queries 500] [--seed 1] --out queries.jsonl
//
// Reads the posts `forum-index extract` printed for the crawl both engines index, and writes
// --queries queries of each class (bench/query_set.hpp), interleaved (one of each class in turn),
// so that a timed pass mixes the classes as a server's load would. The same posts and seed give
// the same file, byte for byte.
//
// Every query is drawn from the text of a post, so it matches at least that post in both engines:
//   single term       a content word (not one of the 100 commonest) of a random post; drawing an
//                     occurrence of a random post follows the corpus's Zipf frequencies;
//   AND of two terms  two different content words of one post (words that occur together);
//   phrases           2 or 3 consecutive words of a post (half each), within a sentence, in this
//                     mix for each phrase class: half "natural" (from a random place, so
//                     common words come as often as in the text: "in the navy"), a quarter
//                     "common" (common words only: "of the", "it is a" — the hard case for a
//                     positional index, with the longest posting lists), a quarter "rare" (no
//                     common word: "ballistic trousen", a lookup of something specific);
//   + country filter  the country of the post the phrase came from (posts without one are
//                     passed over), as `country:"NAME"` for forum-search and a column for FTS5;
//   newest first, + country facets: the phrase alone, with that sort or facet.
// "Common" means one of the 100 most frequent words of the posts sampled, so the same rule works
// on a real crawl as on a generated one.

#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/model.hpp"
#include "bench/query_set.hpp"

namespace {

using bench::QueryClass;
using bench::QuerySpec;
using bench::Rng;

constexpr size_t kCommonWords = 100;

struct SampledPost {
    std::vector<std::string> tokens;  // the text split at white space, as written
    std::optional<std::string> country;
};

// Lower-cases ASCII and strips a trailing full stop, comma or question mark: a word as typed.
std::string plain(std::string w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == '?'))
        w.pop_back();
    for (char& c : w)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
}

// Only words of ASCII letters: both tokenizers read them the same way (one token, no accents).
bool plain_word(const std::string& w) {
    return !w.empty() &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::vector<std::string> split(const std::string& text) {
    std::vector<std::string> out;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find_first_of(" \n\t", pos);
        if (end == std::string::npos) end = text.size();
        if (end > pos) out.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

std::string fts5_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        out += c;
        if (c == '"') out += '"';
    }
    return out + "\"";
}

class QueryMaker {
public:
    QueryMaker(std::vector<SampledPost> posts, std::uint64_t seed)
        : posts_(std::move(posts)), rng_(seed ^ 0x6674733571756572ULL) {
        std::unordered_map<std::string, size_t> freq;
        for (const auto& p : posts_)
            for (const auto& t : p.tokens)
                if (std::string w = plain(t); plain_word(w)) ++freq[w];
        std::vector<std::pair<std::string, size_t>> ranked(freq.begin(), freq.end());
        std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        for (size_t i = 0; i < std::min(kCommonWords, ranked.size()); ++i)
            common_.insert(ranked[i].first);
    }

    QuerySpec make(QueryClass cls, size_t index) {
        QuerySpec q;
        q.cls = cls;
        if (cls == QueryClass::kTerm) {
            std::string w = content_words(1)[0];
            q.query = w;
            q.match = fts5_string(w);
            return q;
        }
        if (cls == QueryClass::kAnd) {
            auto words = content_words(2);
            q.query = words[0] + " " + words[1];
            q.match = fts5_string(words[0]) + " AND " + fts5_string(words[1]);
            return q;
        }
        static const char* const kMix[] = {"natural", "natural", "common", "rare"};
        q.mix = kMix[index % 4];
        bool with_country = cls == QueryClass::kPhraseCountry;
        std::vector<std::string> words = phrase(q.mix, with_country);
        std::string text;
        for (const auto& w : words)
            text += (text.empty() ? "" : " ") + w;
        q.query = "\"" + text + "\"";
        q.match = fts5_string(text);
        if (with_country) {
            q.country = *posts_[last_post_].country;
            q.query += " country:\"" + *q.country + "\"";
        }
        q.newest = cls == QueryClass::kPhraseNewest;
        q.country_facet = cls == QueryClass::kPhraseFacets;
        return q;
    }

private:
    const SampledPost& random_post() {
        last_post_ = rng_.below(posts_.size());
        return posts_[last_post_];
    }

    // n different content words of one post.
    std::vector<std::string> content_words(size_t n) {
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            std::vector<std::string> words;
            for (const auto& t : random_post().tokens) {
                std::string w = plain(t);
                if (plain_word(w) && !common_.count(w) &&
                    std::find(words.begin(), words.end(), w) == words.end())
                    words.push_back(w);
            }
            if (words.size() < n) continue;
            std::vector<std::string> out;
            while (out.size() < n) {
                std::string w = words[rng_.below(words.size())];
                if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
            }
            return out;
        }
        throw std::runtime_error("no post has " + std::to_string(n) + " content words");
    }

    // The n words from `at` if they make a phrase of this mix, else nothing.
    std::optional<std::vector<std::string>> phrase_at(const SampledPost& p, size_t at, size_t n,
                                                      const std::string& mix) const {
        std::vector<std::string> out;
        for (size_t i = 0; i < n; ++i) {
            const std::string& t = p.tokens[at + i];
            // Punctuation may end the last word only: a phrase stays within a sentence.
            if (i + 1 < n && !std::isalpha(static_cast<unsigned char>(t.back()))) return {};
            std::string w = plain(t);
            if (!plain_word(w)) return {};
            bool is_common = common_.count(w) > 0;
            if ((mix == "common" && !is_common) || (mix == "rare" && is_common)) return {};
            out.push_back(std::move(w));
        }
        return out;
    }

    std::vector<std::string> phrase(const std::string& mix, bool with_country) {
        size_t n = rng_.chance(0.5) ? 2 : 3;
        for (int attempt = 0; attempt < kAttempts; ++attempt) {
            const SampledPost& p = random_post();
            if (with_country && !p.country) continue;
            if (p.tokens.size() < n) continue;
            if (mix == "natural") {
                if (auto words = phrase_at(p, rng_.below(p.tokens.size() - n + 1), n, mix))
                    return *words;
                continue;
            }
            std::vector<size_t> starts;
            for (size_t at = 0; at + n <= p.tokens.size(); ++at)
                if (phrase_at(p, at, n, mix)) starts.push_back(at);
            if (!starts.empty()) return *phrase_at(p, starts[rng_.below(starts.size())], n, mix);
        }
        throw std::runtime_error("no post has a " + mix + " phrase of " + std::to_string(n) +
                                 " words" + (with_country ? " and a country" : ""));
    }

    static constexpr int kAttempts = 100000;
    std::vector<SampledPost> posts_;
    std::unordered_set<std::string> common_;
    Rng rng_;
    size_t last_post_ = 0;
};

// Reads a seeded sample of the posts: enough to draw every query from a different post where
// the crawl allows, without holding a million posts' text.
std::vector<SampledPost> sample_posts(const std::string& path, size_t wanted, std::uint64_t seed) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    size_t total = 0;
    std::string line;
    while (std::getline(in, line))
        total += !line.empty();
    if (total == 0) throw std::runtime_error(path + " holds no posts");
    std::vector<bool> keep(total, wanted >= total);
    Rng rng(seed ^ 0x73616d706c65ULL);
    for (size_t chosen = 0; wanted < total && chosen < wanted;) {
        size_t i = rng.below(total);
        if (!keep[i]) {
            keep[i] = true;
            ++chosen;
        }
    }
    in.clear();
    in.seekg(0);
    std::vector<SampledPost> out;
    size_t i = 0;
    for (size_t n = 1; std::getline(in, line); ++n) {
        if (line.empty()) continue;
        if (!keep[i++]) continue;
        try {
            auto j = nlohmann::json::parse(line);
            SampledPost p{split(j.at("text").get<std::string>()), std::nullopt};
            if (j.at("country").is_string()) p.country = j["country"].get<std::string>();
            out.push_back(std::move(p));
        } catch (const nlohmann::json::exception& e) {
            throw std::runtime_error(path + ":" + std::to_string(n) + ": " + e.what());
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"The seeded query set of the forum-search / SQLite FTS5 comparison."};
    std::string posts_path, out_path;
    size_t per_class = 500;
    std::uint64_t seed = 1;
    app.add_option("--posts", posts_path, "posts as `forum-index extract` prints them")->required();
    app.add_option("--queries", per_class, "queries of each class (500)");
    app.add_option("--seed", seed, "seed of the sample and of the queries (1)");
    app.add_option("--out", out_path, "the query file to write")->required();
    CLI11_PARSE(app, argc, argv);
    try {
        QueryMaker maker(sample_posts(posts_path, std::max<size_t>(2000, 40 * per_class), seed),
                         seed);
        std::ofstream out(out_path);
        if (!out) throw std::runtime_error("cannot write " + out_path);
        for (size_t i = 0; i < per_class; ++i)
            for (int c = 0; c < bench::kQueryClasses; ++c)
                out << bench::to_json_line(maker.make(static_cast<QueryClass>(c), i)) << '\n';
        out.close();
        if (!out) throw std::runtime_error("cannot write " + out_path);
    } catch (const std::exception& e) {
        std::cerr << "forum-bench-queries: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
