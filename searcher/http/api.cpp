#include "searcher/http/api.hpp"

#include <memory>
#include <sstream>

#include "searcher/date_range.hpp"
#include "searcher/explain.hpp"
#include "searcher/http/errors.hpp"
#include "searcher/http/params.hpp"
#include "searcher/lookup.hpp"
#include "searcher/render/render.hpp"
#include "searcher/stats.hpp"

namespace forum::http {
namespace {

constexpr const char* kJsonType = "application/json; charset=utf-8";
// Hits fetched at a time for a download, as the command line's --limit 0.
constexpr unsigned kStreamPage = 1000;
constexpr unsigned kMaxContext = 100;

SearchRequest prepared(SearchRequest r, const Service& service) {
    r.now = search_now();
    r.time_limit = service.time_limit;
    return r;
}

RenderOptions render_options(const SearchParams& p, Format format) {
    RenderOptions o;
    o.format = format;
    o.per_thread = p.request.per_thread > 0;
    o.with_text = p.with_text;
    return o;
}

void search(const Service& service, const httplib::Request& req, httplib::Response& res) {
    SearchParams p = search_params(req);
    SearchResult result = forum::search(worker_index(service.source), prepared(p.request, service));
    std::ostringstream out;
    render_hits(result, render_options(p, Format::kJson), out);
    res.set_content(out.str(), kJsonType);
}

// A download's state between the chunks httplib asks for: the printer and where the next page
// starts. The first page is searched before the status is sent, so that a bad query is a 400.
struct Download {
    SearchRequest request;
    std::ostringstream buffer;
    HitPrinter printer;
    bool done = false;
    Download(SearchRequest r, const RenderOptions& options)
        : request(std::move(r)), printer(options, buffer) {}

