// Fuzz target "query": forum-search's commands on an index of the fixture crawl, as the command
// line runs them: a search (query parser, fields, date: forms, spelling, snippets, facets) rendered
// as text, JSON, JSON lines or CSV; `explain --format json`; `show` and `thread` of the text as an
// id. Each must answer, or refuse the query (exit 2), and print valid JSON when asked for JSON.
//
// Input: the query text. A first byte below 0x10 instead gives options, and the query follows:
// bits 0-1 the format (json, jsonl, csv, text), bit 2 --per-thread 1, bit 3 --sort newest.

#include <stdlib.h>

#include <filesystem>
#include <functional>
#include <iostream>
#include <sstream>

#include "common/core/exit_codes.hpp"
#include "common/schema/fields.hpp"
#include "indexer/update/commands.hpp"
#include "searcher/cli/commands.hpp"
#include "tests/fuzz/fuzz_target.hpp"

namespace forum::fuzz {
namespace {

std::filesystem::path g_dir;  // holds the index

// Standard output and error go to strings while a command runs.
class Captured {
public:
    Captured() : out_(std::cout.rdbuf(out.rdbuf())), err_(std::cerr.rdbuf(err.rdbuf())) {}
    ~Captured() {
        std::cout.rdbuf(out_);
        std::cerr.rdbuf(err_);
    }
    Captured(const Captured&) = delete;
    Captured& operator=(const Captured&) = delete;
    std::ostringstream out, err;

private:
    std::streambuf* out_;
    std::streambuf* err_;
};

std::string db() { return (g_dir / "index").string(); }

bool answered(int code) {
    return code == exit_code::kHits || code == exit_code::kNoHits || code == exit_code::kUsage;
}

bool valid_json_lines(const std::string& text) {
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!nlohmann::json::accept(line)) return false;
    }
    return true;
}

void search(const std::string& query, unsigned options) {
    static const Format kFormats[] = {Format::kJson, Format::kJsonl, Format::kCsv, Format::kText};
    commands::SearchOptions o;
    o.db.entries = {db()};
    o.words = {query};
    o.render.format = kFormats[options & 3];
    o.request.per_thread = options & 4 ? 1 : 0;
    o.request.sort = options & 8 ? SortOrder::kNewest : SortOrder::kRelevance;
    for (const schema::Field* facet : schema::facet_fields())
        o.request.facets.emplace_back(facet->name);
    o.highlight = "[[,]]";
    o.color = commands::Color::kNever;
    Captured c;
    int code = commands::run_search(o);
    require(answered(code), "a search answers, or refuses the query (never an index error)");
    if (o.render.format == Format::kJson) {
        require(code == exit_code::kUsage || nlohmann::json::accept(c.out.str()),
                "--format json prints one JSON object");
    } else if (o.render.format == Format::kJsonl) {
        require(valid_json_lines(c.out.str()), "--format jsonl prints JSON lines");
    }
}

void explain(const std::string& query) {
    commands::ExplainOptions o;
    o.db.entries = {db()};
    o.words = {query};
    o.format = "json";
    Captured c;
    int code = commands::run_explain(o);
    require(code == exit_code::kHits || code == exit_code::kUsage,
            "explain reads the query, or refuses it");
    require(code == exit_code::kUsage || nlohmann::json::accept(c.out.str()),
            "explain --format json prints one JSON object");
}

void lookup(const std::string& id) {
    commands::ThreadOptions o;
    o.db.entries = {db()};
    o.id = id;
    o.format = "jsonl";
    commands::ThreadOptions around = o;  // the posts around a post of its own thread
    around.id.clear();
    around.around = id;
    const std::vector<std::function<int()>> runs = {[&] { return commands::run_show(o); },
                                                    [&] { return commands::run_thread(o); },
                                                    [&] { return commands::run_thread(around); }};
    for (const auto& run : runs) {
        Captured c;
        int code = run();
        require(answered(code), "show and thread find the id, or say they do not");
        require(valid_json_lines(c.out.str()), "show and thread print JSON lines");
    }
}

}  // namespace
}  // namespace forum::fuzz

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    using namespace forum;
    setenv("FORUM_SEARCH_NOW", "2023-10-07T05:00:00Z", 1);
    std::string dir = (std::filesystem::temp_directory_path() / "forum-fuzz-query-XXXXXX").string();
    if (!mkdtemp(dir.data())) std::abort();
    fuzz::g_dir = dir;
    std::atexit([] { std::filesystem::remove_all(fuzz::g_dir); });
    IndexOptions o;
    o.paths = {FIXTURES_DIR};
    o.db = fuzz::db();
    o.quiet = true;
    o.jobs = 1;
    fuzz::Captured c;  // the fixture crawl's truncated page is reported
    int code = run_index(o);
    if (code != exit_code::kIndexed && code != exit_code::kSomeInputFailed) {
        std::cerr << c.err.str();
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input = forum::fuzz::as_text(data, size);
    unsigned options = 0;
    if (!input.empty() && static_cast<unsigned char>(input[0]) < 0x10) {
        options = static_cast<unsigned char>(input[0]);
        input.remove_prefix(1);
    }
    std::string text(input);
    forum::fuzz::search(text, options);
    forum::fuzz::explain(text);
    forum::fuzz::lookup(text);
    return 0;
}
