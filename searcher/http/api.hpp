#pragma once
// The JSON API: the command line's results over HTTP, printed by the same renderers, so that
// /api/search answers byte for byte what `forum-search --format json` prints for the same
// options.
//   GET /api/search        q limit offset sort facet per_thread since until histogram with_text
//   GET /api/search.csv    the same, every hit, streamed (limit is not read)
//   GET /api/search.jsonl
//   GET /api/post          id (an id, SITE/ID or URL)
//   GET /api/thread        id around context limit offset
//   GET /api/explain       q since until
//   GET /api/stats

#include <httplib.h>

#include "searcher/http/worker_index.hpp"

namespace forum::http {

struct Service {
    IndexSource source;
    double time_limit = 0;  // seconds of matching per page of hits (0: none)
};

void add_api(httplib::Server& server, const Service& service);

}  // namespace forum::http
