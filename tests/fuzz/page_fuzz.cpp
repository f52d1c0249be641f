// Fuzz target "page": a saved page through Page::parse (charset, libxml2, URL) and extraction by
// every engine, then each post as forum-index prints it (JSON) and stores it (a Xapian document).
//
// Input: the page's bytes, which go through engine detection. A first byte below the number of
// engines (0x00-0x0d) instead forces that engine (--engine), by its place in detection order,
// and the page follows it.

#include <xapian.h>

#include "common/core/dates.hpp"
#include "common/core/time_zone.hpp"
#include "common/schema/schema.hpp"
#include "indexer/engines/engine_list.hpp"
#include "indexer/engines/extract.hpp"
#include "indexer/store/document.hpp"
#include "tests/fuzz/fuzz_target.hpp"

namespace forum::fuzz {
namespace {

constexpr std::int64_t kCrawlTime = 1696654800;  // 2023-10-07T05:00:00Z

// Local page times are read in a zone with daylight saving history; epochs are not affected.
const ParseOptions& parse_options() {
    static const ParseOptions options = [] {
        ParseOptions o;
        o.zone = TimeZone::load("Europe/Moscow");
        if (!o.zone) o.utc_offset_seconds = 3 * 3600;  // no tzdata
        return o;
    }();
    return options;
}

bool is_day(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (s[i] < '0' || s[i] > '9') return false;
    }
    return is_valid_date(std::stoi(s.substr(0, 4)), std::stoi(s.substr(5, 2)),
                         std::stoi(s.substr(8, 2)));
}

void check_post(const Post& post) {
    nlohmann::ordered_json json = to_json(post);
    std::string line = json.dump();  // what forum-index extract prints
    if (post.joined) require(is_day(*post.joined), "joined is a YYYY-MM-DD day");
    static Xapian::TermGenerator terms = make_term_generator(Xapian::Stem("english"));
    Xapian::Document doc = make_document(post, terms);
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
        require((*t).size() <= 245, "every term fits Xapian's glass backend (245 bytes)");
    require(to_json(schema::post_from_document(doc)) == json,
            "the document's data reads back as the same post");
}

}  // namespace
}  // namespace forum::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace forum;
    std::string_view input = fuzz::as_text(data, size);
    const Engine* forced = nullptr;
    if (!input.empty() && static_cast<unsigned char>(input[0]) < engines().size()) {
        forced = &engines()[static_cast<unsigned char>(input[0])];
        input.remove_prefix(1);
    }
    RawPage raw;
    raw.source = "forum.example/threads/fuzz.1/page-2";
    raw.bytes = std::string(input);
    raw.crawl_time = fuzz::kCrawlTime;
    Page page = Page::parse(std::move(raw), fuzz::parse_options());
    Extraction ex = extract_posts(page, forced);
    fuzz::require(ex.engine || ex.posts.empty(), "posts come from an engine");
    for (const Post& post : ex.posts)
        fuzz::check_post(post);
    return 0;
}
