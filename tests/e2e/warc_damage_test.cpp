// A WARC whose Content-Lengths lie loses only the damaged records: reading resumes at the next
// record whether the length is absurd, a little too large (it swallows the next record's header)
// or too small, in plain and gzipped WARCs alike; each damaged record is one bad_warc. A record
// over the size limit is too_large, not damaged, and so is a compressed body that expands past it.

#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include "crawl_files.hpp"
#include "harness.hpp"

namespace fs = std::filesystem;

namespace e2e {
namespace {

struct FixturePage {
    const char* uri;
    const char* rel;  // under fixtures/ (and tests/golden/ + ".jsonl")
    const char* content_type;
};

const FixturePage kEuro = {"https://forum.eurodefence.example/t/3141/",
                           "forum.eurodefence.example/community/threads/"
                           "rheinmetall-to-build-ammunition-plant-in-lithuania.3141/index.html",
                           "text/html; charset=ISO-8859-1"};
const FixturePage kNavy = {
    "https://defence.pk/pdf/threads/746001/",
    "defence.pk/pdf/threads/pakistan-navy-commissions-second-babur-class-corvette.746001/"
    "index.html.gz",
    "text/html; charset=UTF-8"};
const FixturePage kDestroyer = {
    "https://defence.pk/pdf/threads/745890/",
    "defence.pk/pdf/threads/type-055-destroyer-spotted-near-tsushima-strait.745890/index.html",
    "text/html; charset=UTF-8"};
const FixturePage kSummit = {"https://defence.pk/pdf/threads/745123/",
                             "defence.pk/pdf/threads/"
                             "south-korea-japan-aim-to-stabilize-china-relations-despite-us-"
                             "partnership.745123/index.html",
                             "text/html; charset=UTF-8"};

std::string body_of(const FixturePage& p) {
    fs::path file = fs::path(kFixtures) / p.rel;
    if (file.extension() == ".gz") return run({"/bin/gzip", "-dc", file.string()}).out;
    return read_file(file);
}

// "site/post_id" of every post the golden file of these pages lists.
std::set<std::string> golden_keys(std::initializer_list<FixturePage> pages) {
    std::set<std::string> keys;
    for (const auto& p : pages) {
        for (const auto& post :
             json_lines(read_file(fs::path(kGolden) / (std::string(p.rel) + ".jsonl")))) {
            keys.insert(post["site"].get<std::string>() + "/" + post["post_id"].get<std::string>());
        }
    }
    return keys;
}

struct Extracted {
    std::set<std::string> keys;
    std::map<std::string, std::string> source_of;  // by key
};

Extracted extract(const fs::path& warc, std::vector<std::string> options = {}) {
    options.insert(options.begin(), "extract");
    options.push_back(warc.string());
    Extracted e;
    for (const auto& post : json_lines(forum_index(options).out)) {
        std::string key =
            post["site"].get<std::string>() + "/" + post["post_id"].get<std::string>();
        e.keys.insert(key);
        e.source_of[key] = post["source"];
    }
    return e;
}

nlohmann::json index_report(const fs::path& warc, std::vector<std::string> options = {}) {
    TempDir db;
    options.insert(options.begin(), {"--db", (db.path() / "db").string(), "--json"});
    options.push_back(warc.string());
    Result r = forum_index(options);
    EXPECT_EQ(r.code, 1) << r.err;
    return nlohmann::json::parse(r.out);
}

std::vector<std::string> reasons(const nlohmann::json& report) {
    std::vector<std::string> out;
    for (const auto& f : report["failed"])
        out.push_back(f["reason"]);
    return out;
}

// Where the record for `uri` starts in the decompressed WARC, as `source` names it.
std::string record_source(const fs::path& warc, const std::string& plain, const std::string& uri) {
    size_t at = plain.find("WARC-Target-URI: " + uri + "\r\n");
    EXPECT_NE(at, std::string::npos) << uri;
    return warc.string() + "#" + std::to_string(plain.rfind("\r\nWARC/1.", at) + 2);
}

std::string compress(const std::string& data, int window_bits) {
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 9, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, data.size()) + 64, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

struct Container {
    const char* name;
    WarcOptions options;
};

const Container kContainers[] = {{"plain", {"WARC/1.0", false, false}},
                                 {"gzip_per_record", {"WARC/1.1", true, false}},
                                 {"gzip_whole_file", {"WARC/1.0", false, true}}};

// The navy page's record declares `delta` more bytes than it has (fewer when negative), or
// `absolute` bytes; the records before and after it are whole.
struct Damage {
    const char* name;
    long long delta;
    long long absolute;
};

class WarcDamage : public ::testing::TestWithParam<std::tuple<Container, Damage>> {};

TEST_P(WarcDamage, OnlyTheDamagedRecordIsLostAndReadingResumesAtTheNextRecord) {
    const auto& [container, damage] = GetParam();
    TempDir dir;
    std::string navy = body_of(kNavy);
    std::string navy_block_size = std::to_string(navy.size());
    auto build = [&](const WarcOptions& options, const fs::path& file) {
        WarcBuilder warc(options);
        warc.warcinfo();
        warc.response(kEuro.uri, body_of(kEuro), kEuro.content_type);
        // The block is the HTTP message: its head, then the page.
        std::string head = "HTTP/1.1 200 OK\r\nContent-Type: " + std::string(kNavy.content_type) +
                           "\r\nContent-Length: " + navy_block_size + "\r\n\r\n";
        long long size = static_cast<long long>(head.size() + navy.size());
        warc.response_declaring(kNavy.uri, navy, kNavy.content_type,
                                damage.absolute ? damage.absolute : size + damage.delta);
        warc.response(kDestroyer.uri, body_of(kDestroyer), kDestroyer.content_type);
        warc.response(kSummit.uri, body_of(kSummit), kSummit.content_type);
        warc.write(file);
    };
    fs::path file = dir.path() / "crawl.warc", plain = dir.path() / "plain.warc";
    build(container.options, file);
    build({container.options.version, false, false}, plain);

    Extracted got = extract(file);
    EXPECT_EQ(got.keys, golden_keys({kEuro, kDestroyer, kSummit}));
    // The record after the damaged one is read where it really starts.
    for (const auto& key : golden_keys({kDestroyer})) {
        EXPECT_EQ(got.source_of[key], record_source(file, read_file(plain), kDestroyer.uri));
    }

    auto report = index_report(file);
    EXPECT_EQ(report["posts_indexed"], got.keys.size());
    EXPECT_EQ(reasons(report), std::vector<std::string>{"bad_warc"}) << report.dump();
    EXPECT_EQ(report["skipped"]["warcinfo"], 1);
    std::string detail = report["failed"][0]["detail"];
    EXPECT_NE(detail.find("declares"), std::string::npos) << detail;
    EXPECT_NE(detail.find("reading resumes"), std::string::npos) << detail;
}

INSTANTIATE_TEST_SUITE_P(LengthsThatLie, WarcDamage,
                         ::testing::Combine(::testing::ValuesIn(kContainers),
                                            ::testing::Values(Damage{"absurd", 0, 99999999999},
                                                              Damage{"5000_too_many", 5000, 0},
                                                              Damage{"400_too_many", 400, 0},
                                                              Damage{"into_the_next_header", 30, 0},
                                                              Damage{"5000_too_few", -5000, 0})),
                         [](const auto& info) {
                             return std::string(std::get<0>(info.param).name) + "_" +
                                    std::get<1>(info.param).name;
                         });

TEST(WarcDamage, AnAbsurdLengthOnTheLastRecordLosesOnlyIt) {
    for (const auto& container : kContainers) {
        SCOPED_TRACE(container.name);
        TempDir dir;
        WarcBuilder warc(container.options);
        warc.response(kEuro.uri, body_of(kEuro), kEuro.content_type);
        warc.response(kDestroyer.uri, body_of(kDestroyer), kDestroyer.content_type);
        warc.response_declaring(kSummit.uri, body_of(kSummit), kSummit.content_type, 99999999999);
        fs::path file = dir.path() / "crawl.warc";
        warc.write(file);
        EXPECT_EQ(extract(file).keys, golden_keys({kEuro, kDestroyer}));
        auto report = index_report(file);
        EXPECT_EQ(reasons(report), std::vector<std::string>{"bad_warc"}) << report.dump();
        std::string detail = report["failed"][0]["detail"];
        EXPECT_NE(detail.find("file ends"), std::string::npos) << detail;
    }
}

// A record over --max-page-size is skipped unread and reported too large; a record header that
// its bytes happen to hold (a page about WARC files) is not taken for the next record unless it
// checks out, and records with a correct length that quote one are read whole.
TEST(WarcDamage, RecordsThatHoldWarcHeadersAreNotCut) {
    for (const auto& container : kContainers) {
        SCOPED_TRACE(container.name);
        TempDir dir;
        std::string quoted =
            "\r\nWARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\nnot a record, "
            "just a page that shows one\r\n";
        // Its length even lands on a line that starts like a record, but is not one.
        std::string lands =
            "\r\nWARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\n"
            "helloWARC/1.0 is the version of the format\r\n";
        std::string big = "<html><body><pre>" + quoted + lands + std::string(300000, 'x') + quoted +
                          "</pre></body></html>";
        std::string summit = body_of(kSummit);
        size_t body_end = summit.rfind("</body>");
        ASSERT_NE(body_end, std::string::npos);
        summit.insert(body_end, "<pre>" + quoted + "</pre>");
        WarcBuilder warc(container.options);
        warc.response(kEuro.uri, body_of(kEuro), kEuro.content_type);
        warc.resource("https://forum.eurodefence.example/big.html", big, "text/html");
        warc.response(kSummit.uri, summit, kSummit.content_type);
        warc.response(kDestroyer.uri, body_of(kDestroyer), kDestroyer.content_type);
        fs::path file = dir.path() / "crawl.warc";
        warc.write(file);
        std::vector<std::string> limit = {"--max-page-size", "200000"};
        EXPECT_EQ(extract(file, limit).keys, golden_keys({kEuro, kSummit, kDestroyer}));
        auto report = index_report(file, limit);
        EXPECT_EQ(reasons(report), std::vector<std::string>{"too_large"}) << report.dump();
    }
}

// After an absurd length the next record may itself be over the limit: it is reported too
// large (its header is all there is to go by), and the records after it are read.
TEST(WarcDamage, AnAbsurdLengthBeforeARecordOverTheLimit) {
    TempDir dir;
    WarcBuilder warc({"WARC/1.1", true, false});
    warc.response(kEuro.uri, body_of(kEuro), kEuro.content_type);
    warc.response_declaring(kNavy.uri, body_of(kNavy), kNavy.content_type, 99999999999);
    warc.resource("https://forum.eurodefence.example/big.html",
                  "<html><body>" + std::string(300000, 'x') + "</body></html>", "text/html");
    warc.response(kDestroyer.uri, body_of(kDestroyer), kDestroyer.content_type);
    fs::path file = dir.path() / "crawl.warc.gz";
    warc.write(file);
    std::vector<std::string> limit = {"--max-page-size", "200000"};
    EXPECT_EQ(extract(file, limit).keys, golden_keys({kEuro, kDestroyer}));
    auto report = index_report(file, limit);
    EXPECT_EQ(reasons(report), (std::vector<std::string>{"bad_warc", "too_large"}))
        << report.dump();
}

// A header with an empty Content-Length and then a good one is one bad record, and reading goes
// on after it (it once made the reader find the refused header again, forever: a fuzz finding).
TEST(WarcDamage, ABadLengthBeforeAGoodOneIsOneBadRecord) {
    TempDir dir;
    WarcBuilder before({"WARC/1.0", false, false}), after({"WARC/1.0", false, false});
    before.response(kEuro.uri, body_of(kEuro), kEuro.content_type);
    after.response(kDestroyer.uri, body_of(kDestroyer), kDestroyer.content_type);
    before.write(dir.path() / "before.warc");
    after.write(dir.path() / "after.warc");
    std::string damaged =
        "WARC/1.0\r\nWARC-Type: response\r\nContent-Length:\r\nContent-Length: 5\r\n\r\n"
        "hello\r\n\r\n";
    fs::path file = dir.path() / "crawl.warc";
    std::ofstream(file, std::ios::binary)
        << read_file(dir.path() / "before.warc") << damaged << read_file(dir.path() / "after.warc");
    EXPECT_EQ(extract(file).keys, golden_keys({kEuro, kDestroyer}));
    auto report = index_report(file);
    EXPECT_EQ(reasons(report), std::vector<std::string>{"bad_warc"}) << report.dump();
    std::string detail = report["failed"][0]["detail"];
    EXPECT_NE(detail.find("bad Content-Length"), std::string::npos) << detail;
}

// A small record whose gzip or deflate content coding expands far past the limit is too large,
// with a reason that says so, and the records around it are read.
TEST(WarcDamage, ACompressionBombIsTooLarge) {
    TempDir dir;
    std::string expansion = "<html><body>" + std::string(20 << 20, ' ') + "</body></html>";
    auto coded = [&](const char* coding, int window_bits) {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: " +
               std::string(coding) + "\r\n\r\n" + compress(expansion, window_bits);
    };
    WarcBuilder warc({"WARC/1.0", false, false});
    warc.response(kEuro.uri, body_of(kEuro), kEuro.content_type);
    warc.http_response("https://forum.eurodefence.example/deflate", coded("deflate", MAX_WBITS));
    warc.http_response("https://forum.eurodefence.example/raw", coded("deflate", -MAX_WBITS));
    warc.http_response("https://forum.eurodefence.example/gzip", coded("gzip", 16 + MAX_WBITS));
    warc.response(kDestroyer.uri, body_of(kDestroyer), kDestroyer.content_type);
    fs::path file = dir.path() / "bombs.warc";
    warc.write(file);
    ASSERT_LT(fs::file_size(file), 200000u);
    std::vector<std::string> limit = {"--max-page-size", "1000000"};
    EXPECT_EQ(extract(file, limit).keys, golden_keys({kEuro, kDestroyer}));
    auto report = index_report(file, limit);
    EXPECT_EQ(reasons(report), (std::vector<std::string>{"too_large", "too_large", "too_large"}))
        << report.dump();
    for (const auto& f : report["failed"]) {
        std::string detail = f["detail"];
        EXPECT_NE(detail.find("content coding) expands beyond the limit of 1000000 bytes"),
                  std::string::npos)
            << detail;
    }
}

}  // namespace
}  // namespace e2e
