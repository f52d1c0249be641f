#include "searcher/http/page.hpp"

#include <algorithm>

#include "common/core/dates.hpp"
#include "searcher/date_range.hpp"
#include "searcher/display_url.hpp"
#include "searcher/http/errors.hpp"
#include "searcher/http/html.hpp"
#include "searcher/http/params.hpp"
#include "searcher/http/timeline.hpp"
#include "searcher/lookup.hpp"
#include "searcher/match.hpp"

namespace forum::http {
namespace {

constexpr unsigned kPageHits = 20;
constexpr unsigned kFacetValues = 8;
constexpr Xapian::doccount kThreadPosts = 1000;  // posts a thread page shows

using Params = std::vector<std::pair<std::string, std::string>>;

const char* kSyntaxHelp = R"(<details class="help"><summary>Query syntax</summary><dl>
<dt><code>words "a phrase"</code></dt><dd>every word must match; quotes keep a phrase</dd>
<dt><code>a OR b</code>, <code>a NOT b</code>, <code>-word</code>, <code>+word</code></dt><dd>either, without, must</dd>
<dt><code>summ*</code>, <code>a NEAR/3 b</code></dt><dd>word starts, words close together</dd>
<dt><code>poster:"Pinterest Mom"</code>, <code>country:Pakistan</code>, <code>forum:X</code>, <code>title:words</code></dt><dd>field filters (<code>in:first</code>: first posts only)</dd>
<dt><code>date:2023-10</code>, <code>date:2023-09-01..2023-10-31</code>, <code>date:7d..</code></dt><dd>dates (UTC days)</dd>
</dl></details>)";

std::string head(const std::string& title) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<meta name=\"referrer\" content=\"no-referrer\">"
           "<title>" +
           escape(title) + "</title><link rel=\"stylesheet\" href=\"/style.css\"></head>\n<body>\n";
}

std::string search_box(const std::string& q, const std::string& sort) {
    std::string out =
        "<header class=\"top\"><a class=\"brand\" href=\"/\">forum<span>search</span></a>"
        "<form class=\"search\" action=\"/\" method=\"get\" role=\"search\">"
        "<input type=\"search\" name=\"q\" value=\"" +
        escape(q) +
        "\" aria-label=\"Query\" placeholder=\"trilateral summit  poster:&quot;Pinterest "
        "Mom&quot;  date:2023-10\">";
    if (!sort.empty() && sort != "relevance") {
        out += "<input type=\"hidden\" name=\"sort\" value=\"" + escape(sort) + "\">";
    }
    return out + "<button type=\"submit\">Search</button></form></header>\n";
}

std::string foot() {
    return "<footer>forum-search · the same results as JSON: <a "
           "href=\"/api/stats\">/api/stats</a>, "
           "<code>/api/search?q=…</code></footer>\n</body></html>\n";
}

void send_page(httplib::Response& res, const std::string& html, int status = 200) {
    res.status = status;
    res.set_content(html, "text/html; charset=utf-8");
}

// A filter typed as the query language spells it.
std::string filter_for(const std::string& field, const std::string& value) {
    if (field == "year" || field == "month") return "date:" + value;
    bool plain = std::all_of(value.begin(), value.end(), [](unsigned char c) {
        return c >= 0x80 || std::isalnum(c) || c == '-' || c == '.' || c == '_';
    });
    return field + ":" + (plain ? value : "\"" + value + "\"");
}

std::string with_filter(const std::string& q, const std::string& filter) {
    return q.empty() ? filter : q + " " + filter;
}

std::string search_link(const std::string& q, const std::string& sort, unsigned offset = 0) {
    return "/" + query_string({{"q", q},
                               {"sort", sort == "relevance" ? "" : sort},
                               {"offset", offset ? std::to_string(offset) : ""}});
}

std::string facets_html(const SearchResult& r, const std::string& q, const std::string& sort) {
    std::string out = "<aside class=\"facets\">";
    for (const Facet& f : r.facets) {
        if (f.values.empty()) continue;
        out += "<section><h3>" + escape(f.name) + "</h3><ul>";
        std::vector<FacetValue> values = f.values;
        if (f.by_period) std::reverse(values.begin(), values.end());  // the latest first
        for (const FacetValue& v : values) {
            // A value holding a quote cannot be typed as a filter: shown, not linked.
            std::string label = "<span class=\"v\">" + escape(v.value) +
                                "</span><span class=\"n\">" + std::to_string(v.count) + "</span>";
            if (v.value.find('"') != std::string::npos) {
                out += "<li>" + label + "</li>";
                continue;
            }
            out += "<li><a href=\"" +
                   escape(search_link(with_filter(q, filter_for(f.name, v.value)), sort)) + "\">" +
                   label + "</a></li>";
        }
        out += "</ul></section>";
    }
    return out + "</aside>\n";
}

