// forum-crawlgen: writes a synthetic XenForo 2 crawl as a wget mirror
// (HOST/community/threads/slug.ID/index.html, page-2, ...), deterministic for a seed, with
// markup as heavy as real pages (head, navigation, menus, inline scripts and styles, an SVG
// sprite, user blocks, reactions, share bars: 60–200 KB a page), so that the parser does the
// work it does on a real crawl.
//
//   forum-crawlgen --out DIR [--posts N | --threads N] [--posts-per-page 20] [--seed S]
//                  [--expect FILE]
//   forum-crawlgen --verify EXPECTED.jsonl < <(forum-index extract DIR)
//
// --expect writes what every post should extract to (the fields of `forum-index extract`, one
// JSON object per line); --verify compares an extraction with it, field by field, and exits 1
// on any difference. The generator does not use the project's code: the check is black-box.

#include <cctype>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/model.hpp"

namespace {

namespace fs = std::filesystem;
using bench::Rng;
using bench::Vocabulary;
using nlohmann::ordered_json;

constexpr const char* kHost = "bench-forum.example";
constexpr const char* kBase = "/community/";
constexpr std::int64_t kCrawlStart = 1420070400;  // 2015-01-01
constexpr std::int64_t kCrawlEnd = 1735603200;    // 2024-12-31

// ---- small text helpers

std::string escape_html(const std::string& s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string url_encode(const std::string& s) {
    static const char* kHex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.') {
            out += static_cast<char>(c);
        } else if (c == ' ') {
            out += '+';
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 15];
        }
    }
    return out;
}

