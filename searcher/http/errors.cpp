#include "searcher/http/errors.hpp"

#include <xapian.h>

#include "common/core/json_text.hpp"
#include "searcher/date_range.hpp"
#include "searcher/http/params.hpp"
#include "searcher/index.hpp"
#include "searcher/shard_list.hpp"

namespace forum::http {

void send_json(httplib::Response& res, const nlohmann::ordered_json& body, int status) {
    res.status = status;
    res.set_content(json_text(body) + "\n", "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, int status, const std::string& error,
                const std::string& detail) {
    send_json(res, {{"error", error}, {"detail", detail}}, status);
}

Failure failure_of(std::exception_ptr e) {
    try {
        std::rethrow_exception(e);
    } catch (const ParamError& e) {
        return {400, "bad parameter", e.what()};
    } catch (const DateError& e) {
        return {400, "bad query", e.what()};
    } catch (const Xapian::QueryParserError& e) {
        return {400, "bad query", "bad query: " + e.get_msg()};
    } catch (const ShardListError& e) {
        return {503, "index unavailable", e.what()};
    } catch (const ShardError& e) {
        return {503, "shard unavailable", "shard " + e.shard() + ": " + e.reason()};
    } catch (const Xapian::NetworkError& e) {
        return {503, "shard unavailable", e.get_description()};
    } catch (const Xapian::DatabaseError& e) {
        // Missing, being swapped by --full, or moved on faster than we could reopen.
        return {503, "index unavailable", e.get_msg()};
    } catch (const std::bad_alloc&) {
        return {503, "out of memory", "the server ran out of memory; try a narrower query"};
    } catch (const Xapian::Error& e) {
        return {500, "index error", e.get_description()};
    } catch (const std::exception& e) {
        return {500, "server error", e.what()};
    } catch (...) {
        return {500, "server error", "an unknown exception"};
    }
}

void answer_or_error(httplib::Response& res, const std::function<void()>& fn) {
    try {
        fn();
    } catch (...) {
        Failure f = failure_of(std::current_exception());
        send_error(res, f.status, f.error, f.detail);
    }
}

}  // namespace forum::http