// A post's anchor in the thread view: its number, else its id, else its place on the page
// (`index`, unknown from a search hit: none then).
std::string anchor_of(const Post& p, std::optional<size_t> index) {
    if (p.position) return "p-" + std::to_string(*p.position);
    if (p.post_id) return "id-" + *p.post_id;
    return index ? "n-" + std::to_string(*index + 1) : "";
}

std::string thread_link(const Post& p, const std::string& q) {
    std::string thread = thread_name(p);
    if (thread.empty()) return "";
    std::string anchor = anchor_of(p, std::nullopt);
    return "/thread" + query_string({{"id", thread}, {"hit", post_name(p)}, {"q", q}}) +
           (anchor.empty() ? "" : "#" + url_encode(anchor));
}

std::string hit_html(const Hit& hit, const std::string& q) {
    const Post& p = hit.post;
    std::string out = "<li class=\"hit\"><h2>";
    std::string title = escape(p.thread_title.value_or("(untitled)"));
    std::string thread = thread_link(p, q);
    out += thread.empty() ? title : "<a href=\"" + escape(thread) + "\">" + title + "</a>";
    if (p.position) out += " <span class=\"pos\">#" + std::to_string(*p.position) + "</span>";
    out += "</h2><p class=\"meta\">";
    std::vector<std::string> meta;
    if (p.poster) meta.push_back("<span class=\"poster\">" + escape(*p.poster) + "</span>");
    if (p.user_title && !p.user_title->empty()) meta.push_back(escape(*p.user_title));
    if (p.country) meta.push_back("<span class=\"country\">" + escape(*p.country) + "</span>");
    if (p.date) {
        meta.push_back("<time datetime=\"" + format_iso_utc(*p.date) + "\">" +
                       escape(format_display(*p.date)) + "</time>");
    }
    if (p.forum) meta.push_back(escape(*p.forum));
    for (size_t i = 0; i < meta.size(); ++i)
        out += (i ? " · " : "") + meta[i];
    out += "</p><p class=\"snippet\">" + snippet_html(hit.snippet) + "</p><p class=\"links\">";
    const std::optional<std::string>& url = p.url ? p.url : p.thread_url;
    if (url && linkable(*url)) {
        out += "<a class=\"original\" href=\"" + escape(*url) +
               "\" rel=\"nofollow noopener noreferrer\">" + escape(display_url(*url)) + "</a>";
    } else if (url) {
        out += "<span class=\"original\">" + escape(*url) + "</span>";
    }
    out += " · <a href=\"/api/post" + escape(query_string({{"id", post_name(p)}})) + "\">JSON</a>";
    if (hit.more_in_thread && *hit.more_in_thread > 0)
        out += " · +" + std::to_string(*hit.more_in_thread) + " more in this thread";
    return out + "</p></li>\n";
}

