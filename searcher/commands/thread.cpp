// forum-search thread THREAD_ID: a thread's posts in order, from the index. Thread ids are the
// engine's, unique per site only: SITE/THREAD_ID names one; an id several sites use is refused
// (exit 2) with those forms.

#include <iostream>
#include <map>

#include "common/core/exit_codes.hpp"
#include "common/core/json_text.hpp"
#include "common/schema/schema.hpp"
#include "searcher/commands/commands.hpp"

namespace forum::commands {

void print_full_post(const Post& p, const std::string& format, std::ostream& out);

int run_thread(const LookupOptions& o) {
    SearchIndex index;
    if (!open_or_report(o.db, index)) return exit_code::kIndexError;
    try {
        return with_retry(index, [&](SearchIndex& i) {
            std::string term = o.id.find('/') != std::string::npos
                                   ? schema::boolean_term(schema::kThreadTerm, o.id)
                                   : schema::boolean_term(schema::kThread, o.id);
            Xapian::Enquire enquire(i.db);
            enquire.set_query(Xapian::Query(term));
            enquire.set_weighting_scheme(Xapian::BoolWeight());
            enquire.set_sort_by_value(schema::kPosition, false);
            Xapian::MSet mset = enquire.get_mset(0, i.db.get_doccount());
            if (mset.empty()) {
                std::cerr << "forum-search: no thread " << o.id << " in " << o.db << '\n';
                return exit_code::kNoHits;
            }
            std::map<std::string, int> threads;
            for (auto it = mset.begin(); it != mset.end(); ++it)
                ++threads[it.get_document().get_value(schema::kThreadKey)];
            if (threads.size() > 1) {
                std::cerr << "forum-search: thread id " << o.id
                          << " is used by several sites; name one as SITE/THREAD_ID:\n";
                for (const auto& [key, n] : threads)
                    std::cerr << "  " << key << " (" << n << " posts)\n";
                return exit_code::kUsage;
            }
            bool first = true;
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                Post p = schema::post_from_document(it.get_document());
                if (o.format == "json" && first) std::cout << "[";
                if (o.format == "json") {
                    if (!first) std::cout << ",";
                    nlohmann::ordered_json j = {{"format_version", kFormatVersion}};
                    j.update(to_json(p));
                    std::cout << json_text(j);
                } else {
                    if (!first && o.format == "text")
                        std::cout << "\n" << std::string(72, '-') << "\n\n";
                    print_full_post(p, o.format, std::cout);
                }
                first = false;
            }
            if (o.format == "json") std::cout << "]\n";
            return exit_code::kHits;
        });
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: " << o.db << ": " << e.get_description() << '\n';
        return exit_code::kIndexError;
    }
}

}  // namespace forum::commands
