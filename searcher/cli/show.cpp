// forum-search show POST_ID: one post in full. Post ids are the engine's, unique per site only:
// an id that several sites use is refused (exit 2) with the SITE/POST_ID forms that name each.

#include <iostream>

#include "common/core/exit_codes.hpp"
#include "searcher/cli/commands.hpp"
#include "searcher/lookup.hpp"

namespace forum::commands {

CLI::App* add_show(CLI::App& app, LookupOptions& o) {
    auto* show = app.add_subcommand("show", "One post in full: metadata, text, quotes");
    show->add_option("POST_ID", o.id, "The post id, SITE/POST_ID, or the post's URL")->required();
    show->add_option("--format", o.format, "text or json")->check(CLI::IsMember({"text", "json"}));
    return show;
}

int run_show(const LookupOptions& o) {
    int failed = 0;
    std::optional<SearchIndex> index = open_or_report(o.db, failed);
    if (!index) return failed;
    return report_errors(o.db, [&] {
        Lookup found = find_post(*index, o.id);
        switch (found.status) {
            case LookupStatus::kNotFound:
                std::cerr << "forum-search: no post " << o.id << " in " << o.db.name() << '\n';
                return partial_or(*index, exit_code::kNoHits);
            case LookupStatus::kAmbiguous:
                if (found.key == LookupKey::kId) {
                    std::cerr << "forum-search: post id " << o.id
                              << " is used by several sites; name one as SITE/POST_ID:\n";
                } else {
                    std::cerr << "forum-search: several posts have the URL " << o.id
                              << "; name one as SITE/POST_ID:\n";
                }
                for (const Candidate& c : found.candidates)
                    std::cerr << "  " << c.name << '\n';
                return exit_code::kUsage;
            case LookupStatus::kFound:
                break;
        }
        render_post(found.posts.front(), format_named(o.format), std::cout);
        return partial_or(*index, exit_code::kHits);
    });
}

bool index_has_post(const IndexChoice& db, const std::string& id) {
    // An index that cannot be read: the command runs, and says why.
    try {
        SearchIndex index = open_index(db.entries, db.open);
        return find_post(index, id).status != LookupStatus::kNotFound;
    } catch (const Xapian::Error&) {
        return true;
    } catch (const std::runtime_error&) {
        return true;
    }
}

}  // namespace forum::commands