std::string with_commas(std::int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

std::tm utc(std::int64_t t) {
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    return tm;
}

std::string format_time(std::int64_t t, const char* fmt) {
    std::tm tm = utc(t);
    char buf[64];
    std::strftime(buf, sizeof buf, fmt, &tm);
    return buf;
}

std::string iso_utc(std::int64_t t) { return format_time(t, "%Y-%m-%dT%H:%M:%SZ"); }

// "Oct 1, 2023" (XenForo's visible date; no leading zero on the day).
std::string visible_day(std::int64_t t) {
    std::tm tm = utc(t);
    static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::string(kMonths[tm.tm_mon]) + " " + std::to_string(tm.tm_mday) + ", " +
           std::to_string(tm.tm_year + 1900);
}

// "8:05 AM"
std::string visible_clock(std::int64_t t) {
    std::tm tm = utc(t);
    int h = tm.tm_hour % 12 == 0 ? 12 : tm.tm_hour % 12;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d:%02d %s", h, tm.tm_min, tm.tm_hour < 12 ? "AM" : "PM");
    return buf;
}

std::string time_element(std::int64_t t) {
    std::string day = visible_day(t);
    std::string clock = visible_clock(t);
    return "<time class=\"u-dt\" dir=\"auto\" datetime=\"" + format_time(t, "%Y-%m-%dT%H:%M:%S") +
           "+0000\" data-timestamp=\"" + std::to_string(t) + "\" data-date=\"" + day +
           "\" data-time=\"" + clock + "\" data-short=\"" + day + "\" title=\"" + day + " at " +
           clock + "\">" + day + "</time>";
}

std::string capitalise(std::string w) {
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
    return w;
}

// ---- the forum's people and places

struct Country {
    const char* name;
    const char* flag;
};
constexpr Country kCountries[] = {{"Pakistan", "pakistan"},
                                  {"China", "china"},
                                  {"India", "india"},
                                  {"United States", "united-states"},
                                  {"Turkey", "turkey"},
                                  {"Bangladesh", "bangladesh"},
                                  {"South Korea", "south-korea"},
                                  {"Japan", "japan"},
                                  {"United Kingdom", "united-kingdom"},
                                  {"Russia", "russia"},
                                  {"Iran", "iran"},
                                  {"Saudi Arabia", "saudi-arabia"},
                                  {"Germany", "germany"},
                                  {"Vietnam", "vietnam"},
                                  {"Indonesia", "indonesia"},
                                  {"Canada", "canada"},
                                  {"Australia", "australia"},
                                  {"France", "france"},
                                  {"Egypt", "egypt"},
                                  {"Brazil", "brazil"},
                                  {"Côte d'Ivoire", "cote-divoire"},
                                  {"Türkiye", "turkiye"}};

constexpr const char* kLocations[] = {
    "Lahore",   "Karachi",     "Beijing",   "Shanghai", "Seattle, WA", "London",
    "Istanbul", "Dhaka",       "Seoul",     "Osaka",    "Moscow",      "Tehran",
    "Riyadh",   "Berlin",      "Hà Nội",    "Jakarta",  "Toronto",     "Sydney",
    "Paris",    "Cairo",       "São Paulo", "Zürich",   "Islamabad",   "New Delhi",
    "Mumbai",   "Houston, TX", "Ankara",    "Peshawar", "Chengdu",     "Quetta"};

constexpr const char* kUserTitles[] = {"FULL MEMBER", "SENIOR MEMBER",      "ELITE MEMBER",
                                       "MEMBER",      "THINK TANK ANALYST", "PROFESSIONAL",
                                       "New Recruit", "Moderator"};

constexpr const char* kForums[][2] = {
    {"China & Far East", "World Affairs"},      {"Pakistan Army", "Pakistan Armed Forces"},
    {"Pakistan Navy", "Pakistan Armed Forces"}, {"Pakistan Air Force", "Pakistan Armed Forces"},
    {"Indian Defence", "Regional Defence"},     {"Middle East & Africa", "World Affairs"},
    {"Europe & Russia", "World Affairs"},       {"Americas", "World Affairs"},
    {"Military Forum", "Strategic Affairs"},    {"Naval Warfare", "Strategic Affairs"},
    {"Economy & Development", "Economy"},       {"Technology & Science", "Science"},
    {"Military History", "Strategic Affairs"},  {"Members Club", "General"}};

constexpr const char* kPrefixes[] = {"News", "Analysis", "Video", "Opinion", "Photos"};

struct User {
    std::string name;
    std::int64_t id = 0;
    std::string title;
    std::int64_t joined = 0;
    std::int64_t messages = 0;
    std::int64_t reaction = 0;
    int country = -1;  // index in kCountries, or none
    std::optional<std::string> location;
    bool location_linked = true;
    std::string signature;  // empty: none
    std::string slug() const {
        std::string s;
        for (unsigned char c : name) {
            if (std::isalnum(c)) {
                s += static_cast<char>(std::tolower(c));
            } else if (c == ' ' || c == '_') {
                s += '-';
            }
        }
        if (s.empty()) s = "member";
        return s + "." + std::to_string(id);
    }
};

// ---- generated text: HTML and the text the extractor should see, built side by side

struct Fragment {
    std::string html;
    std::string text;
};

class Writer {
public:
    Writer(const Vocabulary& vocab, Rng& rng) : v_(vocab), rng_(rng) {}

    std::string word() {
        // Now and then a token that exercises escaping, Unicode and apostrophes.
        if (rng_.chance(0.002)) {
            static const char* kOdd[] = {"Q&A",   "R&D",  "café", "naïve", "Biển", "Đông",
                                         "don't", "it's", "5<10", "x>y",   "中国", "São"};
            return kOdd[rng_.below(std::size(kOdd))];
        }
        return v_.sample(rng_);
    }

    // One sentence: 5–22 words, maybe a span in <b>/<i>/a link, ending in a full stop.
    Fragment sentence() {
        int n = static_cast<int>(rng_.between(5, 22));
        std::vector<std::string> words;
        for (int i = 0; i < n; ++i)
            words.push_back(word());
        words[0] = capitalise(words[0]);
        words.back() += rng_.chance(0.1) ? "?" : ".";
        if (n > 8 && rng_.chance(0.3)) words[static_cast<size_t>(rng_.between(2, n - 3))] += ",";
        int span_from = -1, span_to = -1;
        const char* open = "";
        const char* close = "";
        double kind = rng_.unit();
        if (kind < 0.15) {
            span_from = static_cast<int>(rng_.between(0, n - 1));
            span_to = std::min(n - 1, span_from + static_cast<int>(rng_.between(0, 3)));
            static const char* kOpen[] = {"<b>", "<i>", "<u>", "<span style=\"color: #c0392b\">"};
            static const char* kClose[] = {"</b>", "</i>", "</u>", "</span>"};
            size_t k = rng_.below(4);
            open = kOpen[k];
            close = kClose[k];
        } else if (kind < 0.2) {
            span_from = static_cast<int>(rng_.between(0, n - 1));
            span_to = std::min(n - 1, span_from + static_cast<int>(rng_.between(0, 2)));
            link_ = "<a href=\"https://www." + v_.word(200 + rng_.below(2000)) +
                    "-news.example/article/" + std::to_string(rng_.below(9000000)) +
                    ".html\" target=\"_blank\" class=\"link link--external\" "
                    "rel=\"nofollow ugc noopener\">";
            open = link_.c_str();
            close = "</a>";
        }
        Fragment f;
        for (int i = 0; i < n; ++i) {
            if (i > 0) {
                f.html += ' ';
                f.text += ' ';
            }
            if (i == span_from) f.html += open;
            f.html += escape_html(words[i]);
            f.text += words[i];
            if (i == span_to) f.html += close;
        }
        return f;
    }

    // A paragraph: 1–5 sentences, sometimes with a single line break inside.
    Fragment paragraph(int max_sentences = 5) {
        Fragment p;
        int n = static_cast<int>(rng_.between(1, max_sentences));
        for (int i = 0; i < n; ++i) {
            Fragment s = sentence();
            if (i > 0) {
                if (rng_.chance(0.12)) {
                    p.html += "<br />\n";
                    p.text += '\n';
                } else {
                    p.html += ' ';
                    p.text += ' ';
                }
            }
            p.html += s.html;
            p.text += s.text;
        }
        return p;
    }

    // Paragraphs separated by a blank line, as XenForo renders them (<br /><br />); with images
    // and ad units between some of them, which add markup and no text.
    Fragment paragraphs(int n, bool ads) {
        Fragment out;
        for (int i = 0; i < n; ++i) {
            Fragment p = paragraph();
            if (i > 0) {
                out.html += "<br />\n<br />\n";
                out.text += "\n\n";
                if (rng_.chance(0.08)) {
                    std::string img = "https://img.bench-forum.example/" +
                                      std::to_string(rng_.below(1u << 30)) + "_w1023.jpg";
                    out.html += "<img src=\"" + img + "\" data-url=\"" + img +
                                "\" class=\"bbImage \" loading=\"lazy\"\n\t\talt=\"image.jpg\" "
                                "title=\"image.jpg\"\n\t\tstyle=\"\" width=\"\" height=\"\" />"
                                "<br />\n<br />\n";
                }
                if (ads && rng_.chance(0.05)) {
                    out.html +=
                        "<div class=\"samCodeUnit\" data-position=\"post_content_2\"><div "
                        "class=\"samItem\"><script>var samSlot = '<div class=\"sam-slot\"></div>'; "
                        "document.write(samSlot);</script><span class=\"samLabel\">Advertisement: "
                        "Secure VPN deal 70% off</span></div></div>\n";
                }
            }
            out.html += p.html;
            out.text += p.text;
        }
        return out;
    }

private:
    const Vocabulary& v_;
    Rng& rng_;
    std::string link_;
};

// ---- the crawl model

struct QuoteSpec {
    std::optional<std::string> author;  // none: an anonymous [QUOTE]
    std::int64_t author_id = 0;
    std::string source_post;
    std::string html, text;
    std::vector<QuoteSpec> nested;
};

struct PostSpec {
    std::int64_t id = 0;
    int position = 0;
    const User* user = nullptr;
    std::int64_t date = 0;
    std::optional<std::int64_t> edited;
    std::vector<QuoteSpec> quotes;
    std::string html, text;
    std::string first_paragraph;  // for quoting
    std::vector<std::string> reactors;
};

struct ThreadSpec {
    std::int64_t id = 0;
    std::string title, slug;
    std::optional<std::string> prefix;
    int forum = 0;
    std::vector<PostSpec> posts;
};

struct Options {
    std::string out;
    long long posts = 0;
    long long threads = 0;
    int posts_per_page = 20;
    std::uint64_t seed = 1;
    std::string expect;
};

class Generator {
public:
    explicit Generator(const Options& o)
        : opt_(o),
          rng_(o.seed),
          vocab_(o.seed),
          text_rng_(rng_.fork(1)),
          writer_(vocab_, text_rng_) {}

    int run() {
        make_users();
        fs::path root = fs::path(opt_.out) / kHost;
        fs::create_directories(root / "community" / "threads");
        std::ofstream expect;
        if (!opt_.expect.empty()) {
            expect.open(opt_.expect, std::ios::binary | std::ios::trunc);
            if (!expect) throw std::runtime_error("cannot write " + opt_.expect);
        }
        write_file(root / "robots.txt", "User-agent: *\nDisallow: /community/search/\n");
        write_file(root / "community" / "index.html", forum_list_page());
        long long posts_done = 0, threads_done = 0, pages_done = 0, bytes = 0;
        std::int64_t thread_id = 100000;
        std::int64_t post_id = 2000000;
        Rng thread_rng = rng_.fork(2);
        while (opt_.threads > 0 ? threads_done < opt_.threads : posts_done < opt_.posts) {
            thread_id += thread_rng.between(1, 40);
            int length = thread_length(thread_rng);
            if (opt_.threads == 0)
                length = static_cast<int>(std::min<long long>(length, opt_.posts - posts_done));
            ThreadSpec t = make_thread(thread_id, length, post_id, thread_rng);
            int pages = (length + opt_.posts_per_page - 1) / opt_.posts_per_page;
            fs::path dir = root / "community" / "threads" / (t.slug + "." + std::to_string(t.id));
            fs::create_directories(dir);
            for (int page = 1; page <= pages; ++page) {
                std::string html = thread_page(t, page, pages);
                bytes += static_cast<long long>(html.size());
                write_file(
                    dir / (page == 1 ? std::string("index.html") : "page-" + std::to_string(page)),
                    html);
                if (expect.is_open()) write_expected(expect, t, page);
            }
            posts_done += length;
            pages_done += pages;
            ++threads_done;
        }
        std::fprintf(
            stderr, "forum-crawlgen: %lld threads, %lld pages, %lld posts, %.1f MB of HTML in %s\n",
            threads_done, pages_done, posts_done, static_cast<double>(bytes) / 1e6,
            opt_.out.c_str());
        return 0;
    }

private:
    static void write_file(const fs::path& p, const std::string& content) {
        std::ofstream f(p, std::ios::binary | std::ios::trunc);
        f.write(content.data(), static_cast<std::streamsize>(content.size()));
        if (!f) throw std::runtime_error("cannot write " + p.string());
    }

    // Many short threads, a few very long ones (mean ≈ 40 posts).
    static int thread_length(Rng& r) {
        double u = r.unit();
        if (u < 0.35) return static_cast<int>(r.between(1, 5));
        if (u < 0.70) return static_cast<int>(r.between(6, 25));
        if (u < 0.90) return static_cast<int>(r.between(26, 80));
        return static_cast<int>(r.between(81, 400));
    }

    void make_users() {
        Rng r = rng_.fork(3);
        long long target = opt_.threads > 0 ? opt_.threads * 2 : opt_.posts / 15;
        size_t count = static_cast<size_t>(std::clamp<long long>(target, 60, 50000));
        std::unordered_set<std::string> names;
        std::int64_t id = 1000;
        static const char* kDecor[] = {"_", " ", "", "-", ""};
        static const char* kUnicode[] = {"Đặng Văn Minh", "서울사람", "Müller", "Søren",
                                         "Ямщик",         "Zoë",      "İlker",  "北京人"};
        while (users_.size() < count) {
            User u;
            if (r.chance(0.03)) {
                u.name = std::string(kUnicode[r.below(std::size(kUnicode))]) +
                         std::to_string(r.below(1000));
            } else {
                u.name = capitalise(vocab_.word(100 + r.below(8000)));
                if (r.chance(0.5))
                    u.name += kDecor[r.below(std::size(kDecor))] +
                              capitalise(vocab_.word(100 + r.below(8000)));
                if (r.chance(0.3)) u.name += std::to_string(r.below(100));
            }
            if (!names.insert(u.name).second) continue;
            id += r.between(1, 900);
            u.id = id;
            u.title = kUserTitles[r.below(std::size(kUserTitles))];
            u.joined = r.between(1199145600, kCrawlStart - 86400);  // 2008..2014
            u.messages = r.chance(0.1) ? r.between(10000, 90000) : r.between(1, 9000);
            u.reaction = r.chance(0.05) ? -r.between(1, 300) : r.between(0, u.messages / 2 + 5);
            if (r.chance(0.85)) {
                // Zipf-like: a few countries dominate, as on a real regional forum.
                size_t c = static_cast<size_t>(std::pow(r.unit(), 2.2) * std::size(kCountries));
                u.country = static_cast<int>(std::min(c, std::size(kCountries) - 1));
            }
            if (r.chance(0.7)) {
                u.location = kLocations[r.below(std::size(kLocations))];
                u.location_linked = r.chance(0.8);
            }
            if (r.chance(0.3)) {
                u.signature = "<a href=\"https://" + vocab_.word(300 + r.below(3000)) +
                              ".blog.example/\" target=\"_blank\" class=\"link link--external\" "
                              "rel=\"nofollow ugc noopener\">" +
                              capitalise(vocab_.word(100 + r.below(3000))) + " " +
                              vocab_.word(100 + r.below(3000)) + " blog</a> — " +
                              capitalise(vocab_.word(r.below(500))) + " " +
                              vocab_.word(r.below(2000));
            }
            users_.push_back(std::move(u));
        }
    }

    const User& pick_user(Rng& r) {
        // Active posters post much more than the rest.
        double u = r.unit();
        return users_[static_cast<size_t>(std::pow(u, 2.5) * static_cast<double>(users_.size()))];
    }

    ThreadSpec make_thread(std::int64_t id, int length, std::int64_t& post_id, Rng& r) {
        ThreadSpec t;
        t.id = id;
        t.forum = static_cast<int>(r.below(std::size(kForums)));
        int words = static_cast<int>(r.between(4, 12));
        for (int i = 0; i < words; ++i) {
            std::string w = vocab_.word(r.chance(0.5) ? r.below(100) : 100 + r.below(5000));
            if (i > 0) t.title += ' ';
            t.title += i == 0 || r.chance(0.6) ? capitalise(w) : w;
            if (t.slug.size() < 70) {
                if (!t.slug.empty()) t.slug += '-';
                t.slug += w;
            }
        }
        if (r.chance(0.1)) t.prefix = kPrefixes[r.below(std::size(kPrefixes))];
        std::int64_t date = r.between(kCrawlStart, kCrawlEnd - 86400 * 60);
        for (int n = 1; n <= length; ++n) {
            PostSpec p;
            post_id += r.between(1, 30);
            p.id = post_id;
            p.position = n;
            p.user = &pick_user(r);
            if (n > 1) date += static_cast<std::int64_t>(-std::log(1 - r.unit()) * 4 * 3600) + 60;
            p.date = date;
            if (r.chance(0.08)) p.edited = date + r.between(60, 3 * 86400);
            // Replies quote earlier posts: sometimes two, sometimes a quote inside a quote.
            if (n > 1 && r.chance(0.35)) {
                int quotes = r.chance(0.15) ? 2 : 1;
                for (int q = 0; q < quotes; ++q) {
                    const PostSpec& src = t.posts[r.below(t.posts.size())];
                    QuoteSpec qs = quote_of(src, r);
                    if (!src.quotes.empty() && r.chance(0.4)) {
                        qs.nested.push_back(src.quotes[0]);
                        qs.nested.back().nested.clear();  // XenForo keeps one level
                    }
                    p.quotes.push_back(std::move(qs));
                }
            } else if (r.chance(0.03)) {
                QuoteSpec qs;  // quoting the press, not a member
                qs.author = capitalise(vocab_.word(r.below(3000))) + " Times";
                Fragment f = writer_.paragraph(2);
                qs.html = f.html;
                qs.text = f.text;
                p.quotes.push_back(std::move(qs));
            } else if (n > 1 && r.chance(0.02)) {
                QuoteSpec qs;  // [QUOTE] with no author
                Fragment f = writer_.paragraph(2);
                qs.html = f.html;
                qs.text = f.text;
                p.quotes.push_back(std::move(qs));
            }
            // Opening posts are often news copied in full; replies are short.
            int paragraphs = n == 1 ? static_cast<int>(r.between(2, 14))
                                    : (r.chance(0.1) ? static_cast<int>(r.between(3, 8))
                                                     : static_cast<int>(r.between(1, 2)));
            Fragment body = writer_.paragraphs(paragraphs, true);
            p.html = body.html;
            p.text = body.text;
            size_t cut = p.text.find("\n\n");
            p.first_paragraph = p.text.substr(0, cut);
            int reactions = r.chance(0.5) ? static_cast<int>(r.between(1, 12)) : 0;
            for (int i = 0; i < reactions && i < 3; ++i)
                p.reactors.push_back(pick_user(r).name);
            if (reactions > 3) p.reactors.push_back(std::to_string(reactions - 3));
            t.posts.push_back(std::move(p));
        }
        return t;
    }

    QuoteSpec quote_of(const PostSpec& src, Rng& r) {
        QuoteSpec q;
        q.author = src.user->name;
        q.author_id = src.user->id;
        q.source_post = std::to_string(src.id);
        // The quoted words: the start of the source's first paragraph (single-line: a quote of a
        // quote keeps its own lines, which would need their <br /> too).
        std::string text = src.first_paragraph.substr(0, src.first_paragraph.find('\n'));
        if (text.size() > 400 && r.chance(0.5)) {
            size_t cut = text.rfind(' ', 300);
            if (cut != std::string::npos) text = text.substr(0, cut);
        }
        q.html = escape_html(text);
        q.text = text;
        return q;
    }

    // ---- markup

    static std::string thread_path(const ThreadSpec& t) {
        return std::string(kBase) + "threads/" + t.slug + "." + std::to_string(t.id) + "/";
    }

    static std::string page_path(const ThreadSpec& t, int page) {
        return thread_path(t) + (page == 1 ? "" : "page-" + std::to_string(page));
    }

    static void quote_html(std::string& out, const QuoteSpec& q) {
        if (q.author && q.author_id) {
            out +=
                "<blockquote data-attributes=\"member: " + std::to_string(q.author_id) +
                "\" data-quote=\"" + escape_html(*q.author) +
                "\" data-source=\"post: " + q.source_post +
                "\" class=\"bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote "
                "js-expandWatch\">\n\t\n\t\t<div class=\"bbCodeBlock-title\">\n\t\t\t\n\t\t\t\t<a "
                "href=\"" +
                std::string(kBase) + "goto/post?id=" + q.source_post +
                "\"\n\t\t\t\t\tclass=\"bbCodeBlock-sourceJump\"\n\t\t\t\t\trel=\"nofollow\"\n\t"
                "\t\t\t\tdata-xf-click=\"attribution\"\n\t\t\t\t\tdata-content-selector=\"#post-" +
                q.source_post + "\">" + escape_html(*q.author) +
                " said:</a>\n\t\t\t\n\t\t</div>\n\t\n";
        } else if (q.author) {
            out +=
                "<blockquote data-attributes=\"\" data-quote=\"" + escape_html(*q.author) +
                "\" class=\"bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote "
                "js-expandWatch\">\n\t\n\t\t<div class=\"bbCodeBlock-title\">\n\t\t\t\n\t\t\t\t" +
                escape_html(*q.author) + " said:\n\t\t\t\n\t\t</div>\n\t\n";
        } else {
            out +=
                "<blockquote class=\"bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote "
                "js-expandWatch\">\n\t\n";
        }
        out +=
            "\t<div class=\"bbCodeBlock-content\">\n\t\t\n\t\t<div "
            "class=\"bbCodeBlock-expandContent js-expandContent \">\n\t\t\t";
        for (const auto& n : q.nested)
            quote_html(out, n);
        out += q.html;
        out +=
            "\n\t\t</div>\n\t\t<div class=\"bbCodeBlock-expandLink js-expandLink\"><a "
            "role=\"button\" tabindex=\"0\">Click to expand...</a></div>\n\t</div>\n</blockquote>";
    }

    static void expected_quotes(ordered_json& out, const QuoteSpec& q) {
        out.push_back({{"author", q.author ? ordered_json(*q.author) : ordered_json(nullptr)},
                       {"text", q.text}});
        for (const auto& n : q.nested)
            expected_quotes(out, n);
    }

    void post_html(std::string& out, const ThreadSpec& t, const PostSpec& p) {
        const User& u = *p.user;
        const std::string pid = std::to_string(p.id);
        const std::string member = std::string(kBase) + "members/" + u.slug() + "/";
        const std::string permalink = thread_path(t) + "post-" + pid;
        const std::string uid = std::to_string(u.id);
        const std::string ename = escape_html(u.name);
        out +=
            "\n\t<article class=\"message message--post js-post js-inlineModContainer  \" "
            "data-author=\"" +
            ename + "\" data-content=\"post-" + pid + "\" id=\"js-post-" + pid +
            "\">\n\n\t\t<span class=\"u-anchorTarget\" id=\"post-" + pid +
            "\"></span>\n\n\t\t\t<div class=\"message-inner\">\n\t\t\t\t\n\t\t\t\t\t<div "
            "class=\"message-cell message-cell--user\">\n\t\t\t\t\t\t\n\t<section "
            "class=\"message-user\"\n\t\titemscope itemtype=\"https://schema.org/Person\"\n\t\t"
            "itemid=\"https://" +
            std::string(kHost) + member +
            "\">\n\n\t\t\t<meta "
            "itemprop=\"url\" content=\"https://" +
            std::string(kHost) + member +
            "\" />\n\t\t\n\t\t<div class=\"message-avatar \">\n\t\t\t<div "
            "class=\"message-avatar-wrapper\">\n\t\t\t\t<a href=\"" +
            member + "\" class=\"avatar avatar--m\" data-user-id=\"" + uid +
            "\" data-xf-init=\"member-tooltip\">\n\t\t\t<img src=\"" + std::string(kBase) +
            "data/avatars/m/" + uid.substr(0, 2) + "/" + uid + ".jpg?1612345678\" srcset=\"" +
            std::string(kBase) + "data/avatars/l/" + uid.substr(0, 2) + "/" + uid +
            ".jpg?1612345678 2x\" alt=\"" + ename + "\" class=\"avatar-u" + uid +
            "-m\" width=\"96\" height=\"96\" loading=\"lazy\" itemprop=\"image\" /> \n\t\t</a>"
            "\n\t\t\t\t\n\t\t\t</div>\n\t\t</div>\n\t\t<div class=\"message-userDetails\">\n"
            "\t\t\t<h4 class=\"message-name\"><a href=\"" +
            member + "\" class=\"username \" dir=\"auto\" data-user-id=\"" + uid +
            "\" data-xf-init=\"member-tooltip\"><span class=\"username--style" +
            std::to_string(u.id % 20) + "\" itemprop=\"name\">" + ename +
            "</span></a></h4>\n\t\t\t<h5 class=\"userTitle message-userTitle\" dir=\"auto\" "
            "itemprop=\"jobTitle\">" +
            u.title +
            "</h5>\n\t\t\t\n\t\t</div>\n\t\t\n\t\t\t\t"
            "<div class=\"message-userExtras\">\n\t\t\t\t\n";
        auto pair = [&](const std::string& dt, const std::string& dd, const char* field) {
            out += std::string("\t\t\t\t\t\t<dl class=\"pairs pairs--justified\"") +
                   (field ? std::string(" data-field=\"") + field + "\"" : "") +
                   ">\n\t\t\t\t\t\t\t<dt>" + dt + "</dt>\n\t\t\t\t\t\t\t<dd>" + dd +
                   "</dd>\n\t\t\t\t\t\t</dl>\n\t\t\t\t\t\n";
        };
        pair("Joined", visible_day(u.joined), nullptr);
        pair("Messages", with_commas(u.messages), nullptr);
        pair("Reaction score", with_commas(u.reaction), nullptr);
        if (u.country >= 0) {
            const Country& c = kCountries[u.country];
            pair("Country",
                 std::string("<img src=\"") + kBase + "styles/flags/" + c.flag + ".png\" alt=\"" +
                     escape_html(c.name) + "\" title=\"" + escape_html(c.name) +
                     "\" width=\"24\" height=\"16\" />",
                 "country");
        }
        if (u.location) {
            std::string loc = escape_html(*u.location);
            pair("Location",
                 u.location_linked ? std::string("<a href=\"") + kBase +
                                         "misc/location-info?location=" + url_encode(*u.location) +
                                         "\" rel=\"nofollow noreferrer\" target=\"_blank\" "
                                         "class=\"u-concealed\">" +
                                         loc + "</a>"
                                   : loc,
                 "location");
        }
        out +=
            "\t\t\t\t</div>\n\t\t\t\n\t\t<span class=\"message-userArrow\"></span>\n\t"
            "</section>\n\n\t\t\t\t\t</div>\n\t\t\t\t\n\t\t\t\t\t<div class=\"message-cell "
            "message-cell--main\">\n\t\t\t\t\t\n\t\t\t\t\t\t<div class=\"message-main "
            "js-quickEditTarget\">\n\n\t<header class=\"message-attribution "
            "message-attribution--split\">\n\t\t<ul class=\"message-attribution-main listInline "
            "\">\n\t\t\t\n\t\t\t<li class=\"u-concealed\">\n\t\t\t\t<a href=\"" +
            permalink + "\" rel=\"nofollow\">\n\t\t\t\t\t" + time_element(p.date) +
            "\n\t\t\t\t</a>\n\t\t\t</li>\n\t\t\t\n\t\t</ul>\n\n\t\t<ul "
            "class=\"message-attribution-opposite message-attribution-opposite--list \">\n\t\t\t"
            "\n\t\t\t<li>\n\t\t\t\t<a href=\"" +
            permalink +
            "\"\n\t\t\t\t\tclass=\"message-attribution-gadget\"\n\t\t\t\t\tdata-xf-init=\"share-"
            "tooltip\"\n\t\t\t\t\tdata-href=\"" +
            std::string(kBase) + "posts/" + pid +
            "/share\"\n\t\t\t\t\taria-label=\"Share\"\n\t\t\t\t\trel=\"nofollow\">\n\t\t\t\t\t"
            "<i class=\"fa--xf far fa-share-alt\" aria-hidden=\"true\"></i>\n\t\t\t\t</a>\n\t\t"
            "\t</li>\n\t\t\t\n\t\t\t\t<li>\n\t\t\t\t\t<a href=\"" +
            permalink + "\" rel=\"nofollow\">\n\t\t\t\t\t\t#" + std::to_string(p.position) +
            "\n\t\t\t\t\t</a>\n\t\t\t\t</li>\n\t\t\t\n\t\t</ul>\n\t</header>\n\n\t\t\t\t\t\t\t"
            "<div class=\"message-content js-messageContent\">\n\t\t\t\t\t\t\t\n\t<div "
            "class=\"message-userContent lbContainer js-lbContainer \"\n\t\tdata-lb-id=\"post-" +
            pid + "\"\n\t\tdata-lb-caption-desc=\"" + ename + " &middot; " + visible_day(p.date) +
            " at " + visible_clock(p.date) +
            "\">\n\n\t\t<article class=\"message-body js-selectToQuote\">\n\t\t\t\n\t\t\t\t<div "
            "class=\"bbWrapper\">";
        for (const auto& q : p.quotes)
            quote_html(out, q);
        out += p.html;
        out +=
            "</div>\n\t\t\t\n\t\t\t<div class=\"js-selectToQuoteEnd\">&nbsp;</div>\n\t\t\t\n\t"
            "\t</article>\n\n\t</div>\n\n";
        if (!u.signature.empty()) {
            out += "\t<aside class=\"message-signature\">\n\t\n\t\t<div class=\"bbWrapper\">" +
                   u.signature + "</div>\n\t\n\t</aside>\n";
        }
        if (p.edited) {
            out += "\t\t\t\t\t\t\t<div class=\"message-lastEdit\">Last edited: " +
                   time_element(*p.edited) + "</div>\n";
        }
        out +=
            "\t\t\t\t\t\t\t</div>\n\n\t<footer class=\"message-footer\">\n\t\t\n\t\t<div "
            "class=\"message-actionBar actionBar\">\n\t\t\t\n\t\t\t\t<div "
            "class=\"actionBar-set actionBar-set--external\">\n\t\t\t\t\n\t\t\t\t\t<a href=\"" +
            std::string(kBase) + "posts/" + pid +
            "/react?reaction_id=1\" class=\"reaction actionBar-action actionBar-action--reaction"
            "\" data-xf-click=\"reaction\" data-reaction-id=\"1\"><i aria-hidden=\"true\"></i>"
            "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEA"
            "AAIBRAA7\" class=\"reaction-sprite js-reaction\" alt=\"Like\" title=\"Like\" /><span "
            "class=\"reaction-text js-reactionText\"><bdi>Like</bdi></span></a>\n\t\t\t\t\t<a "
            "href=\"" +
            std::string(kBase) + "threads/" + t.slug + "." + std::to_string(t.id) +
            "/reply?quote=" + pid +
            "\" class=\"actionBar-action actionBar-action--mq "
            "u-jsOnly js-multiQuote\" title=\"Toggle multi-quote\" rel=\"nofollow\" "
            "data-message-id=\"" +
            pid +
            "\" data-mq-action=\"add\">Quote</a>\n\t\t\t\t\t<a "
            "href=\"" +
            std::string(kBase) + "threads/" + t.slug + "." + std::to_string(t.id) +
            "/reply?quote=" + pid +
            "\" class=\"actionBar-action actionBar-action--reply\" "
            "title=\"Reply, quoting this message\" rel=\"nofollow\" data-xf-click=\"quote\" "
            "data-quote-href=\"" +
            std::string(kBase) + "posts/" + pid +
            "/quote\">Reply</a>\n\t\t\t\t\n\t\t\t\t</div>\n\t\t\t\n\t\t</div>\n\n\t\t<div "
            "class=\"reactionsBar js-reactionsList " +
            (p.reactors.empty() ? "" : "is-active") + "\">\n";
        if (!p.reactors.empty()) {
            out +=
                "\t\t\t<ul class=\"reactionSummary\">\n\t\t\t<li><span class=\"reaction "
                "reaction--small reaction--1\" data-reaction-id=\"1\"><i aria-hidden=\"true\">"
                "</i><img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///"
                "yH5BAEAAAAALAAAAAABAAEAAAIBRAA7\" class=\"reaction-sprite js-reaction\" "
                "alt=\"Like\" title=\"Like\" /></span></li>\n\t\t</ul>\n<span "
                "class=\"u-srOnly\">Reactions:</span>\n<a class=\"reactionsBar-link\" href=\"" +
                std::string(kBase) + "posts/" + pid +
                "/reactions\" data-xf-click=\"overlay\" data-cache=\"false\" "
                "rel=\"nofollow\">";
            for (size_t i = 0; i < p.reactors.size(); ++i) {
                bool others = i == 3;
                if (i > 0) out += others || i + 1 == p.reactors.size() ? " and " : ", ";
                out += others ? p.reactors[i] + " other people"
                              : "<bdi>" + escape_html(p.reactors[i]) + "</bdi>";
            }
            out += "</a>\n";
        }
        out +=
            "\t\t</div>\n\n\t\t<div class=\"js-historyTarget message-historyTarget "
            "toggleTarget\" data-href=\"trigger-href\"></div>\n\t</footer>\n\n\t\t\t\t\t\t</div>"
            "\n\n\t\t\t\t\t</div>\n\t\t\t\t\n\t\t\t</div>\n\t\t\n\t</article>\n";
    }

    void write_expected(std::ofstream& out, const ThreadSpec& t, int page) {
        size_t from = static_cast<size_t>(page - 1) * static_cast<size_t>(opt_.posts_per_page);
        size_t to = std::min(t.posts.size(), from + static_cast<size_t>(opt_.posts_per_page));
        const std::string site = std::string("https://") + kHost;
        for (size_t i = from; i < to; ++i) {
            const PostSpec& p = t.posts[i];
            const User& u = *p.user;
            ordered_json quotes = ordered_json::array();
            for (const auto& q : p.quotes)
                expected_quotes(quotes, q);
            ordered_json j = {
                {"post_id", std::to_string(p.id)},
                {"position", p.position},
                {"poster", u.name},
                {"user_title", u.title},
                {"joined", format_time(u.joined, "%Y-%m-%d")},
                {"messages", u.messages},
                {"reaction_score", u.reaction},
                {"country",
                 u.country >= 0 ? ordered_json(kCountries[u.country].name) : ordered_json(nullptr)},
                {"location", u.location ? ordered_json(*u.location) : ordered_json(nullptr)},
                {"date", iso_utc(p.date)},
                {"edited", p.edited ? ordered_json(iso_utc(*p.edited)) : ordered_json(nullptr)},
                {"text", p.text},
                {"quotes", std::move(quotes)},
                {"thread_id", std::to_string(t.id)},
                {"thread_title", t.title},
                {"forum", kForums[t.forum][0]},
                {"site", kHost},
                {"thread_url", site + thread_path(t)},
                {"url", site + thread_path(t) + "post-" + std::to_string(p.id)},
                {"page", page},
            };
            out << j.dump() << '\n';
        }
    }

    std::string thread_page(const ThreadSpec& t, int page, int pages);
    std::string forum_list_page();

    Options opt_;
    Rng rng_;
    Vocabulary vocab_;
    Rng text_rng_;
    Writer writer_;
    std::vector<User> users_;
};

// ---- page chrome: what every XenForo 2 page carries besides the posts

const char* const kStyle = R"(
	<style>
	.p-body-header{margin-bottom:10px}.message--post .message-cell--user{flex:0 0 140px}
	.message-avatar-wrapper{position:relative;display:inline-block}.message-name{font-weight:700;font-size:15px;margin:0}
	.message-userTitle{font-size:12px;font-weight:400;color:#8c8c8c;margin:0}.message-userExtras{font-size:12px;color:#8c8c8c}
	.bbCodeBlock--quote{border-left:3px solid #47a7eb;background:#f5f5f5;margin:.75em 0;padding:0}
	.bbCodeBlock-title{padding:6px 10px;font-size:13px;color:#2577b1;background:#eef3f8}
	.bbCodeBlock-content{padding:6px 10px;position:relative}.bbCodeBlock-expandContent{max-height:270px;overflow:hidden}
	.bbCodeBlock-expandLink{display:none;position:absolute;top:220px;left:0;right:0;height:50px}
	.reactionsBar{border:1px solid #e7e7e7;background:#fafafa;padding:6px;margin-top:6px;display:none}
	.reactionsBar.is-active{display:block}.samCodeUnit{text-align:center;margin:10px auto}.samItem{display:inline-block}
	.message-signature{margin-top:8px;font-size:12px;color:#8c8c8c;border-top:1px solid #e7e7e7;padding-top:6px}
	.message-lastEdit{margin-top:8px;font-size:11px;color:#8c8c8c;text-align:right}
	.p-nav{background:#0f3d2e;color:#fff}.p-nav-list .p-navEl.is-selected{background:#1b5e47}
	.p-navEl-link{display:block;padding:10px 12px;color:inherit;text-decoration:none}
	.p-footer{background:#0b2b20;color:#c9d6d1;font-size:12px}.p-footer-linkList li{display:inline-block;margin-right:8px}
	.pageNav-page{display:inline-block;min-width:24px;text-align:center}.pageNav-page--current{font-weight:700}
	.shareButtons-button{display:inline-block;padding:4px 6px;border-radius:3px;color:#fff}
	.shareButtons-button--facebook{background:#3b5998}.shareButtons-button--twitter{background:#1da1f2}
	.shareButtons-button--reddit{background:#ff4500}.shareButtons-button--whatsApp{background:#25d366}
	@media (max-width:650px){.message--post .message-cell--user{flex:none}.message-userExtras{display:none}
	.p-nav-list{display:none}.p-navSticky{position:static}.message-attribution-opposite{font-size:11px}}
	@media (max-width:900px){.p-body-sidebar{display:none}.block-container{border-left:none;border-right:none}}
	</style>
)";

const char* const kSvgSprite = R"(
<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">
	<symbol id="icon-bell" viewBox="0 0 448 512"><path d="M224 512c35.32 0 63.97-28.65 63.97-64H160.03c0 35.35 28.65 64 63.97 64zm215.39-149.71c-19.32-20.76-55.47-51.99-55.47-154.29 0-77.7-54.48-139.9-127.94-155.16V32c0-17.67-14.32-32-31.98-32s-31.98 14.33-31.98 32v20.84C118.56 68.1 64.08 130.3 64.08 208c0 102.3-36.15 133.53-55.47 154.29-6 6.45-8.66 14.16-8.61 21.71.11 16.4 12.98 32 32.1 32h383.8c19.12 0 32-15.6 32.1-32 .05-7.55-2.61-15.27-8.61-21.71z"/></symbol>
	<symbol id="icon-search" viewBox="0 0 512 512"><path d="M505 442.7L405.3 343c-4.5-4.5-10.6-7-17-7H372c27.6-35.3 44-79.7 44-128C416 93.1 322.9 0 208 0S0 93.1 0 208s93.1 208 208 208c48.3 0 92.7-16.4 128-44v16.3c0 6.4 2.5 12.5 7 17l99.7 99.7c9.4 9.4 24.6 9.4 33.9 0l28.3-28.3c9.4-9.4 9.4-24.6.1-34zM208 336c-70.7 0-128-57.2-128-128 0-70.7 57.2-128 128-128 70.7 0 128 57.2 128 128 0 70.7-57.2 128-128 128z"/></symbol>
	<symbol id="icon-user" viewBox="0 0 448 512"><path d="M224 256c70.7 0 128-57.3 128-128S294.7 0 224 0 96 57.3 96 128s57.3 128 128 128zm89.6 32h-16.7c-22.2 10.2-46.9 16-72.9 16s-50.6-5.8-72.9-16h-16.7C60.2 288 0 348.2 0 422.4V464c0 26.5 21.5 48 48 48h352c26.5 0 48-21.5 48-48v-41.6c0-74.2-60.2-134.4-134.4-134.4z"/></symbol>
	<symbol id="icon-clock" viewBox="0 0 512 512"><path d="M256 8C119 8 8 119 8 256s111 248 248 248 248-111 248-248S393 8 256 8zm0 448c-110.5 0-200-89.5-200-200S145.5 56 256 56s200 89.5 200 200-89.5 200-200 200zm61.8-104.4l-84.9-61.7c-3.1-2.3-4.9-5.9-4.9-9.7V116c0-6.6 5.4-12 12-12h32c6.6 0 12 5.4 12 12v141.7l66.8 48.6c5.4 3.9 6.5 11.4 2.6 16.8L334.6 349c-3.9 5.3-11.4 6.5-16.8 2.6z"/></symbol>
	<symbol id="icon-share" viewBox="0 0 448 512"><path d="M352 320c-22.608 0-43.387 7.819-59.79 20.895l-102.486-64.054a96.551 96.551 0 0 0 0-41.683l102.486-64.054C308.613 184.181 329.392 192 352 192c53.019 0 96-42.981 96-96S405.019 0 352 0s-96 42.981-96 96c0 7.158.79 14.13 2.276 20.841L155.79 180.895C139.387 167.819 118.608 160 96 160c-53.019 0-96 42.981-96 96s42.981 96 96 96c22.608 0 43.387-7.819 59.79-20.895l102.486 64.054A96.301 96.301 0 0 0 256 416c0 53.019 42.981 96 96 96s96-42.981 96-96-42.981-96-96-96z"/></symbol>
	<symbol id="icon-flag" viewBox="0 0 512 512"><path d="M349.565 98.783C295.978 98.783 251.721 64 184.348 64c-24.955 0-47.309 4.384-68.045 12.013a55.947 55.947 0 0 0 3.586-23.562C118.117 24.015 94.806 1.206 66.338.048 34.345-1.254 8 24.296 8 56c0 19.026 9.497 35.825 24 45.945V488c0 13.255 10.745 24 24 24h16c13.255 0 24-10.745 24-24v-94.4c28.311-12.064 63.582-22.122 114.435-22.122 53.588 0 97.844 34.783 165.217 34.783 48.169 0 86.667-16.294 122.505-40.858C506.84 359.452 512 349.571 512 339.045v-243.1c0-23.393-24.269-38.87-45.485-29.016-34.338 15.948-76.454 31.854-116.95 31.854z"/></symbol>
</svg>
)";

const char* const kNavMenus = R"(
	<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">
	<nav class="p-nav">
		<div class="p-nav-inner">
			<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="Menu"><span class="button-text">
				<i aria-hidden="true"></i>
			</span></button>
			<div class="p-nav-smallLogo">
				<a href="/community/">
					<img src="/community/data/assets/logo/logo-header.png" srcset="/community/data/assets/logo/logo-header-2x.png 2x" alt="Bench Forum" width="400" height="72" />
				</a>
			</div>
			<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected">
				<div class="hScroller-scroll">
					<ul class="p-nav-list js-offCanvasNavSource">
						<li>
	<div class="p-navEl " >
	<a href="https://bench-forum.example/" class="p-navEl-link " data-xf-key="1" data-nav-id="home">Home</a>
	</div>
						</li>
						<li>
	<div class="p-navEl is-selected" data-has-children="true">
	<a href="/community/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="forums">Forums</a>
			<a data-xf-key="2" data-xf-click="menu" data-menu-pos-ref="< .p-navEl" class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="Toggle expanded" aria-expanded="false" aria-haspopup="true"></a>
			<div class="menu menu--structural" data-menu="menu" aria-hidden="true">
				<div class="menu-content">
	<a href="/community/whats-new/posts/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " data-nav-id="newPosts">New posts</a>
	<a href="/community/search/?type=post" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " data-nav-id="searchForums">Search forums</a>
				</div>
			</div>
	</div>
						</li>
						<li>
	<div class="p-navEl " data-has-children="true">
	<a href="/community/whats-new/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="whatsNew">What's new</a>
			<a data-xf-key="3" data-xf-click="menu" data-menu-pos-ref="< .p-navEl" class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="Toggle expanded" aria-expanded="false" aria-haspopup="true"></a>
			<div class="menu menu--structural" data-menu="menu" aria-hidden="true">
				<div class="menu-content">
	<a href="/community/whats-new/posts/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " rel="nofollow" data-nav-id="whatsNewPosts">New posts</a>
	<a href="/community/whats-new/media/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " rel="nofollow" data-nav-id="xfmgWhatsNewNewMedia">New media</a>
	<a href="/community/whats-new/media-comments/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " rel="nofollow" data-nav-id="xfmgWhatsNewMediaComments">New media comments</a>
	<a href="/community/whats-new/profile-posts/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " rel="nofollow" data-nav-id="whatsNewProfilePosts">New profile posts</a>
	<a href="/community/whats-new/latest-activity" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " rel="nofollow" data-nav-id="latestActivity">Latest activity</a>
				</div>
			</div>
	</div>
						</li>
						<li>
	<div class="p-navEl " data-has-children="true">
	<a href="/community/media/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="xfmg">Media</a>
			<a data-xf-key="4" data-xf-click="menu" data-menu-pos-ref="< .p-navEl" class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="Toggle expanded" aria-expanded="false" aria-haspopup="true"></a>
			<div class="menu menu--structural" data-menu="menu" aria-hidden="true">
				<div class="menu-content">
	<a href="/community/whats-new/media/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " rel="nofollow" data-nav-id="xfmgNewMedia">New media</a>
	<a href="/community/whats-new/media-comments/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " rel="nofollow" data-nav-id="xfmgNewComments">New comments</a>
	<a href="/community/search/?type=xfmg_media" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " data-nav-id="xfmgSearchMedia">Search media</a>
				</div>
			</div>
	</div>
						</li>
						<li>
	<div class="p-navEl " data-has-children="true">
	<a href="/community/members/" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="members">Members</a>
			<a data-xf-key="5" data-xf-click="menu" data-menu-pos-ref="< .p-navEl" class="p-navEl-splitTrigger" role="button" tabindex="0" aria-label="Toggle expanded" aria-expanded="false" aria-haspopup="true"></a>
			<div class="menu menu--structural" data-menu="menu" aria-hidden="true">
				<div class="menu-content">
	<a href="/community/members/list/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " data-nav-id="registeredMembers">Registered members</a>
	<a href="/community/online/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " data-nav-id="currentVisitors">Current visitors</a>
	<a href="/community/whats-new/profile-posts/" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " rel="nofollow" data-nav-id="newProfilePosts">New profile posts</a>
	<a href="/community/search/?type=profile_post" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " data-nav-id="searchProfilePosts">Search profile posts</a>
				</div>
			</div>
	</div>
						</li>
					</ul>
				</div>
			</div>
			<div class="p-nav-opposite">
				<div class="p-navgroup p-account p-navgroup--guest">
						<a href="/community/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" data-xf-click="overlay" data-follow-redirects="on">
							<span class="p-navgroup-linkText">Log in</span>
						</a>
							<a href="/community/register/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--register" data-xf-click="overlay" data-follow-redirects="on">
								<span class="p-navgroup-linkText">Register</span>
							</a>
				</div>
				<div class="p-navgroup p-discovery">
					<a href="/community/whats-new/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--whatsnew" aria-label="What&#039;s new" title="What&#039;s new">
						<i aria-hidden="true"></i>
						<span class="p-navgroup-linkText">What's new</span>
					</a>
						<a href="/community/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" data-xf-click="menu" data-xf-key="/" aria-label="Search" aria-expanded="false" aria-haspopup="true" title="Search">
							<i aria-hidden="true"></i>
							<span class="p-navgroup-linkText">Search</span>
						</a>
						<div class="menu menu--structural menu--wide" data-menu="menu" aria-hidden="true">
							<form action="/community/search/search" method="post" class="menu-content" data-xf-init="quick-search">
								<h3 class="menu-header">Search</h3>
								<div class="menu-row">
										<div class="inputGroup inputGroup--joined">
											<input type="text" class="input" name="keywords" placeholder="Search…" aria-label="Search" data-menu-autofocus="true" />
			<select name="constraints" class="js-quickSearch-constraint input" aria-label="Search within">
				<option value="">Everywhere</option>
<option value="{&quot;search_type&quot;:&quot;post&quot;}">Threads</option>
<option value="{&quot;search_type&quot;:&quot;post&quot;,&quot;c&quot;:{&quot;nodes&quot;:[25],&quot;child_nodes&quot;:1}}">This forum</option>
			</select>
										</div>
								</div>
								<div class="menu-row">
									<label class="iconic"><input type="checkbox"  name="c[title_only]" value="1" /><i aria-hidden="true"></i><span class="iconic-label">Search titles only</span></label>
								</div>
								<div class="menu-row">
									<div class="inputGroup">
										<span class="inputGroup-text" id="ctrl_search_menu_by_member">By:</span>
										<input type="text" class="input" name="c[users]" data-xf-init="auto-complete" placeholder="Member" aria-labelledby="ctrl_search_menu_by_member" />
									</div>
								</div>
								<div class="menu-footer">
									<span class="menu-footer-controls">
										<button type="submit" class="button--primary button button--icon button--icon--search"><span class="button-text">Search</span></button>
										<a href="/community/search/" class="button"><span class="button-text">Advanced search…</span></a>
									</span>
								</div>
								<input type="hidden" name="_xfToken" value="1696672800,835b31424a75d312026a7dbb3f0bdb84" />
							</form>
						</div>
				</div>
			</div>
		</div>
	</nav>
	</div>
		<div class="p-sectionLinks">
			<div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller">
				<div class="hScroller-scroll">
					<ul class="p-sectionLinks-list">
						<li>
	<div class="p-navEl " >
	<a href="/community/whats-new/posts/" class="p-navEl-link " data-xf-key="alt+1" data-nav-id="newPosts">New posts</a>
	</div>
						</li>
						<li>
	<div class="p-navEl " >
	<a href="/community/search/?type=post" class="p-navEl-link " data-xf-key="alt+2" data-nav-id="searchForums">Search forums</a>
	</div>
						</li>
					</ul>
				</div>
			</div>
		</div>
<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" data-ocm-builder="navigation">
	<div class="offCanvasMenu-backdrop" data-menu-close="true"></div>
	<div class="offCanvasMenu-content">
		<div class="offCanvasMenu-header">
			Menu
			<a class="offCanvasMenu-closer" data-menu-close="true" role="button" tabindex="0" aria-label="Close"></a>
		</div>
			<div class="p-offCanvasRegisterLink">
				<div class="offCanvasMenu-linkHolder">
					<a href="/community/login/" class="offCanvasMenu-link" data-xf-click="overlay" data-menu-close="true">
						Log in
					</a>
				</div>
				<hr class="offCanvasMenu-separator" />
					<div class="offCanvasMenu-linkHolder">
						<a href="/community/register/" class="offCanvasMenu-link" data-xf-click="overlay" data-menu-close="true">
							Register
						</a>
					</div>
					<hr class="offCanvasMenu-separator" />
			</div>
		<div class="js-offCanvasNavTarget"></div>
		<div class="offCanvasMenu-installBanner js-installPromptContainer" style="display: none;" data-xf-init="install-prompt">
			<div class="offCanvasMenu-installBanner-header">Install the app</div>
			<button type="button" class="js-installPromptButton button"><span class="button-text">Install</span></button>
		</div>
	</div>
</div>
)";

const char* const kFooterAndScripts = R"(
<footer class="p-footer" id="footer">
	<div class="p-footer-inner">
		<div class="p-footer-row">
				<div class="p-footer-row-main">
					<ul class="p-footer-linkList">
							<li><a href="/community/misc/style" data-xf-click="overlay" data-xf-init="tooltip" title="Style chooser" rel="nofollow">
								<i class="fa--xf far fa-paint-brush" aria-hidden="true"></i> Bench Dark
							</a></li>
					</ul>
				</div>
			<div class="p-footer-row-opposite">
				<ul class="p-footer-linkList">
							<li><a href="/community/misc/contact" data-xf-click="overlay">Contact us</a></li>
						<li><a href="/community/help/terms/">Terms and rules</a></li>
						<li><a href="/community/help/privacy-policy/">Privacy policy</a></li>
						<li><a href="/community/help/">Help</a></li>
						<li><a href="https://bench-forum.example/">Home</a></li>
					<li><a href="/community/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS"><span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li>
				</ul>
			</div>
		</div>
			<div class="p-footer-copyright">
				<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2023 XenForo Ltd.</span></a>
				| Ads by <a href="https://siropu.com/" class="u-concealed" target="_blank" rel="noopener">Siropu</a>
			</div>
	</div>
</footer>
</div> <!-- closing p-pageWrapper -->
<div class="u-bottomFixer js-bottomFixTarget">
		<ul class="notices notices--bottom_fixer  js-notices" data-xf-init="notices" data-type="bottom_fixer" data-scroll-interval="6">
	<li class="notice js-notice notice--primary notice--cookie" data-notice-id="-1" data-delay-duration="0" data-display-duration="0" data-auto-dismiss="0" data-visibility="">
		<div class="notice-content">
	<div class="u-alignCenter">
		This site uses cookies to help personalise content, tailor your experience and to keep you logged in if you register.<br />
By continuing to use this site, you are consenting to our use of cookies.
	</div>
	<div class="u-inputSpacer u-alignCenter">
		<a href="/community/account/dismiss-notice" class="js-noticeDismiss button--notice button"><span class="button-text">Accept</span></a>
		<a href="/community/help/cookies" class="button--notice button"><span class="button-text">Learn more…</span></a>
	</div>
		</div>
	</li>
		</ul>
</div>
<div class="u-navButtons js-navButtons" data-trigger-type="up">
	<a href="javascript:" class="button--scroll button"><span class="button-text"><i class="fa--xf far fa-arrow-left" aria-hidden="true"></i><span class="u-srOnly">Back</span></span></a>
</div>
	<div class="u-scrollButtons js-scrollButtons" data-trigger-type="up">
		<a href="#top" class="button--scroll button" data-xf-click="scroll-to"><span class="button-text"><i class="fa--xf far fa-arrow-up" aria-hidden="true"></i><span class="u-srOnly">Top</span></span></a>
			<a href="#footer" class="button--scroll button" data-xf-click="scroll-to"><span class="button-text"><i class="fa--xf far fa-arrow-down" aria-hidden="true"></i><span class="u-srOnly">Bottom</span></span></a>
	</div>
	<script src="/community/js/vendor/jquery/jquery-3.5.1.min.js?_v=5f8a1c2e"></script>
	<script src="/community/js/vendor/vendor-compiled.js?_v=5f8a1c2e"></script>
	<script src="/community/js/xf/core-compiled.js?_v=5f8a1c2e"></script>
	<script src="/community/js/siropu/am/ads.min.js?_v=5f8a1c2e"></script>
	<script src="/community/js/xf/notice.min.js?_v=5f8a1c2e"></script>
	<script>
		jQuery.extend(true, XF.config, {
			userId: 0,
			enablePush: true,
			pushAppServerKey: 'BKx1d0Dqv4rVmJq6jz9lY3wHk2dVg8s5Q0pN7aZcT3uRkE1fW6yX9bL2oM4nP5qS8tV0wY3zA6cD9eF2gH5jK8m=',
			url: {
				fullBase: 'https://bench-forum.example/community/',
				basePath: '/community/',
				css: '/community/css.php?css=__SENTINEL__&s=9&l=1&d=1695812233',
				keepAlive: '/community/login/keep-alive'
			},
			cookie: { path: '/', domain: '', prefix: 'xf_', secure: true, consentMode: 'disabled', consented: ["optional","_third_party"] },
			cacheKey: '8b6e3c2d1f0a9e7b5c4d3a2f1e0d9c8b',
			csrf: '1696672800,db1c76cdcee5124e07e1a3550d9d2edb',
			js: {"\/community\/js\/siropu\/am\/ads.min.js?_v=5f8a1c2e":true,"\/community\/js\/xf\/notice.min.js?_v=5f8a1c2e":true},
			css: {"public:bb_code.less":true,"public:message.less":true,"public:notices.less":true,"public:share_controls.less":true,"public:siropu_ads_manager_ad.less":true,"public:structured_list.less":true,"public:extra.less":true},
			time: { now: 1696654800, today: 1696618800, todayDow: 6, todayDayOfMonth: 7, todayMonth: 10, timezone: 'UTC' },
			borderSizeFeature: '3px',
			fontAwesomeWeight: 'r',
			enableRtnProtect: true,
			enableFormSubmitSticky: true,
			uploadMaxFilesize: 268435456,
			allowedVideoExtensions: ["m4v","mov","mp4","mp4v","mpeg","mpg","ogv","webm"],
			allowedAudioExtensions: ["mp3","opus","ogg","wav"],
			shortcodeToEmoji: true,
			visitorCounts: { conversations_unread: '0', alerts_unviewed: '0', total_unread: '0', title_count: true, icon_indicator: true },
			jsState: {},
			publicMetadataLogoUrl: 'https://bench-forum.example/community/data/assets/logo/og.png',
			publicPushBadgeUrl: 'https://bench-forum.example/community/styles/default/xenforo/bell.png'
		});
		jQuery.extend(XF.phrases, {
			date_x_at_time_y: "{date} at {time}",
			day_x_at_time_y:  "{day} at {time}",
			yesterday_at_x:   "Yesterday at {time}",
			x_minutes_ago:    "{minutes} minutes ago",
			one_minute_ago:   "1 minute ago",
			a_moment_ago:     "A moment ago",
			today_at_x:       "Today at {time}",
			in_a_moment:      "In a moment",
			in_a_minute:      "In a minute",
			in_x_minutes:     "In {minutes} minutes",
			later_today_at_x: "Later today at {time}",
			tomorrow_at_x:    "Tomorrow at {time}",
			day0: "Sunday", day1: "Monday", day2: "Tuesday", day3: "Wednesday", day4: "Thursday", day5: "Friday", day6: "Saturday",
			dayShort0: "Sun", dayShort1: "Mon", dayShort2: "Tue", dayShort3: "Wed", dayShort4: "Thu", dayShort5: "Fri", dayShort6: "Sat",
			month0: "January", month1: "February", month2: "March", month3: "April", month4: "May", month5: "June",
			month6: "July", month7: "August", month8: "September", month9: "October", month10: "November", month11: "December",
			active_user_changed_reload_page: "The active user has changed. Reload the page for the latest version.",
			server_did_not_respond_in_time_try_again: "The server did not respond in time. Please try again.",
			oops_we_ran_into_some_problems: "Oops! We ran into some problems.",
			oops_we_ran_into_some_problems_more_details_console: "Oops! We ran into some problems. Please try again later. More error details may be in the browser console.",
			file_too_large_to_upload: "The file is too large to be uploaded.",
			uploaded_file_is_too_large_for_server_to_process: "The uploaded file is too large for the server to process.",
			files_being_uploaded_are_you_sure: "Files are still being uploaded. Are you sure you want to submit this form?",
			attach: "Attach files",
			rich_text_box: "Rich text box",
			close: "Close",
			link_copied_to_clipboard: "Link copied to clipboard.",
			text_copied_to_clipboard: "Text copied to clipboard.",
			loading: "Loading…",
			you_have_exceeded_maximum_number_of_selectable_items: "You have exceeded the maximum number of selectable items.",
			processing: "Processing",
			'processing...': "Processing…",
			showing_x_of_y_items: "Showing {count} of {total} items",
			showing_all_items: "Showing all items",
			no_items_to_display: "No items to display",
			number_button_up: "Increase",
			number_button_down: "Decrease",
			push_enable_notification_title: "Push notifications enabled successfully at Bench Forum",
			push_enable_notification_body: "Thank you for enabling push notifications!",
			pull_down_to_refresh: "Pull down to refresh",
			release_to_refresh: "Release to refresh",
			refreshing: "Refreshing…"
		});
	</script>
	<form style="display:none" hidden="hidden">
		<input type="text" name="_xfClientLoadTime" value="" id="_xfClientLoadTime" title="_xfClientLoadTime" tabindex="-1" />
	</form>
	<script type="text/template" id="xfReactTooltipTemplate">
		<div class="tooltip-content-inner">
			<div class="reactTooltip">
					<a href="#" class="reaction reaction--1" data-reaction-id="1"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Like" title="Like" data-xf-init="tooltip" /></a>
					<a href="#" class="reaction reaction--2" data-reaction-id="2"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Love" title="Love" data-xf-init="tooltip" /></a>
					<a href="#" class="reaction reaction--3" data-reaction-id="3"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Haha" title="Haha" data-xf-init="tooltip" /></a>
					<a href="#" class="reaction reaction--4" data-reaction-id="4"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Wow" title="Wow" data-xf-init="tooltip" /></a>
					<a href="#" class="reaction reaction--5" data-reaction-id="5"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Sad" title="Sad" data-xf-init="tooltip" /></a>
					<a href="#" class="reaction reaction--6" data-reaction-id="6"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Angry" title="Angry" data-xf-init="tooltip" /></a>
					<a href="#" class="reaction reaction--7" data-reaction-id="7"><i aria-hidden="true"></i><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" class="reaction-sprite js-reaction" alt="Thinking" title="Thinking" data-xf-init="tooltip" /></a>
			</div>
		</div>
	</script>
)";

std::string breadcrumbs(int forum, bool bottom) {
    std::string out = std::string("\t\t<ul class=\"p-breadcrumbs") +
                      (bottom ? " p-breadcrumbs--bottom" : " ") +
                      "\"\n\t\t\titemscope itemtype=\"https://schema.org/BreadcrumbList\">\n";
    auto item = [&](const std::string& href, const std::string& name, int pos) {
        out +=
            "\t<li itemprop=\"itemListElement\" itemscope "
            "itemtype=\"https://schema.org/ListItem\">\n\t\t<a href=\"" +
            href + "\" itemprop=\"item\">\n\t\t\t<span itemprop=\"name\">" + escape_html(name) +
            "</span>\n\t\t</a>\n\t\t<meta itemprop=\"position\" content=\"" + std::to_string(pos) +
            "\" />\n\t</li>\n";
    };
    item(kBase, "Forums", 1);
    item(std::string(kBase) + "#category." + std::to_string(forum), kForums[forum][1], 2);
    item(std::string(kBase) + "forums/forum." + std::to_string(forum + 10) + "/", kForums[forum][0],
         3);
    out += "\t\t</ul>\n";
    return out;
}

std::string page_head(const std::string& title, const std::string& description,
                      const std::string& canonical, const std::string& links,
                      const std::string& content_key, const std::string& tmpl) {
    std::string t = escape_html(title);
    std::string d = escape_html(description);
    std::string out =
        "<!DOCTYPE html>\n<html id=\"XF\" lang=\"en-US\" dir=\"LTR\"\n\tdata-xf=\"2.2\"\n\t"
        "data-app=\"public\"\n\t\n\tdata-template=\"" +
        tmpl +
        "\"\n\tdata-container-key=\"node-25\"\n\t"
        "data-content-key=\"" +
        content_key +
        "\"\n\tdata-logged-in=\"false\"\n\t"
        "data-cookie-prefix=\"xf_\"\n\tdata-csrf=\"1696672800,"
        "0122725334fb7863d84b11419e1fefd9\"\n\t"
        "class=\"has-no-js template-" +
        tmpl +
        "\"\n\t>\n<head>\n\t<meta charset=\"utf-8\" />\n\t"
        "<meta http-equiv=\"X-UA-Compatible\" content=\"IE=Edge\" />\n\t<meta name=\"viewport\" "
        "content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n\n\t<title>" +
        t +
        " | Bench Forum</title>\n\n\t<link rel=\"manifest\" "
        "href=\"/community/webmanifest.php\">\n\t"
        "<meta name=\"theme-color\" content=\"#0f3d2e\" />\n\t<meta "
        "name=\"apple-mobile-web-app-title\" "
        "content=\"Bench\">\n\t<link rel=\"apple-touch-icon\" "
        "href=\"/community/data/assets/logo/192.png\">\n"
        "\t<meta name=\"description\" content=\"" +
        d +
        "\" />\n\t<meta property=\"og:description\" "
        "content=\"" +
        d + "\" />\n\t<meta property=\"twitter:description\" content=\"" + d +
        "\" />\n\t<meta property=\"og:url\" content=\"" + canonical +
        "\" />\n\t<link rel=\"canonical\" "
        "href=\"" +
        canonical + "\" />\n" + links +
        "\t<meta property=\"og:site_name\" content=\"Bench Forum\" />\n\t<meta "
        "property=\"og:type\" "
        "content=\"website\" />\n\t<meta property=\"og:title\" content=\"" +
        t +
        "\" />\n\t<meta "
        "property=\"twitter:title\" content=\"" +
        t +
        "\" />\n\t<meta property=\"og:image\" "
        "content=\"https://bench-forum.example/community/data/assets/logo/og.png\" />\n\t<meta "
        "property=\"twitter:card\" content=\"summary\" />\n"
        "\t<link rel=\"preload\" "
        "href=\"/community/styles/fonts/fa/fa-regular-400.woff2?_v=5.15.3\" as=\"font\" "
        "type=\"font/woff2\" crossorigin=\"anonymous\" />\n"
        "\t<link rel=\"preload\" href=\"/community/styles/fonts/fa/fa-solid-900.woff2?_v=5.15.3\" "
        "as=\"font\" type=\"font/woff2\" crossorigin=\"anonymous\" />\n"
        "\t<link rel=\"preload\" href=\"/community/styles/fonts/fa/fa-brands-400.woff2?_v=5.15.3\" "
        "as=\"font\" type=\"font/woff2\" crossorigin=\"anonymous\" />\n"
        "\t<link rel=\"stylesheet\" "
        "href=\"/community/"
        "css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less%2Cpublic%3Aapp."
        "less&amp;s=9&amp;l=1&amp;d=1695812233&amp;k=a3b6f342eee5f7a4079c48db5bc4d5756863deb1\" "
        "/>\n"
        "\t<link rel=\"stylesheet\" "
        "href=\"/community/"
        "css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Anotices.less%"
        "2Cpublic%3Ashare_controls.less%2Cpublic%3Asiropu_ads_manager_ad.less%2Cpublic%"
        "3Astructured_list.less%2Cpublic%3Aextra.less&amp;s=9&amp;l=1&amp;d=1695812233&amp;k="
        "4eac522c884428e3c477e325be551b8ac9a53dca\" />\n"
        "\t<script src=\"/community/js/xf/preamble.min.js?_v=5f8a1c2e\"></script>\n"
        "\t<link rel=\"icon\" type=\"image/png\" "
        "href=\"https://bench-forum.example/community/data/assets/logo/favicon-32.png\" "
        "sizes=\"32\" />\n"
        "\t<script async "
        "src=\"https://www.googletagmanager.com/gtag/js?id=G-7PDF2Q1XKV\"></script>\n"
        "\t<script>\n\t\twindow.dataLayer = window.dataLayer || [];\n\t\tfunction "
        "gtag(){dataLayer.push(arguments);}\n"
        "\t\tgtag('js', new Date());\n\t\tgtag('config', 'G-7PDF2Q1XKV', {'cookie_domain': "
        "'bench-forum.example'});\n\t</script>\n"
        "\t<script async src=\"https://securepubads.g.doubleclick.net/tag/js/gpt.js\"></script>\n"
        "\t<script>\n\t\twindow.googletag = window.googletag || {cmd: "
        "[]};\n\t\tgoogletag.cmd.push(function() {\n"
        "\t\t\tgoogletag.defineSlot('/21804512/bench_header_728', [728, 90], "
        "'div-gpt-ad-header').addService(googletag.pubads());\n"
        "\t\t\tgoogletag.pubads().enableSingleRequest();\n\t\t\tgoogletag.enableServices();\n\t\t})"
        ";\n\t</script>\n";
    out += kStyle;
    out += "</head>\n<body data-template=\"" + tmpl + "\">\n";
    out += kSvgSprite;
    out +=
        "<div class=\"p-pageWrapper\" id=\"top\">\n\n<header class=\"p-header\" id=\"header\">\n\t"
        "<div class=\"p-header-inner\">\n\t\t<div class=\"p-header-content\">\n\t\t\t<div "
        "class=\"p-header-logo p-header-logo--image\">\n\t\t\t\t<a "
        "href=\"/community/\">\n\t\t\t\t\t"
        "<img src=\"/community/data/assets/logo/logo-header.png\" alt=\"Bench Forum\" "
        "width=\"400\" "
        "height=\"72\" />\n\t\t\t\t</a>\n\t\t\t</div>\n\t<div class=\"samCodeUnit samAlignCenter\" "
        "data-position=\"container_header\">\n\t\t\t<div class=\"samItem\">\n\t\t\t\t<div "
        "id=\"div-gpt-ad-header\" style=\"min-width:728px;min-height:90px;\">\n<script>googletag."
        "cmd.push(function() { googletag.display('div-gpt-ad-header'); });</script>\n</div>\n\t\t\t"
        "</div>\n\t</div>\n\t\t</div>\n\t</div>\n</header>\n";
    out += kNavMenus;
    return out;
}

std::string Generator::forum_list_page() {
    std::string out = page_head("Forums", "Discussion forums",
                                "https://bench-forum.example/community/", "", "", "forum_list");
    out += "<div class=\"p-body\">\n<div class=\"p-body-inner\">\n<div class=\"block\">\n";
    for (size_t f = 0; f < std::size(kForums); ++f) {
        out +=
            "<div class=\"node node--forum\"><h3 class=\"node-title\"><a "
            "href=\"/community/forums/forum." +
            std::to_string(f + 10) + "/\">" + escape_html(kForums[f][0]) + "</a></h3></div>\n";
    }
    out += "</div>\n</div>\n</div>\n";
    out += kFooterAndScripts;
    out += "</body>\n</html>\n";
    return out;
}

std::string Generator::thread_page(const ThreadSpec& t, int page, int pages) {
    const std::string site = std::string("https://") + kHost;
    std::string canonical = site + page_path(t, page);
    std::string links;
    if (page > 1) links += "\t<link rel=\"prev\" href=\"" + page_path(t, page - 1) + "\" />\n";
    if (page < pages) links += "\t<link rel=\"next\" href=\"" + page_path(t, page + 1) + "\" />\n";
    const PostSpec& first = t.posts.front();
    std::string description = first.first_paragraph.substr(0, 150);
    // Do not end the description inside a UTF-8 sequence.
    while (!description.empty() && (static_cast<unsigned char>(description.back()) & 0xC0) == 0x80)
        description.pop_back();
    if (!description.empty() && static_cast<unsigned char>(description.back()) >= 0xC0)
        description.pop_back();
    std::string out =
        page_head(t.title + (page > 1 ? " | Page " + std::to_string(page) : ""), description,
                  canonical, links, "thread-" + std::to_string(t.id), "thread_view");
    out +=
        "\n<div class=\"p-body\">\n\t<div class=\"p-body-inner\">\n\t\t<!--XF:EXTRA_OUTPUT-->\n"
        "\t\t<ul class=\"notices notices--block  js-notices\" data-xf-init=\"notices\" "
        "data-type=\"block\" data-scroll-interval=\"6\">\n\t<li class=\"notice js-notice "
        "notice--primary\" data-notice-id=\"14\">\n\t\t<div class=\"notice-content\">\n\t\t\t"
        "Welcome to Bench Forum. Please read the <a href=\"/community/help/terms/\">forum "
        "rules</a> "
        "before posting.\n\t\t</div>\n\t</li>\n\t\t</ul>\n";
    out += breadcrumbs(t.forum, false);
    out +=
        "\t<noscript class=\"js-jsWarning\"><div class=\"blockMessage blockMessage--important "
        "blockMessage--iconic u-noJsOnly\">JavaScript is disabled. For a better experience, please "
        "enable JavaScript in your browser before proceeding.</div></noscript>\n"
        "\t\t\t<div class=\"p-body-header\">\n\t\t\t\t\t<div class=\"p-title \">\n\t\t\t\t\t\t\t"
        "<h1 class=\"p-title-value\">";
    if (t.prefix) {
        out += "<span class=\"label label--blue\" dir=\"auto\">" + *t.prefix +
               "</span><span class=\"label-append\">&nbsp;</span>";
    }
    out +=
        escape_html(t.title) +
        "</h1>\n\t\t\t\t\t</div>\n\t\t\t\t\t<div class=\"p-description\">\n"
        "\t<ul class=\"listInline listInline--bullet\">\n\t\t<li>\n\t\t\t<i class=\"fa--xf far "
        "fa-user\" "
        "aria-hidden=\"true\" title=\"Thread starter\"></i>\n\t\t\t<span class=\"u-srOnly\">Thread "
        "starter</span>\n\t\t\t<a href=\"" +
        std::string(kBase) + "members/" + first.user->slug() +
        "/\" class=\"username  u-concealed\" dir=\"auto\" data-user-id=\"" +
        std::to_string(first.user->id) + "\">" + escape_html(first.user->name) +
        "</a>\n\t\t</li>\n\t\t<li>\n\t\t\t<i class=\"fa--xf far fa-clock\" aria-hidden=\"true\" "
        "title=\"Start date\"></i>\n\t\t\t<span class=\"u-srOnly\">Start date</span>\n\t\t\t<a "
        "href=\"" +
        thread_path(t) + "\" class=\"u-concealed\">" + time_element(first.date) +
        "</a>\n\t\t</li>\n\t</ul>\n</div>\n\t\t\t</div>\n";
    out +=
        "\t\t<div class=\"p-body-main  \">\n\t\t\t<div class=\"p-body-content\">\n\t\t\t\t"
        "<div class=\"p-body-pageContent\">\n\t<div class=\"samCodeUnit\" "
        "data-position=\"thread_view_above_messages\">\n\t\t\t<div class=\"samItem "
        "samLazyLoading\" "
        "data-xf-init=\"sam-lazy\" data-id=\"112\">\n\t\t\t\t<div class=\"samBannerUnit\"><a "
        "href=\"/community/ads-manager/112/click\" rel=\"nofollow sponsored\" "
        "target=\"_blank\"><img "
        "src=\"/community/data/siropu/am/user/112_1693000000.jpg\" alt=\"Support the forum\" "
        "width=\"728\" height=\"90\" /></a></div>\n\t\t\t</div>\n\t</div>\n"
        "<div class=\"block block--messages\" data-xf-init=\"\" data-type=\"post\" "
        "data-href=\"/community/inline-mod/\" data-search-target=\"*\">\n\t<span "
        "class=\"u-anchorTarget\" id=\"posts\"></span>\n";
    if (pages > 1) {
        out +=
            "\t<div class=\"block-outer\"><div class=\"block-outer-main\"><nav "
            "class=\"pageNavWrapper "
            "pageNavWrapper--mixed \">\n<div class=\"pageNav  \">\n\t<ul class=\"pageNav-main\">\n";
        for (int p = 1; p <= pages; ++p) {
            if (pages > 8 && p > 2 && p < pages - 1 && std::abs(p - page) > 1) continue;
            out += std::string("\t\t<li class=\"pageNav-page") +
                   (p == page ? " pageNav-page--current " : "") + "\"><a href=\"" +
                   page_path(t, p) + "\">" + std::to_string(p) + "</a></li>\n";
        }
        out += "\t</ul>\n</div>\n</nav>\n</div></div>\n";
    }
    out +=
        "\t<div class=\"block-container lbContainer\"\n\t\tdata-xf-init=\"lightbox "
        "select-to-quote\"\n"
        "\t\tdata-message-selector=\".js-post\"\n\t\tdata-lb-id=\"thread-" +
        std::to_string(t.id) +
        "\"\n\t\tdata-lb-universal=\"1\">\n\n\t\t<div class=\"block-body "
        "js-replyNewMessageContainer\">\n";
    size_t from = static_cast<size_t>(page - 1) * static_cast<size_t>(opt_.posts_per_page);
    size_t to = std::min(t.posts.size(), from + static_cast<size_t>(opt_.posts_per_page));
    for (size_t i = from; i < to; ++i) {
        post_html(out, t, t.posts[i]);
        if (i == from) {
            out +=
                "\n\t<script>\n\t\tvar tpl = '<div class=\"adBelowFirst\"></div>';\n\t\tif "
                "(window.innerWidth > 768) { document.write(tpl); }\n\t</script>\n";
        }
    }
    out += "\t\t</div>\n\t</div>\n</div>\n";
    // "Similar threads" widget and share bar: more links and markup, no post text.
    out +=
        "<div class=\"block\" data-widget-id=\"9\" "
        "data-widget-key=\"xfes_thread_view_below_quick_reply_similar_threads\">\n"
        "\t<div class=\"block-container\">\n\t\t<h3 class=\"block-header\">Similar threads</h3>\n"
        "\t\t<div class=\"block-body\">\n\t\t\t<div class=\"structItemContainer\">\n";
    for (int s = 0; s < 5; ++s) {
        std::int64_t other = t.id + 1 + s * 7;
        out +=
            "\t\t\t\t<div class=\"structItem structItem--thread js-inlineModContainer\" "
            "data-author=\"" +
            escape_html(t.posts[static_cast<size_t>(s) % t.posts.size()].user->name) +
            "\">\n\t\t\t\t\t<div class=\"structItem-cell structItem-cell--main\">\n\t\t\t\t\t\t"
            "<div class=\"structItem-title\"><a href=\"" +
            std::string(kBase) + "threads/" + std::to_string(other) +
            "/\" data-tp-primary=\"on\">Thread " + std::to_string(other) +
            "</a></div>\n\t\t\t\t\t\t<div class=\"structItem-minor\"><ul "
            "class=\"structItem-parts\">"
            "<li>Replies: " +
            std::to_string((other * 37) % 300) + "</li><li>" +
            escape_html(kForums[(t.forum + s) % std::size(kForums)][0]) +
            "</li></ul></div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n";
    }
    out +=
        "\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n"
        "<div class=\"blockMessage blockMessage--none\">\n\t<div class=\"shareButtons "
        "shareButtons--iconic\" "
        "data-xf-init=\"share-buttons\" data-page-url=\"\" data-page-title=\"\" "
        "data-page-desc=\"\" "
        "data-page-image=\"\">\n\t\t\t<span class=\"shareButtons-label\">Share:</span>\n\t\t\t"
        "<div class=\"shareButtons-buttons\">\n";
    static const char* kShare[] = {"facebook", "twitter",  "reddit", "pinterest",
                                   "tumblr",   "whatsApp", "email"};
    for (const char* s : kShare) {
        out += std::string(
                   "\t\t\t\t\t\t<a class=\"shareButtons-button shareButtons-button--brand "
                   "shareButtons-button--") +
               s + "\" data-href=\"https://share.example/" + s +
               "?url={url}&amp;title={title}\">\n\t\t\t\t\t\t\t<i "
               "aria-hidden=\"true\"></i>\n\t\t\t\t\t\t\t"
               "<span>" +
               s + "</span>\n\t\t\t\t\t\t</a>\n";
    }
    out += "\t\t\t</div>\n\t\t</div>\n</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n";
    // Sidebar: latest threads and who is online, as most XenForo boards show them.
    out +=
        "\t\t\t<div class=\"p-body-sidebar\">\n\t\t\t\t<div class=\"block\" data-widget-id=\"3\" "
        "data-widget-key=\"forum_overview_new_posts\">\n\t\t\t\t\t<div class=\"block-container\">"
        "\n\t\t\t\t\t\t<h3 class=\"block-minorHeader\">Latest posts</h3>\n\t\t\t\t\t\t<ul "
        "class=\"block-body\">\n";
    for (int s = 0; s < 15; ++s) {
        std::int64_t other = t.id + 3 + s * 11;
        const User& u = *t.posts[static_cast<size_t>(s * 7) % t.posts.size()].user;
        out +=
            "\t\t\t\t\t\t\t<li class=\"block-row\">\n\t\t\t\t\t\t\t\t<div class=\"contentRow\">"
            "\n\t\t\t\t\t\t\t\t\t<div class=\"contentRow-figure\"><a href=\"" +
            std::string(kBase) + "members/" + u.slug() +
            "/\" class=\"avatar avatar--xxs\" data-user-id=\"" + std::to_string(u.id) +
            "\" data-xf-init=\"member-tooltip\"><img src=\"" + std::string(kBase) +
            "data/avatars/s/" + std::to_string(u.id) + ".jpg\" alt=\"\" class=\"avatar-u" +
            std::to_string(u.id) +
            "-s\" width=\"48\" height=\"48\" loading=\"lazy\" /></a></div>\n\t\t\t\t\t\t\t\t\t"
            "<div class=\"contentRow-main contentRow-main--close\">\n\t\t\t\t\t\t\t\t\t\t<a "
            "href=\"" +
            std::string(kBase) + "threads/" + std::to_string(other) + "/post-latest\">Thread " +
            std::to_string(other) +
            "</a>\n\t\t\t\t\t\t\t\t\t\t<div class=\"contentRow-minor contentRow-minor--hideLinks\">"
            "\n\t\t\t\t\t\t\t\t\t\t\t<ul class=\"listInline listInline--bullet\">\n\t\t\t\t\t\t\t"
            "\t\t\t\t\t<li>Latest: <span class=\"username\">" +
            escape_html(u.name) +
            "</span></li>\n\t\t\t\t\t\t\t\t\t\t\t\t<li><time class=\"u-dt\" data-timestamp=\"" +
            std::to_string(first.date + s * 3600) + "\">" + visible_day(first.date + s * 3600) +
            "</time></li>\n\t\t\t\t\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t"
            "\t\t\t\t<div class=\"contentRow-minor contentRow-minor--hideLinks\"><a href=\"" +
            std::string(kBase) + "forums/forum." + std::to_string(t.forum + 10) + "/\">" +
            escape_html(kForums[t.forum][0]) +
            "</a></div>\n\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</li>\n";
    }
    out += "\t\t\t\t\t\t</ul>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n";
    out += breadcrumbs(t.forum, true);
    out += "\t</div>\n</div>\n";
    out += kFooterAndScripts;
    ordered_json ld = {
        {"@context", "https://schema.org"},
        {"@type", "DiscussionForumPosting"},
        {"@id", site + thread_path(t)},
        {"headline", t.title},
        {"articleBody", first.first_paragraph.substr(0, first.first_paragraph.rfind(' ', 300))},
        {"articleSection", kForums[t.forum][0]},
        {"author", {{"@type", "Person"}, {"name", first.user->name}}},
        {"datePublished", iso_utc(first.date)},
        {"interactionStatistic",
         {{"@type", "InteractionCounter"},
          {"interactionType", "https://schema.org/ReplyAction"},
          {"userInteractionCount", t.posts.size() - 1}}}};
    std::string ld_text = ld.dump(1, '\t');
    // "</" must not end the script element early.
    for (size_t at = ld_text.find("</"); at != std::string::npos; at = ld_text.find("</", at + 3))
        ld_text.replace(at, 2, "<\\/");
    out += "\t\t<script type=\"application/ld+json\">\n" + ld_text +
           "\n\t\t</script>\n</body>\n</html>\n";
    return out;
}

// ---- --verify: an extraction against the expectations

int verify(const std::string& expected_path) {
    std::ifstream in(expected_path);
    if (!in) {
        std::cerr << "forum-crawlgen: cannot read " << expected_path << '\n';
        return 2;
    }
    std::map<std::string, nlohmann::json> expected;
    std::string line;
    while (std::getline(in, line)) {
        auto j = nlohmann::json::parse(line);
        expected.emplace(j.at("post_id").get<std::string>(), std::move(j));
    }
    size_t seen = 0, wrong = 0, unknown = 0, duplicates = 0;
    std::map<std::string, bool> found;
    while (std::getline(std::cin, line)) {
        if (line.empty()) continue;
        auto got = nlohmann::json::parse(line);
        ++seen;
        std::string id = got.value("post_id", std::string());
        auto it = expected.find(id);
        if (it == expected.end()) {
            if (++unknown <= 5) std::cerr << "unexpected post " << id << '\n';
            continue;
        }
        if (found[id]) ++duplicates;
        found[id] = true;
        for (const auto& [key, want] : it->second.items()) {
            if (got.contains(key) && got[key] == want) continue;
            if (++wrong <= 10) {
                std::cerr << "post " << id << ": " << key << "\n  expected " << want.dump()
                          << "\n  got      " << (got.contains(key) ? got[key].dump() : "(absent)")
                          << '\n';
            }
        }
    }
    size_t missing = expected.size() - found.size();
    std::cerr << "forum-crawlgen: verified " << seen << " extracted posts against "
              << expected.size() << " expected: " << wrong << " wrong fields, " << missing
              << " missing, " << unknown << " unexpected, " << duplicates << " duplicates\n";
    return wrong == 0 && missing == 0 && unknown == 0 && duplicates == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"Writes a synthetic XenForo 2 crawl (a wget mirror) for benchmarks."};
    Options o;
    std::string verify_path;
    app.add_option("--out", o.out, "directory to write the mirror into");
    auto* posts = app.add_option("--posts", o.posts, "number of posts (threads as needed)");
    app.add_option("--threads", o.threads, "number of threads (posts as they come)")
        ->excludes(posts);
    app.add_option("--posts-per-page", o.posts_per_page, "posts on a thread page")
        ->check(CLI::Range(1, 1000));
    app.add_option("--seed", o.seed, "random seed; the same seed gives byte-identical output");
    app.add_option("--expect", o.expect,
                   "write the posts as forum-index extract should see them (JSON lines)");
    app.add_option("--verify", verify_path,
                   "compare `forum-index extract` output on stdin with an --expect file");
    CLI11_PARSE(app, argc, argv);
    try {
        if (!verify_path.empty()) return verify(verify_path);
        if (o.out.empty() || (o.posts <= 0 && o.threads <= 0)) {
            std::cerr << "forum-crawlgen: --out and --posts (or --threads) are required\n";
            return 2;
        }
        return Generator(o).run();
    } catch (const std::exception& e) {
        std::cerr << "forum-crawlgen: " << e.what() << '\n';
        return 1;
    }
}
