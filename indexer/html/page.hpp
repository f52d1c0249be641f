#pragma once
// A parsed page: the libxml2 tree of one saved HTML page, with what every engine needs from it
// (element lookup by selector, URL resolution, the date context) and what the page says about
// itself (canonical URL, truncation).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

#include "common/core/dates.hpp"
#include "common/core/time_zone.hpp"
#include "indexer/html/html_tree.hpp"
#include "indexer/input/raw_page.hpp"

namespace forum {

// A page's markup may make at most one node (element, attribute, text, comment) per this many
// bytes of --max-page-size. Real pages make one per 13 to 70 bytes; a node costs libxml2 some 130
// bytes, so a page of tiny elements took 56 times its size without a budget.
constexpr std::size_t kBytesPerNode = 16;

struct ParseOptions {
    int utc_offset_seconds = 0;            // zone for page times that carry none (--timezone)
    std::shared_ptr<const TimeZone> zone;  // instead of the offset: an IANA zone (--timezone)
    std::size_t max_nodes = kDefaultMaxPageBytes / kBytesPerNode;  // more: refused (too_large)
};

class Page {
public:
    // Never fails on bad markup (libxml2 recovers); check `usable()` for pages with no tree.
    static Page parse(RawPage raw, const ParseOptions& options = {});

    bool usable() const { return doc_ != nullptr && root() != nullptr; }
    // The markup would make more nodes than ParseOptions::max_nodes: no tree was kept.
    bool over_node_budget() const { return over_node_budget_; }
    xmlNode* root() const;

    // Elements under `scope` (or the whole page) matching a selector (see selector.hpp).
    std::vector<xmlNode*> all(xmlNode* scope, std::string_view selector) const;
    std::vector<xmlNode*> all(std::string_view selector) const { return all(root(), selector); }
    xmlNode* first(xmlNode* scope, std::string_view selector) const;
    xmlNode* first(std::string_view selector) const { return first(root(), selector); }

    // An absolute URL for an href on the page (against <base>, then the page URL).
    std::string resolve(std::string_view href) const;

    const std::string& source() const { return raw_.source; }
    // An archive member's path in its archive; "" for other pages.
    const std::string& saved_as() const { return raw_.saved_as; }
    std::int64_t crawl_time() const { return raw_.crawl_time; }
    const DateContext& dates() const { return dates_; }
    // The charset the page was read in, what it declared, whether the declaration had to be
    // overruled because the bytes did not fit it, whether the charset was guessed from the bytes
    // (nothing usable declared), and how many bytes did not fit it (each read as U+FFFD).
    const std::string& encoding() const { return encoding_; }
    const std::string& declared_charset() const { return declared_charset_; }
    bool charset_fallback() const { return charset_fallback_; }
    bool charset_detected() const { return charset_detected_; }
    std::size_t replaced_bytes() const { return replaced_bytes_; }

    // The page's own URL: <link rel=canonical>, else og:url, else where it was fetched from
    // (WARC), saved from (HTTrack's comment) or mirrored to (a wget/HTTrack host/path layout).
    const std::string& url() const { return url_; }
    // How deep the element tree goes. libxml2 stops silently at kLibxmlDepthLimit unless told
    // otherwise (it is told: XML_PARSE_HUGE), so deeper pages are read in full but reported.
    static constexpr int kLibxmlDepthLimit = 256;
    int depth() const { return depth_; }
    // True when the page has no end tag </html> (or </body>): an interrupted download. What comes
    // after that end tag (comments, scripts a host appends) does not matter.
    bool truncated() const { return truncated_; }
    // NUL bytes taken out of the text before parsing (libxml2 stops at the first one).
    std::size_t nul_bytes() const { return nul_bytes_; }
    // The <meta name=generator> content, for engine detection.
    std::string generator() const;

private:
    Page() = default;
    void find_url();

    RawPage raw_;
    std::unique_ptr<xmlDoc, HtmlTree::DocDeleter> doc_;
    std::string encoding_;
    std::string declared_charset_;
    bool charset_fallback_ = false;
    bool charset_detected_ = false;
    std::size_t replaced_bytes_ = 0;
    bool truncated_ = false;
    bool over_node_budget_ = false;
    std::size_t nul_bytes_ = 0;
    int depth_ = 0;
    std::string base_;
    std::string url_;
    DateContext dates_;
};

// Small readers over libxml2 nodes.
std::string attr(const xmlNode* node, const char* name);  // "" when absent
bool has_attr(const xmlNode* node, const char* name);
bool has_class(const xmlNode* node, std::string_view cls);
bool is_element(const xmlNode* node, const char* tag = nullptr);
// The text of a node and its descendants, whitespace collapsed, scripts and styles left out.
std::string text_of(const xmlNode* node);

}  // namespace forum
