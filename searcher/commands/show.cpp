// forum-search show POST_ID: one post in full. Post ids are the engine's, unique per site only:
// an id that several sites use is refused (exit 2) with the SITE/POST_ID forms that name each.

#include <iostream>

#include "common/core/dates.hpp"
#include "common/core/exit_codes.hpp"
#include "common/core/json_text.hpp"
#include "common/schema/schema.hpp"
#include "searcher/commands/commands.hpp"

namespace forum::commands {
namespace {

std::vector<Xapian::docid> postings(const Xapian::Database& db, const std::string& term) {
    std::vector<Xapian::docid> ids;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
        ids.push_back(*it);
    return ids;
}

void print_post(const Post& p, std::ostream& out) {
    out << p.thread_title.value_or("(untitled)");
    if (p.position) out << "  #" << *p.position;
    out << '\n';
    auto line = [&](const char* label, const std::optional<std::string>& v) {
        if (v && !v->empty()) out << label << *v << '\n';
    };
    line("post:      ", p.site ? std::optional(*p.site + "/" + display_id(p)) : display_id(p));
    line("poster:    ", p.poster);
    line("title:     ", p.user_title);
    line("joined:    ", p.joined);
    if (p.messages) out << "messages:  " << *p.messages << '\n';
    if (p.reaction_score) out << "reactions: " << *p.reaction_score << '\n';
    line("country:   ", p.country);
    line("location:  ", p.location);
    if (p.date) out << "date:      " << format_display(*p.date) << '\n';
    if (p.edited) out << "edited:    " << format_display(*p.edited) << '\n';
    line("forum:     ", p.forum);
    line("thread:    ", p.thread_id);
    line("url:       ", p.url);
    line("source:    ", std::optional(p.source));
    out << '\n' << p.text << '\n';
    for (const auto& q : p.quotes) {
        out << "\n" << q.author.value_or("(someone)") << " wrote:\n";
        size_t begin = 0;
        while (begin <= q.text.size()) {
            size_t end = q.text.find('\n', begin);
            if (end == std::string::npos) end = q.text.size();
            out << "> " << q.text.substr(begin, end - begin) << '\n';
            begin = end + 1;
        }
    }
}

}  // namespace

void print_full_post(const Post& p, const std::string& format, std::ostream& out) {
    if (format == "text") {
        print_post(p, out);
        return;
    }
    nlohmann::ordered_json j = {{"format_version", kFormatVersion}};
    j.update(to_json(p));
    out << json_text(j) << '\n';
}

int run_show(const LookupOptions& o) {
    SearchIndex index;
    if (!open_or_report(o.db, index)) return exit_code::kIndexError;
    try {
        return with_retry(index, [&](SearchIndex& i) {
            // SITE/POST_ID (or the unique identity of a post without an id) names one post.
            std::vector<Xapian::docid> docs = postings(i.db, std::string(schema::kUnique) + o.id);
            if (docs.empty()) docs = postings(i.db, schema::boolean_term(schema::kPostId, o.id));
            if (docs.empty()) {
                std::cerr << "forum-search: no post " << o.id << " in " << o.db << '\n';
                return exit_code::kNoHits;
            }
            if (docs.size() > 1) {
                std::cerr << "forum-search: post id " << o.id
                          << " is used by several sites; name one as SITE/POST_ID:\n";
                for (Xapian::docid d : docs) {
                    Post p = schema::post_from_document(i.db.get_document(d));
                    std::cerr << "  " << p.site.value_or("?") << "/" << o.id << '\n';
                }
                return exit_code::kUsage;
            }
            print_full_post(schema::post_from_document(i.db.get_document(docs[0])), o.format,
                            std::cout);
            return exit_code::kHits;
        });
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: " << o.db << ": " << e.get_description() << '\n';
        return exit_code::kIndexError;
    }
}

}  // namespace forum::commands
