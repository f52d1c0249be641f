// forum-search thread THREAD_ID: a thread's posts in order, from the index. Thread ids are the
// engine's, unique per site only: SITE/THREAD_ID names one; an id several sites use is refused
// (exit 2) with those forms. --offset/--limit page through it; --around POST shows the posts
// around one of its posts (the thread id may then be left out: the post's thread).

#include <iostream>

#include "common/core/exit_codes.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/lookup.hpp"

namespace forum::commands {
namespace {

// Prints why a lookup found nothing or too much; its exit code.
int report_miss(const Lookup& found, const std::string& what, const std::string& text,
                const std::string& db) {
    const char* name_as = what == "post" ? "SITE/POST_ID" : "SITE/THREAD_ID";
    if (found.status == LookupStatus::kNotFound) {
        std::cerr << "forum-search: no " << what << ' ' << text << " in " << db << '\n';
        return exit_code::kNoHits;
    }
    if (found.key == LookupKey::kId) {
        std::cerr << "forum-search: " << what << " id " << text
                  << " is used by several sites; name one as " << name_as << ":\n";
    } else if (what == "post") {
        std::cerr << "forum-search: several posts have the URL " << text << "; name one as "
                  << name_as << ":\n";
    } else {
        std::cerr << "forum-search: posts of several threads have the URL " << text
                  << "; name one as " << name_as << ":\n";
    }
    for (const Candidate& c : found.candidates) {
        std::cerr << "  " << c.name;
        if (what == "thread") std::cerr << " (" << c.posts << " posts)";
        std::cerr << '\n';
    }
    return exit_code::kUsage;
}

}  // namespace

CLI::App* add_thread(CLI::App& app, ThreadOptions& o) {
    auto* thread =
        app.add_subcommand("thread", "A thread's posts in order (by position), from the index");
    thread->add_option(
        "THREAD_ID", o.id,
        "The thread id, SITE/THREAD_ID, or the URL of the thread or of a post (with --around: "
        "may be left out)");
    thread->add_option("--format", o.format, "text, json or jsonl")
        ->check(CLI::IsMember({"text", "json", "jsonl"}));
    auto* offset =
        thread->add_option("--offset", o.slice.offset, "Posts to pass over first (for paging)");
    auto* limit = thread->add_option("--limit", o.limit, "Posts to show (0: all)");
    auto* around = thread->add_option(
        "--around", o.around,
        "A post of the thread (its id, SITE/POST_ID or URL): the posts before and after it, "
        "the post marked");
    thread->add_option("--context", o.slice.context, "With --around: posts on each side")
        ->capture_default_str()
        ->needs(around);
    around->excludes(offset)->excludes(limit);
    return thread;
}

int run_thread(const ThreadOptions& o) {
    if (o.id.empty() && o.around.empty()) {
        std::cerr << "forum-search thread: THREAD_ID is required (or --around POST)\n"
                     "Run with --help for more information.\n";
        return exit_code::kUsage;
    }
    int failed = 0;
    std::optional<SearchIndex> index = open_or_report(o.db, failed);
    if (!index) return failed;
    return report_errors(o.db, [&] {
        ThreadSlice slice = o.slice;
        if (o.limit > 0) slice.limit = o.limit;
        if (!o.around.empty()) slice.around = o.around;
        ThreadLookup found = find_thread(*index, o.id, slice);
        if (found.around && found.around->status != LookupStatus::kFound) {
            return partial_or(*index, report_miss(*found.around, "post", o.around, o.db.name()));
        }
        if (found.thread.status != LookupStatus::kFound) {
            return partial_or(*index, report_miss(found.thread, "thread", o.id, o.db.name()));
        }
        if (found.around_elsewhere) {
            std::cerr << "forum-search: post " << o.around << " is not in thread " << o.id
                      << " (its thread: " << thread_name(found.around->posts.front()) << ")\n";
            return exit_code::kUsage;
        }
        render_thread(found.thread, found.marked, format_named(o.format), std::cout);
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
