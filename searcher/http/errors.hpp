#pragma once
// Every failure of a request as JSON {"error": WHAT, "detail": WHY} with its status: 400 for a
// query or parameter that cannot be read (the detail is what the command line prints), 404 for
// what the index does not have, 503 while the index is missing, being swapped or a shard is
// down. No input reaches 500: that status is left to faults of the server itself.

#include <functional>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace forum::http {

void send_json(httplib::Response& res, const nlohmann::ordered_json& body, int status = 200);
void send_error(httplib::Response& res, int status, const std::string& error,
                const std::string& detail);

// Runs `fn`, turning the searcher's exceptions into the error responses above.
void answer_or_error(httplib::Response& res, const std::function<void()>& fn);

// The status and detail an exception from the searcher maps to (for the web page too).
struct Failure {
    int status;
    std::string error, detail;
};
Failure failure_of(std::exception_ptr e);

}  // namespace forum::http
