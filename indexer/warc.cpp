#include "indexer/warc.hpp"

#include "common/text.hpp"

namespace forum {
namespace {

constexpr size_t kMaxHeaderLines = 512;

bool is_version_line(const std::string& line) { return line.starts_with("WARC/1."); }

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace

bool WarcReader::next(WarcRecord& record) {
    error_.clear();
    record = {};
    std::string line;
    if (!pending_.empty()) {
        line = std::move(pending_);
        record.offset = pending_offset_;
        pending_.clear();
    } else {
        // Records are separated by two CRLFs; tolerate any number of blank lines.
        do {
            record.offset = in_.offset();
            if (!in_.line(line)) {
                if (!in_.error().empty()) {
                    error_ = in_.error() + " at byte " + std::to_string(in_.offset());
                }
                return false;
            }
        } while (trim(line).empty());
    }
    if (!is_version_line(line)) {
        error_ = "no WARC record header at byte " + std::to_string(record.offset);
        return false;
    }
    record.version = line;
    bool have_length = false;
    for (size_t n = 0;; ++n) {
        if (!in_.line(line) || n > kMaxHeaderLines) {
            error_ = "WARC record at byte " + std::to_string(record.offset) +
                     " has unterminated headers";
            return false;
        }
        if (line.empty()) break;
        size_t colon = line.find(':');
        if (colon == std::string::npos) continue;
        std::string name = lower_ascii(trim(std::string_view(line).substr(0, colon)));
        std::string value(trim(std::string_view(line).substr(colon + 1)));
        if (name == "warc-type") {
            record.type = lower_ascii(value);
        } else if (name == "warc-target-uri") {
            // WARC/1.0 examples write the URI in angle brackets.
            if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
                value = value.substr(1, value.size() - 2);
            }
            record.target_uri = value;
        } else if (name == "warc-date") {
            record.date = value;
        } else if (name == "content-type") {
            record.content_type = value;
        } else if (name == "content-length") {
            if (value.empty() || value.find_first_not_of("0123456789") != std::string::npos ||
                value.size() > 18) {
                error_ = "WARC record at byte " + std::to_string(record.offset) +
                         " has a bad Content-Length \"" + value + "\"";
                return false;
            }
            record.length = std::stoull(value);
            have_length = true;
        }
    }
    if (!have_length) {
        error_ = "WARC record at byte " + std::to_string(record.offset) + " has no Content-Length";
        return false;
    }
    std::uint64_t got;
    if (record.length > max_block_) {
        record.over_limit = true;
        got = in_.skip(record.length);
    } else {
        got = in_.bytes(record.block, static_cast<size_t>(record.length));
    }
    if (got < record.length) {
        error_ = "WARC record at byte " + std::to_string(record.offset) + " declares " +
                 std::to_string(record.length) + " bytes but the file ends after " +
                 std::to_string(got);
        if (!in_.error().empty()) error_ += " (" + in_.error() + ")";
        return false;
    }
    return true;
}

bool WarcReader::resume() {
    // Scan for the next line that starts a record; the damaged one is lost.
    std::string line;
    for (;;) {
        std::uint64_t at = in_.offset();
        if (!in_.line(line)) return false;
        if (is_version_line(line)) {
            pending_ = std::move(line);
            pending_offset_ = at;
            return true;
        }
    }
}

}  // namespace forum
