#pragma once
// forum-search serve: the JSON API (api.hpp) and the web page (page.hpp) on cpp-httplib, with
// the limits of a public endpoint: a bounded queue, a match time limit, request size limits,
// security headers, and SIGINT/SIGTERM finishing the requests in flight.

#include <ostream>
#include <string>

#include "searcher/http/api.hpp"

namespace forum::http {

struct ServeOptions {
    Service service;
    std::string bind = "127.0.0.1";
    int port = 8080;       // 0: a free port
    unsigned threads = 0;  // 0: the number of cores
    unsigned queue = 0;    // connections waiting for a worker before 503s (0: 8 per worker)
};

// Listens, prints "listening on http://ADDR:PORT/" on `out` once it does, and serves until
// SIGINT or SIGTERM; the process exit code (0 after a signal, 2 when it cannot listen).
int serve(const ServeOptions& options, std::ostream& out, std::ostream& err);

}  // namespace forum::http
