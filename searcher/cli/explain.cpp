// forum-search explain QUERY: how a query is read (searcher/explain.hpp).

#include <iostream>

#include "common/core/exit_codes.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/date_range.hpp"
#include "searcher/explain.hpp"

namespace forum::commands {

CLI::App* add_explain(CLI::App& app, ExplainOptions& o) {
    auto* explain = app.add_subcommand(
        "explain", "How a query is read: fields, terms, date ranges, Xapian's query");
    explain->add_option("QUERY", o.words, "Query words");
    explain->add_option("--since", o.since, "As for a search");
    explain->add_option("--until", o.until, "As for a search");
    explain->add_option("--format", o.format, "text or json")
        ->check(CLI::IsMember({"text", "json"}));
    return explain;
}

int run_explain(const ExplainOptions& o) {
    return report_errors(o.db, [&] {
        std::int64_t now = search_now();
        int failed = 0;
        std::optional<SearchIndex> index = open_or_report(o.db, failed);
        if (!index) return failed;
        Explanation e = explain(*index, join_words(o.words), o.since, o.until, now);
        render_explain(e, format_named(o.format), std::cout);
        return exit_code::kHits;
    });
}

}  // namespace forum::commands
