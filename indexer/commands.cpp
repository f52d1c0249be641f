#include "indexer/commands.hpp"

#include <chrono>
#include <functional>
#include <iostream>
#include <unordered_map>

#include "common/exit_codes.hpp"
#include "common/schema.hpp"
#include "indexer/extract.hpp"
#include "indexer/report.hpp"
#include "indexer/writer.hpp"

namespace forum {
namespace {

// Reads every source, extracts every page, and hands the posts of each page to `on_posts`.
void for_each_page_posts(const RunOptions& options, Report& report,
                         const std::function<void(const Page&, std::vector<Post>&)>& on_posts) {
    report.verbose = options.verbose;
    SourceHandlers handlers;
    handlers.file = [&](const std::string&) { ++report.files_seen; };
    handlers.problem = [&](InputProblem&& p) { report.add(std::move(p)); };
    handlers.page = [&](RawPage&& raw) {
        ++report.pages_seen;
        Page page = Page::parse(std::move(raw), options.parse);
        if (page.charset_fallback()) {
            std::string declared = page.declared_charset().empty()
                                       ? "no charset declared"
                                       : "declared " + page.declared_charset();
            report.add({page.source(), Problem::kCharsetFallback,
                        declared + "; read as " + page.encoding()});
        }
        if (page.depth() > Page::kLibxmlDepthLimit) {
            report.add({page.source(), Problem::kDeepNesting,
                        std::to_string(page.depth()) + " levels; read in full"});
        }
        Extraction ex = extract_posts(page, options.engine);
        if (!ex.engine) return report.add({page.source(), Problem::kNotThreadPage, {}});
        ++report.thread_pages;
        report.cut_posts += static_cast<size_t>(ex.cut_posts);
        if (page.truncated()) {
            std::string detail = "file ends before </html>; kept " +
                                 std::to_string(ex.posts.size()) + " complete posts";
            if (ex.cut_posts) detail += ", left out " + std::to_string(ex.cut_posts) + " cut off";
            report.add({page.source(), Problem::kTruncatedPage, detail});
        } else if (ex.posts.empty()) {
            report.add({page.source(), Problem::kNoPosts, std::string(ex.engine->name)});
        }
        on_posts(page, ex.posts);
    };
    read_sources(options.paths, options.source, handlers);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

int finish(Report& report, const RunOptions& options, const char* verb,
           std::chrono::steady_clock::time_point start) {
    report.seconds = seconds_since(start);
    std::cerr << report.summary(verb) << '\n';
    if (options.json) std::cout << report.to_json().dump() << '\n';
    return report.any_failed() ? exit_code::kSomeInputFailed : exit_code::kIndexed;
}

}  // namespace

int run_index(const IndexOptions& options) {
    auto start = std::chrono::steady_clock::now();
    Report report;
    IndexWriter writer(options.db, options.language);
    // A post met twice in one run (the same page saved under two names) is stored once: the first
    // copy wins unless a later one was crawled later and says something different.
    struct Seen {
        std::int64_t crawl_time;
        std::size_t content;
    };
    std::unordered_map<std::string, Seen> seen;
    for_each_page_posts(options, report, [&](const Page& page, std::vector<Post>& posts) {
        size_t new_posts = 0;
        for (const Post& post : posts) {
            std::string id = schema::unique_term(post);
            Post comparable = post;
            comparable.source.clear();
            std::size_t content = std::hash<std::string>{}(to_json(comparable).dump());
            auto [it, inserted] = seen.try_emplace(id, Seen{page.crawl_time(), content});
            if (!inserted && !id.empty()) {
                ++report.duplicate_posts;
                if (page.crawl_time() <= it->second.crawl_time || content == it->second.content)
                    continue;
                it->second = {page.crawl_time(), content};
            } else {
                ++report.posts_indexed;
                ++new_posts;
            }
            writer.add(post);
        }
        if (!posts.empty() && new_posts == 0) ++report.duplicate_pages;
    });
    writer.commit();
    return finish(report, options, "indexed", start);
}

int run_extract(const RunOptions& options) {
    auto start = std::chrono::steady_clock::now();
    Report report;
    for_each_page_posts(options, report, [&](const Page&, std::vector<Post>& posts) {
        for (const Post& post : posts) {
            std::cout << to_json(post).dump() << '\n';
            ++report.posts_indexed;
        }
    });
    std::cout.flush();
    return finish(report, options, "extracted", start);
}

}  // namespace forum
