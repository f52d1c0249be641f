#include <chrono>
#include <iostream>

#include "common/core/exit_codes.hpp"
#include "common/core/json_text.hpp"
#include "indexer/html/out_of_memory.hpp"
#include "indexer/update/commands.hpp"
#include "indexer/update/pipeline.hpp"

namespace forum {

Extraction extract_reporting(const Page& page, const RunOptions& options, Report& report) {
    if (page.over_node_budget()) {
        report.add({page.source(), Problem::kTooLarge,
                    "markup of more than " + std::to_string(options.parse.max_nodes) +
                        " elements, attributes and texts (one per " +
                        std::to_string(kBytesPerNode) + " bytes of --max-page-size)"});
        return {};
    }
    if (page.charset_fallback()) {
        report.add({page.source(), Problem::kCharsetFallback,
                    "declared " + page.declared_charset() + "; read as " + page.encoding()});
    } else if (page.charset_detected()) {
        report.add(
            {page.source(), Problem::kCharsetDetected, "not UTF-8; read as " + page.encoding()});
    }
    if (page.replaced_bytes() > 0) {
        size_t n = page.replaced_bytes();
        report.add({page.source(), Problem::kCharsetReplaced,
                    std::to_string(n) + (n == 1 ? " byte" : " bytes") + " not in " +
                        page.encoding() + " replaced with U+FFFD"});
    }
    if (page.nul_bytes() > 0) {
        report.add(
            {page.source(), Problem::kNulBytes, std::to_string(page.nul_bytes()) + " removed"});
    }
    if (page.depth() > Page::kLibxmlDepthLimit) {
        report.add({page.source(), Problem::kDeepNesting,
                    std::to_string(page.depth()) + " levels; read in full"});
    }
    Extraction ex = extract_posts(page, options.engine);
    throw_if_xml_allocation_failed();  // else a page cut short by it would pass as read
    if (!ex.engine) {
        report.add({page.source(), Problem::kNotThreadPage, {}});
        return ex;
    }
    ++report.thread_pages;
    report.cut_posts += static_cast<size_t>(ex.cut_posts);
    if (page.truncated()) {
        std::string detail =
            "file ends before </html>; kept " + std::to_string(ex.posts.size()) + " complete posts";
        if (ex.cut_posts) detail += ", left out " + std::to_string(ex.cut_posts) + " cut off";
        report.add({page.source(), Problem::kTruncatedPage, detail});
    } else if (ex.posts.empty()) {
        report.add({page.source(), Problem::kNoPosts, std::string(ex.engine->name)});
    }
    return ex;
}

namespace {

// One page's posts as JSON lines, and what extraction said about it (deferred: the applying
// thread prints it).
struct ExtractedPage {
    std::string lines;
    Report report;
    ExtractedPage() { report.deferred = true; }
};

}  // namespace

int run_extract(const RunOptions& options) {
    auto start = std::chrono::steady_clock::now();
    Report report;
    report.verbose = options.verbose;
    report.quiet = options.quiet;
    SourceHandlers listing;
    listing.problem = [&](InputProblem&& p) { report.add(std::move(p)); };
    Inputs inputs = list_inputs(options.paths, options.source, listing);
    report.files_seen = inputs.files.size();
    auto read = [&](PipelineFeed<RawPage, ExtractedPage>& feed) {
        SourceHandlers handlers;
        handlers.problem = [&](InputProblem&& p) {
            ExtractedPage out;
            out.report.add(std::move(p));
            feed.apply(std::move(out));
        };
        handlers.page = [&](RawPage&& raw) { feed.work(std::move(raw)); };
        for (const auto& file : inputs.files)
            read_input(file, options.source, handlers);
    };
    auto make_worker = [&](bool) {
        return [&](RawPage&& raw) {
            ExtractedPage out;
            ++out.report.pages_seen;
            Page page = Page::parse(std::move(raw), options.parse);
            for (const Post& post : extract_reporting(page, options, out.report).posts) {
                out.lines += json_text(to_json(post));
                out.lines += '\n';
                ++out.report.posts_indexed;
            }
            return out;
        };
    };
    auto apply = [&](ExtractedPage&& out) {
        report.absorb(std::move(out.report));  // what it says about the page, then its posts
        std::cout << out.lines;
    };
    run_pipeline<RawPage, ExtractedPage>(options.jobs, read, make_worker, apply);
    std::cout.flush();
    report.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!options.quiet) std::cerr << report.summary() << '\n';
    return report.any_failed() ? exit_code::kSomeInputFailed : exit_code::kIndexed;
}

}  // namespace forum
