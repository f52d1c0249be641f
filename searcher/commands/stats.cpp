// forum-search stats: what the index holds (searcher/stats.hpp).

#include <iostream>

#include "common/core/exit_codes.hpp"
#include "common/core/json_text.hpp"
#include "searcher/commands/commands.hpp"
#include "searcher/stats.hpp"

namespace forum::commands {

int run_stats(const StatsOptions& o) {
    SearchIndex index;
    if (!open_or_report(o.db, index)) return exit_code::kIndexError;
    try {
        IndexStats s = with_retry(index, [&](SearchIndex& i) { return index_stats(i.db, i.path); });
        if (o.format == "json") {
            nlohmann::ordered_json j = {{"format_version", kFormatVersion}};
            j.update(stats_json(s));
            std::cout << json_text(j) << '\n';
        } else {
            std::cout << stats_text(s);
        }
        return exit_code::kHits;
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: " << o.db << ": " << e.get_description() << '\n';
        return exit_code::kIndexError;
    }
}

}  // namespace forum::commands
