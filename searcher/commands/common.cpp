#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "searcher/commands/commands.hpp"

namespace forum::commands {

bool open_or_report(const std::string& db, SearchIndex& index) {
    try {
        index = open_index(db);
        return true;
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: cannot open the index at " << db << ": " << e.get_msg()
                  << " (build one with forum-index --db " << db << " PATH)\n";
        return false;
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

}  // namespace forum::commands
