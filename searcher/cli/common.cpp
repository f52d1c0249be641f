#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "common/core/exit_codes.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/date_range.hpp"

namespace forum::commands {

std::string IndexChoice::name() const { return join_words(entries); }

std::optional<SearchIndex> open_or_report(const IndexChoice& db, int& exit_code) {
    try {
        return open_index(db.entries, db.open);
    } catch (const ShardListError& e) {
        std::cerr << "forum-search: " << e.what() << '\n';
        exit_code = exit_code::kUsage;
    } catch (const ShardError& e) {
        std::cerr << "forum-search: shard " << e.shard() << " cannot be searched: " << e.reason()
                  << " (--timeout sets the wait; --allow-partial answers without it)\n";
        exit_code = exit_code::kShardDown;
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: cannot open the index at " << db.name() << ": " << e.get_msg()
                  << " (build one with forum-index --db PATH PAGES...)\n";
        exit_code = exit_code::kIndexError;
    }
    return std::nullopt;
}

int partial_or(const SearchIndex& index, int code) {
    for (const MissingShard& m : index.missing)
        std::cerr << "forum-search: answered without shard " << m.name << ": " << m.reason << '\n';
    return index.missing.empty() ? code : exit_code::kPartialAnswer;
}

int report_errors(const IndexChoice& db, const std::function<int()>& fn) {
    try {
        return fn();
    } catch (const ShardError& e) {
        std::cerr << "forum-search: shard " << e.shard() << " failed: " << e.reason() << '\n';
        return exit_code::kShardDown;
    } catch (const Xapian::NetworkError& e) {
        std::cerr << "forum-search: a remote shard of " << db.name()
                  << " failed: " << e.get_description() << '\n';
        return exit_code::kShardDown;
    } catch (const DateError& e) {
        std::cerr << "forum-search: " << e.what() << '\n';
        return exit_code::kUsage;
    } catch (const Xapian::QueryParserError& e) {
        std::cerr << "forum-search: bad query: " << e.get_msg() << '\n';
        return exit_code::kUsage;
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: " << db.name() << ": " << e.get_description() << '\n';
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
