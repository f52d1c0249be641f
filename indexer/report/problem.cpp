#include "indexer/report/problem.hpp"

namespace forum {

const ProblemKind& describe(Problem p) {
    using enum Severity;
    // In the order of the enum.
    static const ProblemKind kinds[] = {
        {"not_html", "not HTML", kSkip},
        {"not_thread_page", "not a forum thread page", kSkip},
        {"excluded", "excluded by --exclude", kSkip},
        {"http_status", "HTTP status other than 2xx", kSkip},
        {"warc_request", "WARC request record", kSkip},
        {"warc_revisit", "WARC revisit record", kSkip},
        {"warc_metadata", "WARC metadata record", kSkip},
        {"warcinfo", "WARC warcinfo record", kSkip},
        {"warc_other", "other WARC record", kSkip},
        {"special_file", "not a regular file", kSkip},
        {"unreadable", "cannot be read", kFailure},
        {"empty", "empty file", kFailure},
        {"bad_gzip", "corrupt or truncated gzip", kFailure},
        {"too_large", "too large", kFailure},
        {"truncated_page", "truncated page", kFailure},
        {"no_posts", "thread page without posts", kFailure},
        {"bad_warc", "damaged WARC record", kFailure},
        {"bad_http", "undecodable HTTP response", kFailure},
        {"bad_archive", "damaged archive", kFailure},
        {"not_html_as_declared", "declared HTML but is not", kFailure},
        {"charset_fallback", "charset declaration does not fit the bytes", kWarning},
        {"deep_nesting", "markup nested deeper than 256 levels", kWarning},
        {"nul_bytes", "NUL bytes in the page", kWarning},
        {"charset_detected", "charset detected (none declared)", kWarning},
        {"charset_replaced", "invalid bytes replaced (U+FFFD)", kWarning},
    };
    return kinds[static_cast<int>(p)];
}

}  // namespace forum
