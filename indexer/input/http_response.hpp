#pragma once
// An HTTP response as a WARC "response" record holds it: status line, headers, body. Crawlers
// store the body as it came over the wire, so chunked transfer coding and gzip/deflate content
// coding are undone here. Some crawlers store it decoded but keep the headers; a body that does
// not look encoded is taken as it is.

#include <string>
#include <string_view>

namespace forum {

struct HttpResponse {
    int status = 0;
    std::string content_type;  // lower case, without parameters: "text/html"
    std::string charset;       // the Content-Type charset parameter, as given
    std::string body;
    bool too_large = false;  // why parsing failed: the body is (or decodes to) over max_body
};

// False with a one-line reason when the block is not an HTTP response or its body cannot be
// decoded (an unsupported or corrupt content coding), or when the body is, or decodes to, more
// than max_body bytes (then `too_large` is set).
bool parse_http_response(std::string_view block, size_t max_body, HttpResponse& out,
                         std::string& error);

// "text/html; charset=ISO-8859-1" → type "text/html", charset "ISO-8859-1".
void split_content_type(std::string_view value, std::string& type, std::string& charset);

}  // namespace forum
