#include "indexer/report.hpp"

#include <cstdio>
#include <iostream>

namespace forum {
namespace {

std::string plural(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

void Report::add(InputProblem problem, bool print_failure) {
    const ProblemKind& kind = describe(problem.problem);
    if (!kind.failure) {
        ++skipped[problem.problem];
        return;
    }
    if (print_failure) {
        std::cerr << "forum-index: " << problem.source << ": " << kind.text;
        if (!problem.detail.empty()) std::cerr << " (" << problem.detail << ")";
        std::cerr << '\n';
    }
    failed.push_back(std::move(problem));
}

std::string Report::summary(const char* verb) const {
    size_t skipped_total = 0;
    for (const auto& [key, n] : skipped)
        skipped_total += n;
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.1f", seconds);
    std::string line = std::string(verb) + " " + plural(posts_indexed, "post", "posts") + " from " +
                       plural(thread_pages, "page", "pages") + " (" +
                       plural(duplicate_pages, "duplicate page", "duplicate pages") + ", " +
                       std::to_string(skipped_total) + " skipped, " +
                       std::to_string(failed.size()) + " failed) in " + secs + " s";
    if (skipped_total > 0) {
        line += "\nskipped:";
        const char* sep = " ";
        for (const auto& [problem, n] : skipped) {
            line += sep + std::to_string(n) + " " + std::string(describe(problem).text);
            sep = ", ";
        }
    }
    if (!failed.empty()) {
        std::map<std::string_view, size_t> by_reason;
        for (const auto& f : failed)
            ++by_reason[describe(f.problem).text];
        line += "\nfailed:";
        const char* sep = " ";
        for (const auto& [text, n] : by_reason) {
            line += sep + std::to_string(n) + " " + std::string(text);
            sep = ", ";
        }
    }
    return line;
}

nlohmann::ordered_json Report::to_json() const {
    nlohmann::ordered_json fails = nlohmann::ordered_json::array();
    for (const auto& f : failed) {
        fails.push_back({{"source", f.source},
                         {"reason", describe(f.problem).key},
                         {"detail", f.detail.empty() ? nlohmann::ordered_json(nullptr)
                                                     : nlohmann::ordered_json(f.detail)}});
    }
    nlohmann::ordered_json skips = nlohmann::ordered_json::object();
    for (const auto& [problem, n] : skipped)
        skips[std::string(describe(problem).key)] = n;
    return {{"files_seen", files_seen},
            {"pages_seen", pages_seen},
            {"thread_pages", thread_pages},
            {"posts_indexed", posts_indexed},
            {"duplicate_posts", duplicate_posts},
            {"duplicate_pages", duplicate_pages},
            {"cut_posts", cut_posts},
            {"charset_fallbacks", charset_fallbacks},
            {"skipped", std::move(skips)},
            {"failed", std::move(fails)},
            {"seconds", seconds}};
}

}  // namespace forum