std::string results_html(const SearchResult& r, const std::string& q, const std::string& sort) {
    std::string out =
        "<main class=\"layout\">" + facets_html(r, q, sort) + "<section class=\"results\">";
    out += "<p class=\"summary\"><strong>" + std::to_string(r.total_posts) + "</strong> " +
           (r.total_posts == 1 ? "post" : "posts") + " matched";
    if (!r.hits.empty()) {
        out += ", showing " + std::to_string(r.offset + 1) + "–" +
               std::to_string(r.offset + r.hits.size());
    }
    if (r.partial) out += " <span class=\"partial\">(partial: the search ran out of time)</span>";
    out += "</p><p class=\"tools\"><span class=\"sort\">Sort: ";
    for (const char* s : {"relevance", "newest", "oldest"}) {
        if (sort == s || (sort.empty() && std::string(s) == "relevance")) {
            out += std::string("<strong>") + s + "</strong> ";
        } else {
            out += "<a href=\"" + escape(search_link(q, s)) + "\">" + s + "</a> ";
        }
    }
    Params download = {{"q", q}, {"sort", sort == "relevance" ? "" : sort}};
    out += "</span><span class=\"download\">Download: <a href=\"/api/search.csv" +
           escape(query_string(download)) + "\">CSV</a> <a href=\"/api/search.jsonl" +
           escape(query_string(download)) + "\">JSONL</a></span></p>";
    if (!r.did_you_mean.empty()) {
        out += "<p class=\"dym\">Did you mean <a href=\"" +
               escape(search_link(r.did_you_mean, sort)) + "\">" + escape(r.did_you_mean) +
               "</a>?</p>";
    }
    if (r.histogram) {
        std::string svg = timeline_svg(*r.histogram, [&](const std::string& month) {
            return search_link(with_filter(q, "date:" + month), sort);
        });
        if (!svg.empty()) {
            Xapian::doccount peak = 0;
            for (const PeriodCount& c : r.histogram->counts)
                peak = std::max(peak, c.count);
            out += "<figure class=\"timeline\">" + svg + "<figcaption><span>" +
                   escape(r.histogram->counts.front().period) +
                   "</span><span>busiest month: " + std::to_string(peak) +
                   (peak == 1 ? " post" : " posts") + "</span><span>" +
                   escape(r.histogram->counts.back().period) + "</span></figcaption></figure>";
        }
    }
    out += "<ol class=\"hits\" start=\"" + std::to_string(r.offset + 1) + "\">";
    for (const Hit& hit : r.hits)
        out += hit_html(hit, q);
    out += "</ol><nav class=\"pages\">";
    if (r.offset > 0) {
        out += "<a rel=\"prev\" href=\"" +
               escape(search_link(q, sort, r.offset > kPageHits ? r.offset - kPageHits : 0)) +
               "\">← previous</a>";
    }
    if (r.offset + r.hits.size() < r.total_estimate && r.offset + kPageHits <= kMaxOffset) {
        out += "<a rel=\"next\" href=\"" + escape(search_link(q, sort, r.offset + kPageHits)) +
               "\">next →</a>";
    }
    return out + "</nav></section></main>\n";
}

void search_page(const Service& service, const httplib::Request& req, httplib::Response& res) {
    std::string q = single(req, "q");
    std::string sort = single(req, "sort");
    std::string html = head(q.empty() ? "forum-search" : q + " – forum-search") +
                       search_box(q, sort) + kSyntaxHelp;
    if (!req.has_param("q")) {
        Xapian::doccount posts = worker_index(service.source).db.get_doccount();
        send_page(res, html + "<main class=\"welcome\"><p>" + std::to_string(posts) +
                           " posts to search. Type words, a phrase in quotes, or filters; "
                           "every result page is a link you can share.</p></main>" +
                           foot());
        return;
    }
    SearchRequest r;
    r.query = q;
    r.limit = kPageHits;
    r.offset = number(req, "offset", 0, kMaxOffset);
    if (!sort.empty() && sort != "relevance") {
        if (sort != "newest" && sort != "oldest")
            throw ParamError("sort must be relevance, newest or oldest");
        r.sort = sort == "newest" ? SortOrder::kNewest : SortOrder::kOldest;
    }
    r.facets = {"country:" + std::to_string(kFacetValues), "poster:" + std::to_string(kFacetValues),
                "forum:" + std::to_string(kFacetValues), "year:period"};
    r.histogram = Period::kMonth;
    r.now = search_now();
    r.time_limit = service.time_limit;
    SearchResult result = search(worker_index(service.source), r);
    send_page(res, html + results_html(result, q, sort) + foot());
}

std::string paragraphs(const std::string& text) {
    std::string out;
    size_t begin = 0;
    while (begin <= text.size()) {
        size_t end = std::min(text.find('\n', begin), text.size());
        if (end > begin) out += "<p>" + escape(text.substr(begin, end - begin)) + "</p>";
        begin = end + 1;
    }
    return out;
}

std::string post_html(const Post& p, size_t index, bool hit) {
    std::string anchor = escape(anchor_of(p, index));
    std::string out = "<article id=\"" + anchor + "\" class=\"post" + (hit ? " hit" : "") +
                      "\"><header><a class=\"pos\" href=\"#" + anchor + "\">#" +
                      std::to_string(p.position ? *p.position : int(index + 1)) + "</a> ";
    out += "<span class=\"poster\">" + escape(p.poster.value_or("(unknown)")) + "</span>";
    if (p.user_title && !p.user_title->empty())
        out += " <span class=\"title\">" + escape(*p.user_title) + "</span>";
    if (p.country) out += " · <span class=\"country\">" + escape(*p.country) + "</span>";
    if (p.date) {
        out += " · <time datetime=\"" + format_iso_utc(*p.date) + "\">" +
               escape(format_display(*p.date)) + "</time>";
    }
    if (hit) out += " <span class=\"badge\">search hit</span>";
    out += "</header>";
    for (const Quote& quote : p.quotes) {
        out += "<blockquote>";
        if (quote.author) out += "<cite>" + escape(*quote.author) + " wrote:</cite>";
        out += paragraphs(quote.text) + "</blockquote>";
    }
    out += "<div class=\"text\">" + paragraphs(p.text) + "</div>";
    if (p.url && linkable(*p.url)) {
        out += "<p class=\"links\"><a href=\"" + escape(*p.url) +
               "\" rel=\"nofollow noopener noreferrer\">original post</a></p>";
    }
    return out + "</article>\n";
}

