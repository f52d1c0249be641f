// forum-search stats: what the index holds (searcher/stats.hpp).

#include <iostream>

#include "common/core/exit_codes.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/stats.hpp"

namespace forum::commands {

CLI::App* add_stats(CLI::App& app, StatsOptions& o) {
    auto* stats = app.add_subcommand(
        "stats", "What the index holds: posts, threads, sites, forums, posters, dates, size");
    stats->add_option("--format", o.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    return stats;
}

int run_stats(const StatsOptions& o) {
    int failed = 0;
    std::optional<SearchIndex> index = open_or_report(o.db, failed);
    if (!index) return failed;
    return report_errors(o.db, [&] {
        render_stats(index_stats(*index), format_named(o.format), std::cout);
        return partial_or(*index, exit_code::kHits);
    });
}

}  // namespace forum::commands
