// A post in full (show) and a thread's posts (thread): metadata, text, quotes.

#include "common/core/dates.hpp"
#include "common/core/json_text.hpp"
#include "searcher/lookup.hpp"
#include "searcher/render/render.hpp"

namespace forum {
namespace {

void post_text(const Post& p, std::ostream& out) {
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

nlohmann::ordered_json post_json(const Post& p) {
    nlohmann::ordered_json j = {{"format_version", kFormatVersion}};
    j.update(to_json(p));
    return j;
}

}  // namespace

void render_post(const Post& post, Format format, std::ostream& out) {
    if (format == Format::kText) {
        post_text(post, out);
        return;
    }
    out << json_text(post_json(post)) << '\n';
}

void render_thread(const std::vector<Post>& posts, Format format, std::ostream& out) {
    switch (format) {
        case Format::kText:
            for (size_t i = 0; i < posts.size(); ++i) {
                if (i > 0) out << "\n" << std::string(72, '-') << "\n\n";
                post_text(posts[i], out);
            }
            break;
        case Format::kJson:
            out << "[";
            for (size_t i = 0; i < posts.size(); ++i)
                out << (i > 0 ? "," : "") << json_text(post_json(posts[i]));
            out << "]\n";
            break;
        default:  // one post a line
            for (const Post& p : posts)
                render_post(p, format, out);
            break;
    }
}

}  // namespace forum
