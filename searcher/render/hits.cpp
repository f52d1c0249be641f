// Search results in every format, printed as they come: a printer takes the first page (its
// totals, facets and histogram), every page's hits, and ends the output.

#include <algorithm>

#include "common/core/dates.hpp"
#include "common/core/json_text.hpp"
#include "searcher/display_url.hpp"
#include "searcher/lookup.hpp"
#include "searcher/render/render.hpp"

namespace forum {
namespace {

std::string marked(const Snippet& s, const Markers& m) {
    return m.start.empty() && m.end.empty() ? s.text : mark(s, m.start, m.end);
}

void hit_text(const Hit& hit, const RenderOptions& options, std::ostream& out) {
    const char* bold = options.color ? "\x1b[1m" : "";
    const char* reset = options.color ? "\x1b[0m" : "";
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
    if (options.with_text) {
        size_t begin = 0;
        while (begin < p.text.size()) {
            size_t end = std::min(p.text.find('\n', begin), p.text.size());
            out << "    " << std::string_view(p.text).substr(begin, end - begin) << '\n';
            begin = end + 1;
        }
    } else if (std::string snippet = marked(hit.snippet, options.highlight); !snippet.empty()) {
        out << "    " << snippet << '\n';
    }
    if (const std::optional<std::string>& url = p.url ? p.url : p.thread_url) {
        out << "    " << display_url(*url) << '\n';
    } else {
        out << "    " << p.source << '\n';
    }
    out << "    show " << post_name(p);
    if (std::string thread = thread_name(p); !thread.empty()) out << " · thread " << thread;
    out << '\n';
    if (hit.more_in_thread && *hit.more_in_thread > 0) {
        out << "    (+" << *hit.more_in_thread << " more in this thread)\n";
    }
    out << '\n';
}

nlohmann::ordered_json hits_header(const SearchResult& first) {
    return {{"format_version", kFormatVersion},
            {"query", first.query},
            {"total_estimate", first.total_estimate},
            {"total_posts", first.total_posts},
            {"offset", first.offset}};
}

nlohmann::ordered_json unmatched_names_json(const SearchResult& result) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const NameSuggestion& n : result.unmatched_names)
        list.push_back({{"field", n.field}, {"value", n.value}, {"nearest", n.nearest}});
    return list;
}

}  // namespace

nlohmann::ordered_json hit_json(const Hit& hit, const Markers& highlight, bool with_text) {
    nlohmann::ordered_json j = {{"rank", hit.rank}, {"score", hit.score}};
    nlohmann::ordered_json post = to_json(hit.post, true);
    for (auto it = post.begin(); it != post.end(); ++it) {
        if (with_text || (it.key() != "text" && it.key() != "quotes"))
            j[it.key()] = std::move(it.value());
    }
    j["snippet"] = marked(hit.snippet, highlight);
    nlohmann::ordered_json offsets = nlohmann::ordered_json::array();
    for (const auto& [b, e] : hit.snippet.highlights)
        offsets.push_back({b, e});
    j["highlights"] = std::move(offsets);
    if (hit.more_in_thread) j["more_in_thread"] = *hit.more_in_thread;
    return j;
}

HitPrinter::HitPrinter(const RenderOptions& options, std::ostream& out)
    : options_(options), out_(out) {}

void HitPrinter::page(const SearchResult& page) {
    if (!first_) {
        // All but the hits, which are printed as they come and not held.
        first_.emplace();
        first_->query = page.query;
        first_->total_estimate = page.total_estimate;
        first_->total_posts = page.total_posts;
        first_->offset = page.offset;
        first_->facets = page.facets;
        first_->histogram = page.histogram;
        first_->did_you_mean = page.did_you_mean;
        first_->unmatched_names = page.unmatched_names;
        first_->missing_shards = page.missing_shards;
        first_->partial = page.partial;
        begin();
    }
    for (const Hit& hit : page.hits) {
        switch (options_.format) {
            case Format::kText:
                hit_text(hit, options_, out_);
                break;
            case Format::kJsonl: {
                nlohmann::ordered_json j = {{"format_version", kFormatVersion}};
                j.update(hit_json(hit, options_.highlight, options_.with_text));
                out_ << json_text(j) << '\n';
                break;
            }
            case Format::kJson:
                out_ << (shown_ > 0 ? "," : "")
                     << json_text(hit_json(hit, options_.highlight, options_.with_text));
                break;
            case Format::kCsv:
                csv_row(hit_json(hit, options_.highlight, options_.with_text), out_);
                break;
            case Format::kIds:
                out_ << display_id(hit.post) << '\n';
                break;
        }
        ++shown_;
    }
}

void HitPrinter::begin() {
    switch (options_.format) {
        case Format::kJson: {
            std::string header = json_text(hits_header(*first_));
            header.pop_back();  // the closing brace: the hits follow
            out_ << header << ",\"hits\":[";
            break;
        }
        case Format::kCsv:
            csv_header(options_, out_);
            break;
        default:
            break;
    }
}

void HitPrinter::finish() {
    if (!first_) return;
    const SearchResult& r = *first_;
    switch (options_.format) {
        case Format::kText: {
            out_ << r.total_posts << (r.total_posts == 1 ? " post" : " posts") << " matched";
            if (r.total_posts != r.total_estimate) {
                out_ << " (" << r.total_estimate << " after collapsing by thread)";
            }
            if (shown_ > 0) out_ << "; showing " << r.offset + 1 << "–" << r.offset + shown_;
            out_ << '\n';
            render_facets_text(r.facets, out_);
            if (r.histogram) render_histogram_text(*r.histogram, out_);
            if (!r.did_you_mean.empty()) out_ << "Did you mean: " << r.did_you_mean << '\n';
            break;
        }
        case Format::kJson: {
            nlohmann::ordered_json tail = {{"facets", facets_json(r.facets)}};
            add_facets_left_out(r.facets, tail);
            if (r.histogram) add_histogram_json(*r.histogram, tail);
            tail["did_you_mean"] = r.did_you_mean.empty() ? nlohmann::ordered_json(nullptr)
                                                          : nlohmann::ordered_json(r.did_you_mean);
            tail["unmatched_names"] = unmatched_names_json(r);
            if (!r.missing_shards.empty()) tail["missing_shards"] = r.missing_shards;
            if (r.partial) tail["partial"] = true;
            out_ << "]," << json_text(tail).substr(1) << '\n';
            break;
        }
        default:
            break;
    }
    first_.reset();
}

void render_hits(const SearchResult& result, const RenderOptions& options, std::ostream& out) {
    HitPrinter printer(options, out);
    printer.page(result);
    printer.finish();
}

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
