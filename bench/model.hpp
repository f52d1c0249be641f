#pragma once
// What the benchmark's crawl generator and its query generator share: a portable seeded random
// number generator (the standard distributions differ between libraries, so the generator never
// uses them) and the Zipf-distributed vocabulary the posts are written from. The same seed gives
// the same words, in the same order of frequency, everywhere.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <vector>

namespace bench {

// SplitMix64: small, fast, and the same sequence on every platform.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n); n > 0. The modulo bias is irrelevant at these sizes.
    std::uint64_t below(std::uint64_t n) { return next() % n; }
    // Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)));
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // A child generator: streams that must not shift when another stream draws more numbers.
    Rng fork(std::uint64_t salt) { return Rng(next() ^ (salt * 0xD1B54A32D192ED03ULL)); }

private:
    std::uint64_t state_;
};

// Words by rank: English function words first, then forum topic words interleaved with
// pronounceable synthetic words. Rank r is drawn with probability ∝ 1 / (r + 1)^1.07.
class Vocabulary {
public:
    explicit Vocabulary(std::uint64_t seed, size_t size = 40000) {
        static const char* const kFunction[] = {
            "the",   "of",   "and",  "to",   "a",     "in",    "is",     "that", "it",
            "for",   "was",  "on",   "are",  "as",    "with",  "they",   "be",   "at",
            "this",  "have", "from", "or",   "by",    "not",   "but",    "what", "all",
            "were",  "we",   "when", "your", "can",   "said",  "there",  "an",   "each",
            "which", "she",  "do",   "how",  "their", "if",    "will",   "up",   "other",
            "about", "out",  "many", "then", "them",  "these", "so",     "some", "her",
            "would", "make", "like", "him",  "into",  "time",  "has",    "look", "two",
            "more",  "go",   "see",  "no",   "way",   "could", "people", "my",   "than",
            "first", "been", "who",  "its",  "now",   "long",  "down",   "did",  "get",
            "come",  "made", "may",  "part", "over",  "new",   "after",  "also", "only",
            "just",  "any",  "most", "very", "even",  "back",  "good",   "much", "well"};
        static const char* const kTopic[] = {
            "china",         "navy",      "missile",    "destroyer", "summit",     "border",
            "trade",         "army",      "drone",      "submarine", "frigate",    "carrier",
            "pakistan",      "india",     "japan",      "korea",     "russia",     "ukraine",
            "taiwan",        "fighter",   "jet",        "radar",     "satellite",  "nuclear",
            "treaty",        "sanctions", "economy",    "election",  "minister",   "president",
            "government",    "military",  "defence",    "exercise",  "strait",     "corvette",
            "tank",          "artillery", "ammunition", "contract",  "factory",    "engine",
            "hypersonic",    "ballistic", "cruise",     "stealth",   "airbase",    "port",
            "pipeline",      "oil",       "gas",        "inflation", "currency",   "bank",
            "semiconductor", "chip",      "export",     "import",    "tariff",     "alliance",
            "diplomat",      "embassy",   "ceasefire",  "conflict",  "invasion",   "peace",
            "talks",         "deal",      "report",     "source",    "analyst",    "claim",
            "video",         "photo",     "news",       "thread",    "forum",      "member",
            "agree",         "disagree",  "propaganda", "strategy",  "budget",     "procurement",
            "regiment",      "brigade",   "division",   "commander", "general",    "admiral",
            "helicopter",    "transport", "logistics",  "supply",    "production", "launch",
            "test",          "trial",     "induction",  "squadron",  "patrol",     "coast"};
        Rng rng(seed ^ 0x766F636162756C61ULL);
        std::unordered_set<std::string> seen;
        auto add = [&](std::string w) {
            if (seen.insert(w).second) words_.push_back(std::move(w));
        };
        for (const char* w : kFunction)
            add(w);
        size_t topic = 0;
        while (words_.size() < size) {
            if (topic < std::size(kTopic) && words_.size() % 3 == 0) {
                add(kTopic[topic++]);
            } else {
                add(synthetic(rng));
            }
        }
        cdf_.reserve(words_.size());
        double total = 0;
        for (size_t r = 0; r < words_.size(); ++r) {
            total += 1.0 / std::pow(static_cast<double>(r + 1), 1.07);
            cdf_.push_back(total);
        }
        for (double& c : cdf_)
            c /= total;
    }

    size_t size() const { return words_.size(); }
    const std::string& word(size_t rank) const { return words_[rank]; }
    size_t sample_rank(Rng& rng) const {
        double u = rng.unit();
        size_t r =
            static_cast<size_t>(std::upper_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin());
        return std::min(r, words_.size() - 1);
    }
    const std::string& sample(Rng& rng) const { return words_[sample_rank(rng)]; }

private:
    static std::string synthetic(Rng& rng) {
        static const char* const kOnset[] = {"b",  "d",  "f",  "g",  "k",  "l",  "m",  "n",
                                             "p",  "r",  "s",  "t",  "v",  "z",  "br", "st",
                                             "tr", "sh", "ch", "gr", "pl", "kr", "th", ""};
        static const char* const kVowel[] = {"a", "e", "i", "o", "u", "ai", "ou", "ea", "y"};
        static const char* const kCoda[] = {"", "", "", "n", "r", "s", "l", "m", "st", "nd", "x"};
        std::string w;
        int syllables = static_cast<int>(rng.between(2, 4));
        for (int i = 0; i < syllables; ++i) {
            w += kOnset[rng.below(std::size(kOnset))];
            w += kVowel[rng.below(std::size(kVowel))];
            if (i + 1 == syllables || rng.chance(0.2)) w += kCoda[rng.below(std::size(kCoda))];
        }
        return w;
    }

    std::vector<std::string> words_;
    std::vector<double> cdf_;
};

}  // namespace bench
