#include "searcher/render.hpp"

#include "common/dates.hpp"

namespace forum {
namespace {

std::string marked(const Snippet& s, const Markers& m) {
    return m.start.empty() && m.end.empty() ? s.text : mark(s, m.start, m.end);
}

void render_text(const SearchResult& result, const Markers& highlight, std::ostream& out) {
    for (const Hit& hit : result.hits) {
        const Post& p = hit.post;
        out << (hit.rank < 10 ? " " : "") << hit.rank << ". "
            << p.thread_title.value_or("(untitled)");
        if (p.position) out << "  #" << *p.position;
        out << '\n';
        std::string who;
        auto add = [&](const std::optional<std::string>& v) {
            if (!v || v->empty()) return;
            if (!who.empty()) who += " · ";
            who += *v;
        };
        add(p.poster);
        add(p.user_title);
        add(p.country);
        if (p.date) add(format_display(*p.date));
        add(p.forum);
        out << "    " << who << '\n';
        std::string snippet = marked(hit.snippet, highlight);
        if (!snippet.empty()) out << "    " << snippet << '\n';
        out << "    " << p.url.value_or(p.thread_url.value_or(p.source)) << "\n\n";
    }
    Xapian::doccount shown_from = result.hits.empty() ? 0 : result.offset + 1;
    out << result.total_estimate << (result.total_estimate == 1 ? " post" : " posts") << " matched";
    if (!result.hits.empty()) {
        out << "; showing " << shown_from << "–" << result.offset + result.hits.size();
    }
    out << '\n';
}

}  // namespace

nlohmann::ordered_json hit_json(const Hit& hit, const Markers& highlight) {
    nlohmann::ordered_json j = {{"rank", hit.rank}, {"score", hit.score}};
    nlohmann::ordered_json post = to_json(hit.post);
    for (auto it = post.begin(); it != post.end(); ++it) {
        if (it.key() != "text" && it.key() != "quotes") j[it.key()] = std::move(it.value());
    }
    j["snippet"] = marked(hit.snippet, highlight);
    return j;
}

void render(const SearchResult& result, const RenderOptions& options, std::ostream& out) {
    switch (options.format) {
        case Format::kText:
            render_text(result, options.highlight, out);
            break;
        case Format::kJsonl:
            for (const Hit& hit : result.hits)
                out << hit_json(hit, options.highlight).dump() << '\n';
            break;
        case Format::kJson: {
            nlohmann::ordered_json hits = nlohmann::ordered_json::array();
            for (const Hit& hit : result.hits)
                hits.push_back(hit_json(hit, options.highlight));
            nlohmann::ordered_json j = {{"query", result.query},
                                        {"total_estimate", result.total_estimate},
                                        {"offset", result.offset},
                                        {"hits", std::move(hits)}};
            out << j.dump() << '\n';
            break;
        }
    }
}

}  // namespace forum
