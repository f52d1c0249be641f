#include "indexer/report/report.hpp"

#include <cstdio>
#include <iostream>

namespace forum {
namespace {

std::string plural(size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void print(const InputProblem& p, const char* label) {
    std::cerr << "forum-index: " << p.source << ": " << label << describe(p.problem).text;
    if (!p.detail.empty()) std::cerr << " (" << p.detail << ")";
    std::cerr << '\n';
}

nlohmann::ordered_json problems_json(const std::vector<InputProblem>& list) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& p : list) {
        out.push_back({{"source", p.source},
                       {"reason", describe(p.problem).key},
                       {"detail", p.detail.empty() ? nlohmann::ordered_json(nullptr)
                                                   : nlohmann::ordered_json(p.detail)}});
    }
    return out;
}

// "2 truncated page, 1 damaged WARC record" style tallies by reason.
std::string tally(const std::vector<InputProblem>& list) {
    std::map<std::string_view, size_t> by_reason;
    for (const auto& p : list)
        ++by_reason[describe(p.problem).text];
    std::string out;
    for (const auto& [text, n] : by_reason) {
        out += (out.empty() ? " " : ", ") + std::to_string(n) + " " + std::string(text);
    }
    return out;
}

}  // namespace

void Report::add(InputProblem problem) {
    if (deferred) {
        pending.push_back(std::move(problem));
        return;
    }
    switch (describe(problem.problem).severity) {
        case Severity::kSkip:
            if (verbose) print(problem, "skipped: ");
            ++skipped[problem.problem];
            break;
        case Severity::kFailure:
            print(problem, "");
            failed.push_back(std::move(problem));
            break;
        case Severity::kWarning:
            if (!quiet) print(problem, "warning: ");
            warnings.push_back(std::move(problem));
            break;
    }
}

void Report::absorb(Report&& o) {
    files_seen += o.files_seen;
    files_unchanged += o.files_unchanged;
    pages_seen += o.pages_seen;
    pages_unchanged += o.pages_unchanged;
    thread_pages += o.thread_pages;
    posts_indexed += o.posts_indexed;
    added += o.added;
    replaced += o.replaced;
    deleted += o.deleted;
    unchanged += o.unchanged;
    duplicate_posts += o.duplicate_posts;
    duplicate_pages += o.duplicate_pages;
    cut_posts += o.cut_posts;
    other_partition_posts += o.other_partition_posts;
    for (auto& p : o.pending)
        add(std::move(p));
    o.pending.clear();
}

std::string Report::summary() const {
    size_t skipped_total = 0;
    for (const auto& [problem, n] : skipped)
        skipped_total += n;
    char secs[32];
    std::snprintf(secs, sizeof secs, "%.1f", seconds);
    std::string line;
    if (indexing) {
        line = "added " + std::to_string(added) + ", replaced " + std::to_string(replaced) +
               ", deleted " + std::to_string(deleted) + ", unchanged " + std::to_string(unchanged) +
               " posts; read " + plural(pages_seen, "page", "pages") + " from " +
               std::to_string(files_seen - files_unchanged) + " of " +
               plural(files_seen, "file", "files") + " (" +
               plural(duplicate_pages, "duplicate page", "duplicate pages") + ", ";
    } else {
        line = "extracted " + plural(posts_indexed, "post", "posts") + " from " +
               plural(thread_pages, "page", "pages") + " (";
    }
    line +=
        std::to_string(skipped_total) + " skipped, " + std::to_string(failed.size()) + " failed";
    if (!warnings.empty()) line += ", " + plural(warnings.size(), "warning", "warnings");
    line += ") in " + std::string(secs) + " s";
    if (other_partition_posts > 0)
        line += "; " + plural(other_partition_posts, "post", "posts") + " of other partitions";
    if (interrupted) line += "; interrupted, what was done is committed";
    if (skipped_total > 0) {
        line += "\nskipped:";
        const char* sep = " ";
        for (const auto& [problem, n] : skipped) {
            line += sep + std::to_string(n) + " " + std::string(describe(problem).text);
            sep = ", ";
        }
    }
    if (!failed.empty()) line += "\nfailed:" + tally(failed);
    if (!warnings.empty()) line += "\nwarnings:" + tally(warnings);
    return line;
}

nlohmann::ordered_json Report::to_json() const {
    nlohmann::ordered_json skips = nlohmann::ordered_json::object();
    for (const auto& [problem, n] : skipped)
        skips[std::string(describe(problem).key)] = n;
    return {{"files_seen", files_seen},
            {"files_unchanged", files_unchanged},
            {"pages_seen", pages_seen},
            {"pages_unchanged", pages_unchanged},
            {"thread_pages", thread_pages},
            {"posts_indexed", posts_indexed},
            {"added", added},
            {"replaced", replaced},
            {"deleted", deleted},
            {"unchanged", unchanged},
            {"duplicate_posts", duplicate_posts},
            {"duplicate_pages", duplicate_pages},
            {"cut_posts", cut_posts},
            {"other_partition_posts", other_partition_posts},
            {"skipped", std::move(skips)},
            {"failed", problems_json(failed)},
            {"warnings", problems_json(warnings)},
            {"interrupted", interrupted},
            {"seconds", seconds}};
}

}  // namespace forum
