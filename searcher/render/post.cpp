// A post in full (show) and a thread's posts (thread): metadata, text, quotes. Text output names
// the post and its thread as `show` and `thread` accept them, and prints URLs percent-decoded.

#include "common/core/dates.hpp"
#include "common/core/json_text.hpp"
#include "searcher/display_url.hpp"
#include "searcher/lookup.hpp"
#include "searcher/render/render.hpp"

namespace forum {
namespace {

std::optional<std::string> shown_url(const std::optional<std::string>& url) {
    return url ? std::optional(display_url(*url)) : std::nullopt;
}

void post_text(const Post& p, std::ostream& out, bool marked = false) {
    if (marked) out << ">> ";
    out << p.thread_title.value_or("(untitled)");
    if (p.position) out << "  #" << *p.position;
    out << '\n';
    auto line = [&](const char* label, const std::optional<std::string>& v) {
        if (v && !v->empty()) out << label << *v << '\n';
    };
    line("post:      ", post_name(p));
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
    line("thread:    ", thread_name(p));
    line("url:       ", shown_url(p.url));
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

nlohmann::ordered_json post_json(const Post& p, bool marked = false) {
    nlohmann::ordered_json j = {{"format_version", kFormatVersion}};
    j.update(to_json(p, true));
    if (marked) j["around"] = true;
    return j;
}

// "posts 4-6 of 12": said when the posts shown are not the whole thread.
void slice_text(const Lookup& thread, std::ostream& out) {
    const Xapian::doccount shown = static_cast<Xapian::doccount>(thread.posts.size());
    if (shown == thread.thread_posts) return;
    out << (shown > 0 ? "\n" : "");
    if (shown == 0) {
        out << "no posts past " << thread.first << " (the thread has " << thread.thread_posts
            << ")\n";
        return;
    }
    out << "posts " << thread.first + 1 << "–" << thread.first + shown << " of "
        << thread.thread_posts << " in thread " << thread_name(thread.posts.front()) << '\n';
}

}  // namespace

void render_post(const Post& post, Format format, std::ostream& out) {
    if (format == Format::kText) {
        post_text(post, out);
        return;
    }
    out << json_text(post_json(post)) << '\n';
}

void render_thread(const Lookup& thread, std::optional<size_t> marked, Format format,
                   std::ostream& out) {
    const std::vector<Post>& posts = thread.posts;
    switch (format) {
        case Format::kText:
            for (size_t i = 0; i < posts.size(); ++i) {
                if (i > 0) out << "\n" << std::string(72, '-') << "\n\n";
                post_text(posts[i], out, marked == i);
            }
            slice_text(thread, out);
            break;
        case Format::kJson:
            out << "[";
            for (size_t i = 0; i < posts.size(); ++i)
                out << (i > 0 ? "," : "") << json_text(post_json(posts[i], marked == i));
            out << "]\n";
            break;
        default:  // one post a line
            for (size_t i = 0; i < posts.size(); ++i)
                out << json_text(post_json(posts[i], marked == i)) << '\n';
            break;
    }
}

}  // namespace forum
