// forum-search serve: the index over HTTP, the JSON API and the web page (searcher/http/).

#include <iostream>

#include "searcher/cli/commands.hpp"
#include "searcher/http/server.hpp"

namespace forum::commands {

CLI::App* add_serve(CLI::App& app, ServeOptions& o) {
    auto* serve = app.add_subcommand(
        "serve", "Serve the index over HTTP: a JSON API (/api/...) and a web page (/)");
    serve->add_option("--bind", o.bind, "Address to listen on")->capture_default_str();
    serve->add_option("--port", o.port, "Port to listen on (0: a free one, printed)")
        ->check(CLI::Range(0, 65535))
        ->capture_default_str();
    serve->add_option("--threads", o.threads, "Worker threads (default: the number of cores)")
        ->check(CLI::Range(1, 1024));
    serve
        ->add_option("--queue", o.queue,
                     "Connections waiting for a worker before the server answers 503 "
                     "(default: 8 per thread)")
        ->check(CLI::Range(1, 100000));
    serve
        ->add_option("--match-time-limit", o.time_limit,
                     "Seconds a search may spend matching; past it the hits found so far come "
                     "back with \"partial\": true (0: no limit)")
        ->check(CLI::Range(0.0, 3600.0))
        ->capture_default_str();
    return serve;
}

int run_serve(const ServeOptions& o) {
    http::ServeOptions options;
    options.service.source = {o.db.entries, o.db.open};
    options.service.time_limit = o.time_limit;
    options.bind = o.bind;
    options.port = o.port;
    options.threads = o.threads;
    options.queue = o.queue;
    // The server starts without an index too (503 until there is one): say so once here.
    try {
        open_index(o.db.entries, o.db.open);
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search serve: the index at " << o.db.name()
                  << " cannot be opened yet (requests get 503 until it can): " << e.get_msg()
                  << '\n';
    } catch (const std::exception& e) {
        std::cerr << "forum-search serve: the index at " << o.db.name()
                  << " cannot be opened yet (requests get 503 until it can): " << e.what() << '\n';
    }
    return http::serve(options, std::cout, std::cerr);
}

}  // namespace forum::commands
