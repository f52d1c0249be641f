#include "indexer/html/page_url.hpp"

#include <array>
#include <filesystem>
#include <vector>

#include "indexer/input/percent_encode.hpp"

namespace forum {
namespace {

constexpr size_t kHttrackScanBytes = 8192;

// Endings that make "name.ext" a file, not a host.
constexpr std::array<std::string_view, 16> kFileEndings = {
    "html", "htm", "shtml", "xhtml", "php",  "asp", "aspx", "jsp",
    "cgi",  "gz",  "txt",   "xml",   "json", "js",  "css",  "warc"};

bool is_label_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

}  // namespace

bool looks_like_host(std::string_view name) {
    if (name.size() < 3 || name.size() > 253 || name.front() == '.' || name.back() == '.')
        return false;
    size_t labels = 1;
    for (char c : name) {
        if (c == '.') {
            ++labels;
        } else if (!is_label_char(c)) {
            return false;
        }
    }
    if (labels < 2 || name.find("..") != std::string_view::npos) return false;
    std::string_view tld = name.substr(name.rfind('.') + 1);
    if (tld.size() < 2 || tld.size() > 24) return false;
    for (char c : tld) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
    }
    std::string lower(tld);
    for (char& c : lower)
        c = static_cast<char>(c | 0x20);
    for (auto ending : kFileEndings) {
        if (lower == ending) return false;
    }
    return true;
}

std::string httrack_url(std::string_view bytes) {
    std::string_view head = bytes.substr(0, kHttrackScanBytes);
    size_t at = head.find("<!-- Mirrored from ");
    if (at == std::string_view::npos) return {};
    at += 19;
    size_t end = head.find(" by HTTrack", at);
    if (end == std::string_view::npos) return {};
    std::string_view where = head.substr(at, end - at);
    if (where.empty() || where.find(' ') != std::string_view::npos) return {};
    std::string url = percent_encode_non_utf8(where);
    return url.find("://") != std::string::npos ? url : "http://" + url;
}

std::string mirror_url(std::string_view source_path) {
    std::vector<std::string> parts;
    for (const auto& p : std::filesystem::path(source_path).lexically_normal()) {
        parts.push_back(p.string());
    }
    if (parts.size() < 2) return {};
    // The host is the directory nearest the file that looks like one (the crawl's own location,
    // further up, might contain a dotted name too).
    for (size_t i = parts.size() - 1; i-- > 0;) {
        if (!looks_like_host(parts[i])) continue;
        std::string url = "http://" + parts[i];
        for (size_t j = i + 1; j < parts.size(); ++j)
            url += "/" + parts[j];
        // wget (--restrict-file-names=windows) and HTTrack write '?' as '@'.
        size_t last = url.rfind('/');
        size_t q = url.find('@', last);
        if (q != std::string::npos) url[q] = '?';
        return percent_encode_non_utf8(url);
    }
    return {};
}

}  // namespace forum
