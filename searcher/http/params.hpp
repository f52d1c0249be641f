#pragma once
// Query-string parameters → the searcher's requests. The names are the command line's options
// (q is the query words, per_thread is --per-thread, with_text is --with-text), read as strictly:
// a value the command line would refuse is a ParamError (HTTP 400) naming the parameter.

#include <stdexcept>
#include <string>

#include <httplib.h>

#include "searcher/match.hpp"

namespace forum::http {

class ParamError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Most hits one page may ask for: the .csv and .jsonl downloads give every hit.
constexpr unsigned kMaxLimit = 1000;
// Deepest page: Xapian ranks offset + limit hits for each.
constexpr unsigned kMaxOffset = 100000;

struct SearchParams {
    SearchRequest request;
    bool with_text = false;
};

// q, limit, offset, sort, facet (repeatable), per_thread, since, until, histogram, with_text.
// `every_hit` (the downloads): limit is not read.
SearchParams search_params(const httplib::Request& req, bool every_hit = false);

// The parameter's value, "" when absent; a parameter given twice is refused.
std::string single(const httplib::Request& req, const std::string& name);
// An unsigned number from 0 to `max`, `fallback` when absent.
unsigned number(const httplib::Request& req, const std::string& name, unsigned fallback,
                unsigned max);

}  // namespace forum::http
