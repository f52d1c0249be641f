#include "indexer/input/warc.hpp"

#include <string_view>

#include "common/core/text.hpp"

namespace forum {
namespace {

constexpr std::string_view kMagic = "WARC/1.";
constexpr size_t kMaxHeaderBytes = 1 << 20;  // long target URIs included
constexpr size_t kScanChunk = 1 << 16;

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

struct WarcHeader {
    std::string version, type, target_uri, date, content_type;
    std::uint64_t length = 0;
    bool have_length = false;
    std::string bad_length;  // a Content-Length that is not a number, as written
    size_t size = 0;         // bytes up to and including the blank line that ends it
};

enum class HeaderStatus { kComplete, kIncomplete, kNotAHeader };

// The record header at the start of `bytes`: its version line, fields and blank line. `strict`
// (looking for where a record starts) gives up at the first line that is not "Name: value", so
// that scanning hostile bytes never reads the same line for many would-be headers.
HeaderStatus parse_header(std::string_view bytes, bool strict, WarcHeader& h) {
    h = {};
    if (!bytes.starts_with(kMagic)) {
        return bytes.size() < kMagic.size() && kMagic.starts_with(bytes)
                   ? HeaderStatus::kIncomplete
                   : HeaderStatus::kNotAHeader;
    }
    size_t pos = 0;
    for (bool first = true;; first = false) {
        size_t nl = bytes.find('\n', pos);
        if (nl == std::string_view::npos) return HeaderStatus::kIncomplete;
        std::string_view line = bytes.substr(pos, nl - pos);
        if (line.ends_with('\r')) line.remove_suffix(1);
        pos = nl + 1;
        if (first) {
            h.version = std::string(trim(line));
            continue;
        }
        if (line.empty()) {
            h.size = pos;
            return HeaderStatus::kComplete;
        }
        size_t colon = line.find(':');
        std::string name = lower_ascii(trim(line.substr(0, colon)));
        if (colon == std::string_view::npos || name.empty() ||
            name.find_first_of(" \t") != std::string::npos || line.starts_with(kMagic)) {
            if (strict) return HeaderStatus::kNotAHeader;
            continue;  // tolerated in a record where one is expected
        }
        std::string value(trim(line.substr(colon + 1)));
        if (name == "warc-type") {
            h.type = lower_ascii(value);
        } else if (name == "warc-target-uri") {
            // WARC/1.0 examples write the URI in angle brackets.
            if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
                value = value.substr(1, value.size() - 2);
            }
            h.target_uri = value;
        } else if (name == "warc-date") {
            h.date = value;
        } else if (name == "content-type") {
            h.content_type = value;
        } else if (name == "content-length") {
            if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos ||
                value.size() > 18) {
                h.bad_length = value.empty() ? "\"\"" : value;
            } else {
                h.length = std::stoull(value);
                h.have_length = true;
            }
        }
    }
}

// A header (parsed strictly) good enough to resume reading at: "WARC/1.x", a type and a length.
bool plausible(const WarcHeader& h) {
    return h.version.size() == kMagic.size() + 1 && h.version.back() >= '0' &&
           h.version.back() <= '9' && h.have_length && h.bad_length.empty() && !h.type.empty();
}

// The header `at` bytes ahead, looking further ahead as far as it needs.
HeaderStatus peek_header(LookaheadReader& in, size_t at, bool strict, WarcHeader& h) {
    for (size_t want = 4096;; want *= 4) {
        std::string_view view = in.peek(at + want);
        HeaderStatus s = parse_header(view.substr(std::min(at, view.size())), strict, h);
        if (s != HeaderStatus::kIncomplete || view.size() < at + want || want >= kMaxHeaderBytes) {
            return s;
        }
    }
}

}  // namespace

bool WarcReader::next(WarcRecord& record) {
    error_.clear();
    record = {};
    // Records are separated by two CRLFs; tolerate any whitespace between them.
    for (;;) {
        std::string_view ahead = in_.peek(kScanChunk);
        size_t text = ahead.find_first_not_of(" \t\r\n");
        in_.skip(text == std::string_view::npos ? ahead.size() : text);
        if (text != std::string_view::npos || ahead.empty()) break;
    }
    record.offset = in_.offset();
    if (in_.peek(1).empty()) {
        error_ = stream_error();
        if (!error_.empty()) error_ += " at byte " + std::to_string(record.offset);
        return false;
    }
    WarcHeader h;
    HeaderStatus status = peek_header(in_, 0, false, h);
    std::string where = "WARC record at byte " + std::to_string(record.offset);
    if (status == HeaderStatus::kNotAHeader) {
        error_ = "no WARC record header at byte " + std::to_string(record.offset);
    } else if (status == HeaderStatus::kIncomplete) {
        error_ = where + " has unterminated headers";
    } else if (!h.bad_length.empty()) {
        error_ = where + " has a bad Content-Length \"" + h.bad_length + "\"";
    } else if (!h.have_length) {
        error_ = where + " has no Content-Length";
    }
    if (!error_.empty()) {
        // Past the first byte, so that the header just refused is never found again.
        in_.skip(1);
        resume(false);
        return false;
    }
    in_.skip(h.size);
    record.version = std::move(h.version);
    record.type = std::move(h.type);
    record.target_uri = std::move(h.target_uri);
    record.date = std::move(h.date);
    record.content_type = std::move(h.content_type);
    record.length = h.length;
    return record.length > max_block_ ? skip_block(record) : read_block(record);
}

