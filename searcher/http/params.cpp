#include "searcher/http/params.hpp"

#include <map>

#include "searcher/facet.hpp"
#include "searcher/histogram.hpp"

namespace forum::http {

std::string single(const httplib::Request& req, const std::string& name) {
    size_t n = req.get_param_value_count(name.c_str());
    if (n > 1) throw ParamError(name + " is given " + std::to_string(n) + " times");
    return n == 0 ? std::string() : req.get_param_value(name.c_str());
}

unsigned number(const httplib::Request& req, const std::string& name, unsigned fallback,
                unsigned max) {
    std::string text = single(req, name);
    if (text.empty()) return fallback;
    unsigned long long value = 0;
    for (char c : text) {
        if (c < '0' || c > '9' || value > max) {
            throw ParamError(name + " must be a number from 0 to " + std::to_string(max) +
                             ", not \"" + text + "\"");
        }
        value = value * 10 + static_cast<unsigned>(c - '0');
    }
    if (value > max) {
        throw ParamError(name + " must be a number from 0 to " + std::to_string(max) + ", not " +
                         text);
    }
    return static_cast<unsigned>(value);
}

namespace {

bool flag(const httplib::Request& req, const std::string& name) {
    std::string text = single(req, name);
    if (text.empty() || text == "0" || text == "false") return false;
    if (text == "1" || text == "true") return true;
    throw ParamError(name + " must be 1 or 0 (true or false), not \"" + text + "\"");
}

SortOrder sort_order(const std::string& text) {
    static const std::map<std::string, SortOrder> sorts = {{"relevance", SortOrder::kRelevance},
                                                           {"newest", SortOrder::kNewest},
                                                           {"oldest", SortOrder::kOldest}};
    if (text.empty()) return SortOrder::kRelevance;
    auto it = sorts.find(text);
    if (it == sorts.end()) {
        throw ParamError("sort must be relevance, newest or oldest, not \"" + text + "\"");
    }
    return it->second;
}

}  // namespace

SearchParams search_params(const httplib::Request& req, bool every_hit) {
    SearchParams p;
    SearchRequest& r = p.request;
    r.query = single(req, "q");
    if (!every_hit) r.limit = number(req, "limit", r.limit, kMaxLimit);
    if (r.limit == 0) {
        throw ParamError("limit must be from 1 to " + std::to_string(kMaxLimit) +
                         " (every hit: /api/search.csv or /api/search.jsonl)");
    }
    r.offset = number(req, "offset", 0, kMaxOffset);
    r.sort = sort_order(single(req, "sort"));
    r.per_thread = number(req, "per_thread", 0, kMaxLimit);
    r.since = single(req, "since");
    r.until = single(req, "until");
    size_t facets = req.get_param_value_count("facet");
    for (size_t i = 0; i < facets; ++i) {
        std::string spec = req.get_param_value("facet", i);
        try {
            parse_facet_spec(spec);
        } catch (const Xapian::QueryParserError& e) {
            throw ParamError("facet " + spec + ": " + e.get_msg());
        }
        r.facets.push_back(spec);
    }
    if (std::string h = single(req, "histogram"); !h.empty()) {
        r.histogram = parse_period(h);
        if (!r.histogram) throw ParamError("histogram must be day, week, month or year");
    }
    p.with_text = flag(req, "with_text");
    return p;
}

}  // namespace forum::http
