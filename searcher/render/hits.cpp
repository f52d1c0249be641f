#include "searcher/render/render.hpp"

#include "common/core/dates.hpp"
#include "common/core/json_text.hpp"
#include "searcher/lookup.hpp"

namespace forum {
namespace {

std::string marked(const Snippet& s, const Markers& m) {
    return m.start.empty() && m.end.empty() ? s.text : mark(s, m.start, m.end);
}

void render_text(const SearchResult& result, const RenderOptions& options, std::ostream& out) {
    const char* bold = options.color ? "\x1b[1m" : "";
    const char* reset = options.color ? "\x1b[0m" : "";
    for (const Hit& hit : result.hits) {
        const Post& p = hit.post;
        out << (hit.rank < 10 ? " " : "") << hit.rank << ". " << bold
            << p.thread_title.value_or("(untitled)") << reset;
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
        std::string snippet = marked(hit.snippet, options.highlight);
        if (!snippet.empty()) out << "    " << snippet << '\n';
        out << "    " << p.url.value_or(p.thread_url.value_or(p.source)) << '\n';
        if (hit.more_in_thread && *hit.more_in_thread > 0) {
            out << "    (+" << *hit.more_in_thread << " more in this thread)\n";
        }
        out << '\n';
    }
    Xapian::doccount shown_from = result.hits.empty() ? 0 : result.offset + 1;
    out << result.total_posts << (result.total_posts == 1 ? " post" : " posts") << " matched";
    if (result.total_posts != result.total_estimate) {
        out << " (" << result.total_estimate << " after collapsing by thread)";
    }
    if (!result.hits.empty()) {
        out << "; showing " << shown_from << "–" << result.offset + result.hits.size();
    }
    out << '\n';
    for (const auto& [name, values] : result.facets) {
        out << name << ':';
        if (values.empty()) out << " -";
        for (size_t i = 0; i < values.size(); ++i)
            out << (i ? ", " : " ") << values[i].value << " (" << values[i].count << ')';
        out << '\n';
    }
    if (!result.did_you_mean.empty()) out << "Did you mean: " << result.did_you_mean << '\n';
}

nlohmann::ordered_json facets_json(const SearchResult& result) {
    nlohmann::ordered_json facets = nlohmann::ordered_json::object();
    for (const auto& [name, values] : result.facets) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& v : values)
            list.push_back({{"value", v.value}, {"count", v.count}});
        facets[name] = std::move(list);
    }
    return facets;
}

nlohmann::ordered_json unmatched_names_json(const SearchResult& result) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const NameSuggestion& n : result.unmatched_names)
        list.push_back({{"field", n.field}, {"value", n.value}, {"nearest", n.nearest}});
    return list;
}

}  // namespace

nlohmann::ordered_json hit_json(const Hit& hit, const Markers& highlight) {
    nlohmann::ordered_json j = {{"rank", hit.rank}, {"score", hit.score}};
    nlohmann::ordered_json post = to_json(hit.post);
    for (auto it = post.begin(); it != post.end(); ++it) {
        if (it.key() != "text" && it.key() != "quotes") j[it.key()] = std::move(it.value());
    }
    j["snippet"] = marked(hit.snippet, highlight);
    nlohmann::ordered_json offsets = nlohmann::ordered_json::array();
    for (const auto& [b, e] : hit.snippet.highlights)
        offsets.push_back({b, e});
    j["highlights"] = std::move(offsets);
    if (hit.more_in_thread) j["more_in_thread"] = *hit.more_in_thread;
    return j;
}

void render_hits(const SearchResult& result, const RenderOptions& options, std::ostream& out) {
    switch (options.format) {
        case Format::kText:
            render_text(result, options, out);
            break;
        case Format::kJsonl:
            for (const Hit& hit : result.hits) {
                nlohmann::ordered_json j = {{"format_version", kFormatVersion}};
                j.update(hit_json(hit, options.highlight));
                out << json_text(j) << '\n';
            }
            break;
        case Format::kJson: {
            nlohmann::ordered_json hits = nlohmann::ordered_json::array();
            for (const Hit& hit : result.hits)
                hits.push_back(hit_json(hit, options.highlight));
            nlohmann::ordered_json j = {
                {"format_version", kFormatVersion},
                {"query", result.query},
                {"total_estimate", result.total_estimate},
                {"total_posts", result.total_posts},
                {"offset", result.offset},
                {"hits", std::move(hits)},
                {"facets", facets_json(result)},
                {"did_you_mean", result.did_you_mean.empty()
                                     ? nlohmann::ordered_json(nullptr)
                                     : nlohmann::ordered_json(result.did_you_mean)},
                {"unmatched_names", unmatched_names_json(result)}};
            if (!result.missing_shards.empty()) j["missing_shards"] = result.missing_shards;
            out << json_text(j) << '\n';
            break;
        }
        case Format::kCsv:
            render_csv(result, options.highlight, options.per_thread, out);
            break;
        case Format::kIds:
            for (const Hit& hit : result.hits)
                out << display_id(hit.post) << '\n';
            break;
    }
}

void render_count(Xapian::doccount posts, std::ostream& out) { out << posts << '\n'; }

void render_unmatched_names(const SearchResult& result, std::ostream& err) {
    for (const NameSuggestion& n : result.unmatched_names) {
        err << "forum-search: no post has " << n.field << ' ' << '"' << n.value << '"';
        if (n.nearest.empty()) {
            err << " (the index has no " << n.field << " names)\n";
            continue;
        }
        err << "; nearest names in the index:";
        for (size_t i = 0; i < n.nearest.size(); ++i)
            err << (i ? ", \"" : " \"") << n.nearest[i] << '"';
        err << '\n';
    }
}

}  // namespace forum
