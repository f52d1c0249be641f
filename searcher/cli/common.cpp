#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "common/core/exit_codes.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/date_range.hpp"

namespace forum::commands {

std::optional<SearchIndex> open_or_report(const std::string& db) {
    try {
        return open_index(db);
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: cannot open the index at " << db << ": " << e.get_msg()
                  << " (build one with forum-index --db " << db << " PATH)\n";
        return std::nullopt;
    }
}

int report_errors(const std::string& db, const std::function<int()>& fn) {
    try {
        return fn();
    } catch (const DateError& e) {
        std::cerr << "forum-search: " << e.what() << '\n';
        return exit_code::kUsage;
    } catch (const Xapian::QueryParserError& e) {
        std::cerr << "forum-search: bad query: " << e.get_msg() << '\n';
        return exit_code::kUsage;
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: " << db << ": " << e.get_description() << '\n';
        return exit_code::kIndexError;
    }
}

bool use_color(Color c) {
    if (c == Color::kAlways) return true;
    if (c == Color::kNever) return false;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return isatty(STDOUT_FILENO);
}

std::string join_words(const std::vector<std::string>& words) {
    std::string q;
    for (const auto& w : words)
        q += (q.empty() ? "" : " ") + w;
    return q;
}

Format format_named(const std::string& name) { return parse_format(name).value_or(Format::kText); }

}  // namespace forum::commands