void thread_page(const Service& service, const httplib::Request& req, httplib::Response& res) {
    std::string id = single(req, "id");
    std::string hit = single(req, "hit");
    std::string q = single(req, "q");
    if (id.empty()) throw ParamError("id is required: a thread id, SITE/THREAD_ID or URL");
    ThreadSlice slice;
    slice.limit = kThreadPosts;
    ThreadLookup found = find_thread(worker_index(service.source), id, slice);
    std::string html = head("thread " + id + " – forum-search") + search_box(q, "");
    if (found.thread.status == LookupStatus::kNotFound) {
        return send_page(res,
                         html + "<main class=\"message\"><p>No thread " + escape(id) +
                             " in the index.</p></main>" + foot(),
                         404);
    }
    if (found.thread.status == LookupStatus::kAmbiguous) {
        html += "<main class=\"message\"><p>Several threads are named " + escape(id) +
                "; which one?</p><ul>";
        for (const Candidate& c : found.thread.candidates) {
            html += "<li><a href=\"/thread" + escape(query_string({{"id", c.name}, {"q", q}})) +
                    "\">" + escape(c.name) + "</a> (" + std::to_string(c.posts) + " posts)</li>";
        }
        return send_page(res, html + "</ul></main>" + foot(), 400);
    }
    const std::vector<Post>& posts = found.thread.posts;
    const Post& first = posts.front();
    html += "<main class=\"thread\"><nav class=\"back\">";
    if (!q.empty()) html += "<a href=\"" + escape(search_link(q, "")) + "\">← results</a> · ";
    html += escape(first.forum.value_or(first.site.value_or(""))) + "</nav><h1>" +
            escape(first.thread_title.value_or("(untitled)")) + "</h1><p class=\"summary\">" +
            std::to_string(found.thread.thread_posts) + " posts";
    if (first.thread_url && linkable(*first.thread_url)) {
        html += " · <a href=\"" + escape(*first.thread_url) +
                "\" rel=\"nofollow noopener noreferrer\">original thread</a>";
    }
    if (found.thread.thread_posts > posts.size())
        html += " · the first " + std::to_string(posts.size()) + " shown";
    html += "</p>";
    for (size_t i = 0; i < posts.size(); ++i)
        html += post_html(posts[i], i, !hit.empty() && post_name(posts[i]) == hit);
    send_page(res, html + "</main>" + foot());
}

// Runs a page handler; a failure is an HTML page with the same status and detail as the API's.
void page_or_error(const httplib::Request& req, httplib::Response& res,
                   const std::function<void()>& fn) {
    try {
        fn();
    } catch (...) {
        Failure f = failure_of(std::current_exception());
        send_error_page(res, f.status, f.detail,
                        req.get_param_value_count("q") == 1 ? req.get_param_value("q") : "");
    }
}

}  // namespace

void send_error_page(httplib::Response& res, int status, const std::string& message,
                     const std::string& q) {
    send_page(res,
              head("error – forum-search") + search_box(q, "") + kSyntaxHelp +
                  "<main class=\"message error\"><p>" + escape(message) + "</p></main>" + foot(),
              status);
}

void add_page(httplib::Server& server, const Service& service) {
    server.Get("/", [&service](const httplib::Request& req, httplib::Response& res) {
        page_or_error(req, res, [&] { search_page(service, req, res); });
    });
    server.Get("/thread", [&service](const httplib::Request& req, httplib::Response& res) {
        page_or_error(req, res, [&] { thread_page(service, req, res); });
    });
    server.Get("/style.css", [](const httplib::Request&, httplib::Response& res) {
        res.set_header("Cache-Control", "max-age=3600");
        res.set_content(style_sheet(), "text/css; charset=utf-8");
    });
}

}  // namespace forum::http