    void print(const SearchResult& page) {
        printer.page(page);
        request.offset += kStreamPage;
        // The totals, facets and suggestion come with the first page only.
        request.facets.clear();
        request.histogram.reset();
        request.suggest = false;
        if (page.hits.size() < kStreamPage) {
            printer.finish();
            done = true;
        }
    }
};

void download(const Service& service, const httplib::Request& req, httplib::Response& res,
              Format format) {
    SearchParams p = search_params(req, true);
    SearchRequest r = prepared(p.request, service);
    r.limit = kStreamPage;
    auto state = std::make_shared<Download>(r, render_options(p, format));
    state->print(forum::search(worker_index(service.source), state->request));
    const bool csv = format == Format::kCsv;
    res.set_header("Content-Disposition", csv ? "attachment; filename=\"forum-search.csv\""
                                              : "attachment; filename=\"forum-search.jsonl\"");
    res.set_chunked_content_provider(
        csv ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
        [state, &service](size_t, httplib::DataSink& sink) {
            std::string chunk = state->buffer.str();
            state->buffer.str("");
            if (!chunk.empty() && !sink.write(chunk.data(), chunk.size())) return false;
            if (state->done) {
                sink.done();
                return true;
            }
            try {
                state->print(forum::search(worker_index(service.source), state->request));
            } catch (...) {
                return false;  // the connection is cut: a short download, never a wrong one
            }
            return true;
        });
}

void not_found(httplib::Response& res, const std::string& what, const std::string& id) {
    send_error(res, 404, "not found", "no " + what + " " + id + " in the index");
}

void ambiguous(httplib::Response& res, const Lookup& found, const std::string& what,
               const std::string& id) {
    const char* name_as = what == "post" ? "SITE/POST_ID" : "SITE/THREAD_ID";
    std::string detail =
        found.key == LookupKey::kId
            ? what + " id " + id + " is used by several sites; name one as " + name_as
            : "several " + what + "s have the URL " + id + "; name one as " + name_as;
    nlohmann::ordered_json candidates = nlohmann::ordered_json::array();
    for (const Candidate& c : found.candidates)
        candidates.push_back({{"name", c.name}, {"posts", c.posts}});
    send_json(res, {{"error", "ambiguous id"}, {"detail", detail}, {"candidates", candidates}},
              400);
}

void post(const Service& service, const httplib::Request& req, httplib::Response& res) {
    std::string id = single(req, "id");
    if (id.empty()) throw ParamError("id is required: a post id, SITE/POST_ID or URL");
    Lookup found = find_post(worker_index(service.source), id);
    if (found.status == LookupStatus::kNotFound) return not_found(res, "post", id);
    if (found.status == LookupStatus::kAmbiguous) return ambiguous(res, found, "post", id);
    std::ostringstream out;
    render_post(found.posts.front(), Format::kJson, out);
    res.set_content(out.str(), kJsonType);
}

void thread(const Service& service, const httplib::Request& req, httplib::Response& res) {
    std::string id = single(req, "id");
    std::string around = single(req, "around");
    if (id.empty() && around.empty()) {
        throw ParamError("id is required (a thread id, SITE/THREAD_ID or URL), or around");
    }
    ThreadSlice slice;
    if (!around.empty()) {
        if (req.has_param("offset") || req.has_param("limit")) {
            throw ParamError("around takes context, not offset or limit");
        }
        slice.around = around;
        slice.context = number(req, "context", slice.context, kMaxContext);
    } else {
        if (req.has_param("context")) throw ParamError("context needs around");
        slice.offset = number(req, "offset", 0, kMaxOffset);
        if (unsigned limit = number(req, "limit", 0, kMaxLimit); limit > 0) slice.limit = limit;
    }
    ThreadLookup found = find_thread(worker_index(service.source), id, slice);
    if (found.around && found.around->status == LookupStatus::kNotFound) {
        return not_found(res, "post", around);
    }
    if (found.around && found.around->status == LookupStatus::kAmbiguous) {
        return ambiguous(res, *found.around, "post", around);
    }
    if (found.thread.status == LookupStatus::kNotFound) return not_found(res, "thread", id);
    if (found.thread.status == LookupStatus::kAmbiguous) {
        return ambiguous(res, found.thread, "thread", id);
    }
    if (found.around_elsewhere) {
        throw ParamError("post " + around + " is not in thread " + id +
                         " (its thread: " + thread_name(found.around->posts.front()) + ")");
    }
    std::ostringstream out;
    render_thread(found.thread, found.marked, Format::kJson, out);
    res.set_content(out.str(), kJsonType);
}

void explain(const Service& service, const httplib::Request& req, httplib::Response& res) {
    Explanation e = forum::explain(worker_index(service.source), single(req, "q"),
                                   single(req, "since"), single(req, "until"), search_now());
    std::ostringstream out;
    render_explain(e, Format::kJson, out);
    res.set_content(out.str(), kJsonType);
}

void stats(const Service& service, const httplib::Request&, httplib::Response& res) {
    std::ostringstream out;
    render_stats(index_stats(worker_index(service.source)), Format::kJson, out);
    res.set_content(out.str(), kJsonType);
}

using Handler = void (*)(const Service&, const httplib::Request&, httplib::Response&);

}  // namespace

void add_api(httplib::Server& server, const Service& service) {
    auto route = [&](const char* path, Handler handler) {
        server.Get(path, [&service, handler](const httplib::Request& req, httplib::Response& res) {
            answer_or_error(res, [&] { handler(service, req, res); });
        });
    };
    route("/api/search", search);
    route("/api/post", post);
    route("/api/thread", thread);
    route("/api/explain", explain);
    route("/api/stats", stats);
    server.Get("/api/search.csv", [&service](const httplib::Request& req, httplib::Response& res) {
        answer_or_error(res, [&] { download(service, req, res, Format::kCsv); });
    });
    server.Get("/api/search.jsonl",
               [&service](const httplib::Request& req, httplib::Response& res) {
                   answer_or_error(res, [&] { download(service, req, res, Format::kJsonl); });
               });
}

}  // namespace forum::http
