#include "searcher/http/server.hpp"

#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <thread>

#include "common/core/exit_codes.hpp"
#include "searcher/http/bounded_queue.hpp"
#include "searcher/http/errors.hpp"
#include "searcher/http/page.hpp"

namespace forum::http {
namespace {

// Request bodies are not read (GET only); a POST's body is refused past this.
constexpr size_t kMaxPayload = 8192;
constexpr int kKeepAliveSeconds = 2;
constexpr int kIoTimeoutSeconds = 5;

void add_security_headers(httplib::Response& res) {
    // Only the server's own style sheet, no scripts anywhere, no framing; no CORS header, so
    // other origins cannot read the answers from a browser.
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                   "base-uri 'none'; frame-ancestors 'none'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "no-referrer");
}

// A request refused before its path was read (414) gets JSON too: the API's clients are the
// ones that build long URLs.
bool wants_json(const httplib::Request& req) {
    return req.path.empty() || req.path.rfind("/api/", 0) == 0;
}

// Statuses httplib sets itself (404 no route, 414 URI too long, 400 bad request line...).
std::string reason_of(int status) {
    switch (status) {
        case 400:
            return "bad request";
        case 404:
            return "not found";
        case 405:
            return "method not allowed";
        case 413:
            return "request too large";
        case 414:
            return "request URI too long";
        case 431:
            return "request headers too large";
        default:
            return "error " + std::to_string(status);
    }
}

}  // namespace

int serve(const ServeOptions& options, std::ostream& out, std::ostream& err) {
    // Signals go to one thread that waits for them: the others, started below, inherit the mask.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    unsigned threads = options.threads ? options.threads : std::thread::hardware_concurrency();
    if (threads == 0) threads = 1;
    unsigned queue = options.queue ? options.queue : 8 * threads;

    httplib::Server server;
    // httplib owns the queue it gets from this factory and deletes it.
    server.new_task_queue = [threads, queue] { return new BoundedQueue(threads, queue); };
    // httplib's default is SO_REUSEPORT, which lets a second server take the same port and
    // share the connections: SO_REUSEADDR only, so that a port in use is an error.
    server.set_socket_options([](socket_t sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    // Without it a keep-alive answer waits for the client's delayed ACK (Nagle): ~40 ms each.
    server.set_tcp_nodelay(true);
    server.set_payload_max_length(kMaxPayload);
    server.set_keep_alive_timeout(kKeepAliveSeconds);
    server.set_read_timeout(kIoTimeoutSeconds, 0);
    server.set_write_timeout(kIoTimeoutSeconds, 0);
    server.set_pre_routing_handler([](const httplib::Request&, httplib::Response& res) {
        if (!BoundedQueue::refusing()) return httplib::Server::HandlerResponse::Unhandled;
        res.set_header("Retry-After", "1");
        res.set_header("Connection", "close");
        send_error(res, 503, "busy", "every worker is busy and the queue is full; try again");
        return httplib::Server::HandlerResponse::Handled;
    });
    httplib::Server::HandlerWithResponse on_error = [](const httplib::Request& req,
                                                       httplib::Response& res) {
        if (!res.body.empty()) {
            return httplib::Server::HandlerResponse::Unhandled;
        }
        std::string reason = reason_of(res.status);
        if (wants_json(req)) {
            send_error(res, res.status, reason,
                       res.status == 404 ? "no such path: " + req.path : reason);
        } else {
            send_error_page(res, res.status, reason);
        }
        return httplib::Server::HandlerResponse::Handled;
    };
    server.set_error_handler(on_error);
    server.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
            Failure f = failure_of(e);
            send_error(res, f.status, f.error, f.detail);
        });
    server.set_post_routing_handler(
        [](const httplib::Request&, httplib::Response& res) { add_security_headers(res); });
    add_api(server, options.service);
    add_page(server, options.service);

    int port = options.port == 0
                   ? server.bind_to_any_port(options.bind)
                   : (server.bind_to_port(options.bind, options.port) ? options.port : -1);
    if (port < 0) {
        err << "forum-search serve: cannot listen on " << options.bind << ":" << options.port
            << ": " << std::strerror(errno) << '\n';
        return exit_code::kUsage;
    }
    std::string host =
        options.bind.find(':') != std::string::npos ? "[" + options.bind + "]" : options.bind;
    out << "listening on http://" << host << ":" << port << "/" << std::endl;

    std::atomic<bool> listen_returned = false;
    std::atomic<bool> signalled = false;
    std::thread waiter([&] {
        int sig = 0;
        sigwait(&stop_signals, &sig);
        if (listen_returned) return;  // woken below: the server stopped on its own
        signalled = true;
        // httplib 0.11's stop() does nothing until listen has begun: a signal sent the moment the
        // port is printed would be lost and the server would run on.
        while (!server.is_running() && !listen_returned)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        server.stop();
    });
    bool listened = server.listen_after_bind();
    listen_returned = true;
    bool stopped_by_signal = signalled;
    if (!stopped_by_signal) pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter
    waiter.join();
    if (!listened && !stopped_by_signal) {
        err << "forum-search serve: the server stopped: " << std::strerror(errno) << '\n';
        return exit_code::kIndexError;
    }
    return 0;
}

}  // namespace forum::http
