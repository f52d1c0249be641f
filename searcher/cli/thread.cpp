// forum-search thread THREAD_ID: a thread's posts in order, from the index. Thread ids are the
// engine's, unique per site only: SITE/THREAD_ID names one; an id several sites use is refused
// (exit 2) with those forms.

#include <iostream>

#include "common/core/exit_codes.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/lookup.hpp"

namespace forum::commands {

CLI::App* add_thread(CLI::App& app, LookupOptions& o) {
    auto* thread =
        app.add_subcommand("thread", "A thread's posts in order (by position), from the index");
    thread
        ->add_option("THREAD_ID", o.id,
                     "The thread id, SITE/THREAD_ID, or the URL of the thread or of a post")
        ->required();
    thread->add_option("--format", o.format, "text, json or jsonl")
        ->check(CLI::IsMember({"text", "json", "jsonl"}));
    return thread;
}

int run_thread(const LookupOptions& o) {
    int failed = 0;
    std::optional<SearchIndex> index = open_or_report(o.db, failed);
    if (!index) return failed;
    return report_errors(o.db, [&] {
        Lookup found = find_thread(*index, o.id);
        switch (found.status) {
            case LookupStatus::kNotFound:
                std::cerr << "forum-search: no thread " << o.id << " in " << o.db.name() << '\n';
                return partial_or(*index, exit_code::kNoHits);
            case LookupStatus::kAmbiguous:
                if (found.key == LookupKey::kId) {
                    std::cerr << "forum-search: thread id " << o.id
                              << " is used by several sites; name one as SITE/THREAD_ID:\n";
                } else {
                    std::cerr << "forum-search: posts of several threads have the URL " << o.id
                              << "; name one as SITE/THREAD_ID:\n";
                }
                for (const Candidate& c : found.candidates)
                    std::cerr << "  " << c.name << " (" << c.posts << " posts)\n";
                return exit_code::kUsage;
            case LookupStatus::kFound:
                break;
        }
        render_thread(found.posts, format_named(o.format), std::cout);
        return partial_or(*index, exit_code::kHits);
    });
}

bool index_has_thread(const IndexChoice& db, const std::string& id) {
    // An index that cannot be read: the command runs, and says why.
    try {
        SearchIndex index = open_index(db.entries, db.open);
        return find_thread(index, id).status != LookupStatus::kNotFound;
    } catch (const Xapian::Error&) {
        return true;
    } catch (const std::runtime_error&) {
        return true;
    }
}

}  // namespace forum::commands