bool WarcReader::read_block(WarcRecord& record) {
    size_t got = in_.bytes(record.block, static_cast<size_t>(record.length));
    std::string where = "WARC record at byte " + std::to_string(record.offset) + " declares " +
                        std::to_string(record.length) + " bytes";
    if (got < record.length) {
        error_ = where + " but the file ends after " + std::to_string(got);
    } else if (!ends_record(0)) {
        error_ = where + " (Content-Length), but no record boundary follows them";
    } else {
        return true;
    }
    // A length too large swallowed the start of the next record: look for it from the start of
    // the block. The block is at most max_block bytes, so memory stays bounded.
    in_.unread(record.block);
    record.block.clear();
    resume(true);
    return false;
}

bool WarcReader::skip_block(WarcRecord& record) {
    std::string where = "WARC record at byte " + std::to_string(record.offset) + " declares " +
                        std::to_string(record.length) + " bytes";
    std::uint64_t done = 0;
    bool line_start = true;  // the block starts after the header's blank line
    while (done < record.length) {
        size_t n = static_cast<size_t>(
            std::min<std::uint64_t>(in_.peek(kScanChunk).size(), record.length - done));
        if (n == 0) break;
        size_t start = find_record_start(n, line_start, true);
        if (start != std::string::npos) {
            in_.skip(start);
            error_ = where + " (Content-Length), but another record starts inside them";
            error_ += "; reading resumes there, at byte " + std::to_string(in_.offset());
            return false;
        }
        line_start = in_.peek(n)[n - 1] == '\n';
        done += in_.skip(n);
    }
    if (done < record.length) {
        error_ = where + " but the file ends after " + std::to_string(done);
    } else if (!ends_record(0)) {
        error_ = where + " (Content-Length), but no record boundary follows them";
    } else {
        record.over_limit = true;
        return true;
    }
    resume(line_start);
    return false;
}

// Whether a block that ends `end` bytes ahead ends its record: the "\r\n\r\n" separator follows,
// or, from sloppier writers, fewer line ends before a plausible record header or the end of the
// file.
bool WarcReader::ends_record(size_t end) {
    std::string_view ahead = in_.peek(end + 4);
    std::string_view after = ahead.substr(std::min(end, ahead.size()));
    size_t next = end;
    int line_ends = 0;
    for (; line_ends < 2; ++line_ends) {
        if (after.starts_with("\r\n")) {
            after.remove_prefix(2);
            next += 2;
        } else if (after.starts_with('\n')) {
            after.remove_prefix(1);
            next += 1;
        } else {
            break;
        }
    }
    if (line_ends == 2) return true;
    if (in_.peek(next + 1).size() <= next) return true;  // the file ends there
    WarcHeader h;
    return peek_header(in_, next, true, h) == HeaderStatus::kComplete && plausible(h);
}

// The first record start, at a line start, in the next n bytes (already looked at), or npos.
// `verify`: inside another record's declared bytes, a record is believed only when what follows
// its own block ends it as it should.
size_t WarcReader::find_record_start(size_t n, bool at_line_start, bool verify) {
    for (size_t from = 0;;) {
        std::string_view view = in_.peek(n + kMagic.size());
        size_t at = view.find(kMagic, from);
        if (at == std::string_view::npos || at >= n) return std::string::npos;
        bool line_start = at == 0 ? at_line_start : view[at - 1] == '\n';
        if (line_start && is_record_start(at, verify)) return at;
        from = at + 1;
    }
}

bool WarcReader::is_record_start(size_t at, bool verify) {
    WarcHeader h;
    if (peek_header(in_, at, true, h) != HeaderStatus::kComplete || !plausible(h)) return false;
    // A block over the limit is not looked at whole: the header must do.
    if (!verify || h.length > max_block_) return true;
    size_t end = at + h.size + static_cast<size_t>(h.length);
    if (in_.peek(end).size() < end) return false;  // the file ends inside it
    return ends_record(end);
}

// Skips to the next plausible record header, or to the end; error_ says which.
void WarcReader::resume(bool at_line_start) {
    for (;;) {
        size_t n = in_.peek(kScanChunk).size();
        if (n == 0) {
            error_ += "; no record follows";
            if (std::string e = stream_error(); !e.empty()) error_ += " (" + e + ")";
            return;
        }
        size_t at = find_record_start(n, at_line_start, false);
        if (at != std::string::npos) {
            in_.skip(at);
            error_ += "; reading resumes at the record at byte " + std::to_string(in_.offset());
            return;
        }
        at_line_start = in_.peek(n)[n - 1] == '\n';
        in_.skip(n);
    }
}

// The stream's own failure (a truncated gzip, an I/O error), told once.
std::string WarcReader::stream_error() {
    if (stream_error_told_ || in_.error().empty()) return {};
    stream_error_told_ = true;
    return in_.error();
}

}  // namespace forum
