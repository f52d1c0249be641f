#include "indexer/input/http_response.hpp"

#include "common/core/text.hpp"
#include "indexer/input/gzip.hpp"

namespace forum {
namespace {

std::string lower(std::string_view s) {
    std::string out(trim(s));
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Undoes chunked transfer coding; false when the body is not chunked after all.
bool dechunk(std::string_view body, std::string& out) {
    out.clear();
    size_t pos = 0;
    for (;;) {
        size_t eol = body.find("\r\n", pos);
        if (eol == std::string_view::npos || eol == pos) return false;
        std::string_view size_line = body.substr(pos, eol - pos);
        size_t digits = 0;
        while (digits < size_line.size() && is_hex(size_line[digits]))
            ++digits;
        if (digits == 0 || digits > 15) return false;
        size_t size = std::stoull(std::string(size_line.substr(0, digits)), nullptr, 16);
        pos = eol + 2;
        if (size == 0) return true;  // trailers, if any, are of no interest
        if (pos + size > body.size()) {
            out.append(body.substr(pos));  // cut off by the crawler: keep what came
            return true;
        }
        out.append(body.substr(pos, size));
        pos += size;
        if (body.substr(pos, 2) == "\r\n") pos += 2;
    }
}

// Some crawlers store the body decoded but keep the Content-Encoding header.
bool looks_decoded(std::string_view body) {
    std::string_view t = trim(body.substr(0, 512));
    if (t.starts_with("\xEF\xBB\xBF")) t.remove_prefix(3);
    return !t.empty() && t[0] == '<';
}

}  // namespace

void split_content_type(std::string_view value, std::string& type, std::string& charset) {
    size_t semi = value.find(';');
    type = lower(value.substr(0, semi));
    charset.clear();
    if (semi == std::string_view::npos) return;
    std::string_view params = value.substr(semi + 1);
    std::string params_lower(params);  // same offsets as params
    for (char& c : params_lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    size_t at = params_lower.find("charset=");
    if (at == std::string::npos) return;
    std::string_view rest = params.substr(at + 8);
    rest = trim(rest.substr(0, rest.find(';')));
    if (rest.size() >= 2 && (rest.front() == '"' || rest.front() == '\'')) {
        rest = rest.substr(1, rest.size() - 2);
    }
    charset = std::string(rest);
}

bool parse_http_response(std::string_view block, size_t max_body, HttpResponse& out,
                         std::string& error) {
    out = {};
    size_t head_end = block.find("\r\n\r\n");
    size_t sep = 4;
    if (head_end == std::string_view::npos) {
        head_end = block.find("\n\n");
        sep = 2;
    }
    if (!block.starts_with("HTTP/") || head_end == std::string_view::npos) {
        error = "not an HTTP response";
        return false;
    }
    std::string_view head = block.substr(0, head_end);
    std::string_view body = block.substr(head_end + sep);
    size_t eol = head.find('\n');
    std::string_view status_line = head.substr(0, eol);
    size_t space = status_line.find(' ');
    if (space == std::string_view::npos) {
        error = "malformed HTTP status line";
        return false;
    }
    out.status = std::atoi(std::string(status_line.substr(space + 1, 3)).c_str());
    std::string transfer, coding;
    while (eol != std::string_view::npos) {
        size_t start = eol + 1;
        eol = head.find('\n', start);
        std::string_view line =
            head.substr(start, eol == std::string_view::npos ? eol : eol - start);
        size_t colon = line.find(':');
        if (colon == std::string_view::npos) continue;
        std::string name = lower(line.substr(0, colon));
        std::string_view value = trim(line.substr(colon + 1));
        if (name == "content-type") {
            split_content_type(value, out.content_type, out.charset);
        } else if (name == "transfer-encoding") {
            transfer = lower(value);
        } else if (name == "content-encoding") {
            coding = lower(value);
        }
    }
    std::string decoded;
    if (transfer.find("chunked") != std::string::npos && dechunk(body, decoded)) {
        out.body = std::move(decoded);
    } else {
        out.body = std::string(body);
    }
    bool gzip = coding == "gzip" || coding == "x-gzip";
    bool known = coding.empty() || coding == "identity" || gzip || coding == "deflate";
    if (!known && !looks_decoded(out.body)) {
        error = "unsupported content coding \"" + coding + "\"";
        return false;
    }
    Inflated inflated = Inflated::kOk;
    if (gzip && is_gzip(out.body)) {
        inflated = gunzip(out.body, max_body, decoded, error);
    } else if (coding == "deflate" && !looks_decoded(out.body)) {
        inflated = inflate_deflate(out.body, max_body, decoded, error);
    } else {
        decoded = std::move(out.body);
    }
    if (inflated == Inflated::kTooLarge) {
        // A small record that would expand to gigabytes (a "deflate bomb") is refused as it
        // passes the limit, not after.
        out.too_large = true;
        error = "compressed body of " + std::to_string(out.body.size()) + " bytes (" + coding +
                " content coding) " + error;
        return false;
    }
    if (inflated == Inflated::kCorrupt) {
        error = "content coding: " + error;
        return false;
    }
    out.body = std::move(decoded);
    if (out.body.size() > max_body) {
        out.too_large = true;
        error = "body of " + std::to_string(out.body.size()) + " bytes, over the limit of " +
                std::to_string(max_body);
        return false;
    }
    return true;
}

}  // namespace forum
