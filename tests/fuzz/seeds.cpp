// forum-fuzz-seeds TARGET DIR: writes the seed corpus of one fuzz target into DIR. Seeds are built
// at run time from the fixture crawl (and the real pages, when present), the lists in seeds/ and
// the system's zone files, so that nothing is committed twice.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>

#include "indexer/engines/engine_list.hpp"
#include "indexer/input/gzip.hpp"
#include "tests/e2e/crawl_files.hpp"
#include "tests/e2e/harness.hpp"

namespace {

namespace fs = std::filesystem;
using e2e::read_file;

// Fixture files, in path order, by their path under fixtures/.
std::vector<fs::path> fixture_files() {
    std::vector<fs::path> out;
    for (const auto& e : fs::recursive_directory_iterator(FIXTURES_DIR)) {
        if (e.is_regular_file()) out.push_back(fs::relative(e.path(), FIXTURES_DIR));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A fixture file as its page's bytes (a gzip page decompressed).
std::string page_bytes(const fs::path& file) {
    std::string bytes = read_file(fs::path(FIXTURES_DIR) / file);
    std::string plain, error;
    if (forum::is_gzip(bytes) &&
        forum::gunzip(bytes, 64u << 20, plain, error) == forum::Inflated::kOk)
        return plain;
    return bytes;
}

// The three smallest thread pages: containers of them stay small enough to mutate quickly.
std::vector<fs::path> small_pages() {
    std::vector<fs::path> files;
    for (const auto& f : fixture_files()) {
        if (f.extension() != ".gz" && f.filename() != "robots.txt") files.push_back(f);
    }
    auto size = [](const fs::path& f) { return fs::file_size(fs::path(FIXTURES_DIR) / f); };
    std::stable_sort(files.begin(), files.end(),
                     [&](const auto& a, const auto& b) { return size(a) < size(b); });
    files.resize(std::min<size_t>(files.size(), 3));
    return files;
}

std::string flat_name(const fs::path& p) {
    std::string s = p.string();
    std::replace(s.begin(), s.end(), '/', '_');
    return s;
}

void put(const fs::path& dir, const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
}

std::vector<std::string> lines_of(const std::string& list) {
    std::istringstream in(read_file(fs::path(FUZZ_SEEDS_DIR) / list));
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

// Every fixture page as it is, and again with the byte that forces an engine in front (engines
// taken in turn, so each reads pages of other engines too).
void page_seeds(const fs::path& dir) {
    size_t i = 0;
    for (const auto& f : fixture_files()) {
        std::string bytes = page_bytes(f);
        put(dir, flat_name(f), bytes);
        char engine = static_cast<char>(i++ % forum::engines().size());
        put(dir, flat_name(f) + ".forced", std::string(1, engine) + bytes);
    }
    if (!fs::is_directory(REAL_CORPUS_DIR)) return;
    for (const auto& e : fs::recursive_directory_iterator(REAL_CORPUS_DIR)) {
        if (e.is_regular_file() && e.path().extension() == ".html") {
            put(dir, "real_" + flat_name(fs::relative(e.path(), REAL_CORPUS_DIR)),
                read_file(e.path()));
        }
    }
}

void charset_seeds(const fs::path& dir) {
    for (const auto& f : fixture_files())
        put(dir, flat_name(f), page_bytes(f));
    std::string page = page_bytes(small_pages().front());
    std::string cp1252 = page_bytes(
        "forum.eurodefence.example/community/threads/"
        "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html");
    put(dir, "http_windows-1251", "\x01windows-1251\n" + page);
    put(dir, "http_utf-8_cp1252_bytes", "\x01utf-8\n" + cp1252);
    put(dir, "http_iso-8859-1", "\x01ISO-8859-1\n" + cp1252);
    put(dir, "http_unknown", "\x01x-unknown-charset\n" + page);
    put(dir, "bom_utf-8", "\xEF\xBB\xBF" + page);
    std::string utf16 = "\xFF\xFE";
    for (char c : page.substr(0, 4096)) {
        utf16 += c;
        utf16 += '\0';
    }
    put(dir, "bom_utf-16le", utf16);
    put(dir, "meta_shift_jis",
        "<html><head><meta charset=\"shift_jis\"></head><body>\x82\xa0\x82\xa2</body></html>");
    put(dir, "meta_http_equiv_koi8",
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">"
        "</head><body>\xf0\xd2\xc9\xd7\xc5\xd4</body></html>");
}

void warc_seeds(const fs::path& dir) {
    std::vector<fs::path> pages = small_pages();
    std::string page = page_bytes(pages[0]);
    std::string uri = "http://forum.example/viewtopic.php?t=1";
    for (const char* version : {"WARC/1.0", "WARC/1.1"}) {
        std::string v = std::string_view(version) == "WARC/1.0" ? "10" : "11";
        e2e::WarcBuilder records({version, false, false});
        records.warcinfo();
        records.request(uri);
        records.response(uri, page, "text/html; charset=UTF-8");
        records.revisit(uri);
        records.metadata(uri);
        records.resource(uri + "&r=1", page, "text/html");
        records.write(dir / ("records" + v + ".warc"));
        e2e::WarcBuilder coded({version, false, false});
        coded.response(uri, page, "text/html", true, false);
        coded.response(uri, page, "text/html; charset=windows-1252", false, true);
        coded.response(uri, page, "text/html", true, true, 404);
        coded.write(dir / ("coded" + v + ".warc"));
    }
    e2e::WarcBuilder damaged({"WARC/1.0", false, false});
    damaged.response(uri, page, "text/html");
    damaged.truncated_response(uri, page);
    damaged.write(dir / "truncated.warc");
}

void archive_seeds(const fs::path& dir) {
    std::vector<fs::path> pages = small_pages();
    for (const char* name :
         {"crawl.tar", "crawl.tar.gz", "crawl.tar.bz2", "crawl.tar.xz", "crawl.zip", "crawl.7z"}) {
        e2e::write_archive(dir / name, FIXTURES_DIR, pages);
    }
    for (const auto& f : fixture_files()) {
        if (f.extension() == ".gz") put(dir, flat_name(f), read_file(fs::path(FIXTURES_DIR) / f));
    }
    std::string page = page_bytes(pages[0]);
    put(dir, "two_members.html.gz",
        e2e::gzip_member(page.substr(0, 1000)) + e2e::gzip_member(page.substr(1000)));
    std::string uri = "http://forum.example/viewtopic.php?t=1";
    for (bool per_record : {true, false}) {
        e2e::WarcBuilder warc({"WARC/1.1", per_record, !per_record});
        warc.warcinfo();
        warc.response(uri, page, "text/html", false, true);
        warc.write(dir / (per_record ? "per_record.warc.gz" : "whole_file.warc.gz"));
    }
}

void list_seeds(const fs::path& dir, const std::string& list, bool option_byte) {
    size_t i = 0;
    for (const auto& line : lines_of(list)) {
        put(dir, std::to_string(i) + ".txt", line);
        // The query target's option byte, taken in turn (0 is the plain query).
        if (option_byte && i % 16) {
            put(dir, std::to_string(i) + ".options.txt", static_cast<char>(i % 16) + line);
        }
        ++i;
    }
}

void timezone_seeds(const fs::path& dir) {
    const char* zoneinfo = std::getenv("TZDIR");
    fs::path root = zoneinfo && *zoneinfo ? zoneinfo : "/usr/share/zoneinfo";
    for (const char* zone :
         {"UTC", "Europe/Moscow", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
          "America/Sao_Paulo", "Pacific/Chatham", "Africa/Casablanca"}) {
        if (fs::is_regular_file(root / zone)) put(dir, flat_name(zone), read_file(root / zone));
    }
}

}  // namespace

int main(int argc, char** argv) {
    const std::map<std::string, std::function<void(const fs::path&)>> targets = {
        {"page", page_seeds},
        {"warc", warc_seeds},
        {"archive", archive_seeds},
        {"charset", charset_seeds},
        {"dates", [](const fs::path& d) { list_seeds(d, "dates.txt", false); }},
        {"timezone", timezone_seeds},
        {"query", [](const fs::path& d) { list_seeds(d, "queries.txt", true); }},
    };
    auto target = argc == 3 ? targets.find(argv[1]) : targets.end();
    if (target == targets.end()) {
        std::cerr << "usage: forum-fuzz-seeds TARGET DIR (TARGET:";
        for (const auto& [name, _] : targets)
            std::cerr << ' ' << name;
        std::cerr << ")\n";
        return 2;
    }
    fs::create_directories(argv[2]);
    target->second(argv[2]);
    return 0;
}
