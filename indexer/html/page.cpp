#include "indexer/html/page.hpp"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include <libxml/uri.h>
#include <libxml/xpath.h>

#include "common/core/text.hpp"
#include "indexer/html/page_url.hpp"
#include "indexer/html/selector.hpp"
#include "indexer/input/charset.hpp"

namespace forum {
namespace {

constexpr size_t kTailBytes = 4096;

struct XPathDeleter {
    void operator()(xmlXPathCompExpr* e) const { xmlXPathFreeCompExpr(e); }
    void operator()(xmlXPathContext* c) const { xmlXPathFreeContext(c); }
    void operator()(xmlXPathObject* o) const { xmlXPathFreeObject(o); }
    void operator()(xmlChar* s) const { xmlFree(s); }
};
template <typename T>
using XmlPtr = std::unique_ptr<T, XPathDeleter>;

// Raw XPath selectors are compiled once per thread (libxml2 objects are not shared between
// threads).
xmlXPathCompExpr* compiled_xpath(const std::string& xpath) {
    thread_local std::unordered_map<std::string, XmlPtr<xmlXPathCompExpr>> cache;
    auto it = cache.find(xpath);
    if (it == cache.end()) {
        XmlPtr<xmlXPathCompExpr> expr(
            xmlXPathCompile(reinterpret_cast<const xmlChar*>(xpath.c_str())));
        if (!expr) throw std::invalid_argument("XPath does not compile: " + xpath);
        it = cache.emplace(xpath, std::move(expr)).first;
    }
    return it->second.get();
}

bool skipped_for_text(const xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return false;
    const char* name = reinterpret_cast<const char*>(n->name);
    return std::strcmp(name, "script") == 0 || std::strcmp(name, "style") == 0 ||
           std::strcmp(name, "noscript") == 0 || std::strcmp(name, "template") == 0;
}

// The text under `node`, in document order. Iterative (parent links, no stack): a hostile page
// may nest elements millions of levels deep.
void append_text(const xmlNode* node, std::string& out) {
    const xmlNode* c = node->children;
    while (c) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            if (c->content) out += reinterpret_cast<const char*>(c->content);
        } else if (c->type == XML_ELEMENT_NODE && !skipped_for_text(c) && c->children) {
            c = c->children;
            continue;
        } else if (is_element(c, "br")) {
            out += ' ';
        }
        // Leave finished elements, each a space if it is a <br>, until one has a next sibling.
        while (!c->next && c->parent != node) {
            c = c->parent;
            if (is_element(c, "br")) out += ' ';
        }
        c = c->next;
    }
}

int tree_depth(const xmlNode* root) {
    int deepest = 0;
    int depth = 0;
    const xmlNode* n = root;
    // Iterative, so that a pathological page cannot overflow the stack here.
    while (n) {
        if (n->type == XML_ELEMENT_NODE) deepest = std::max(deepest, depth + 1);
        if (n->children && n->type == XML_ELEMENT_NODE) {
            n = n->children;
            ++depth;
            continue;
        }
        while (n && !n->next && n != root) {
            n = n->parent;
            --depth;
        }
        if (!n || n == root) break;
        n = n->next;
    }
    return deepest;
}

// Whether an end tag </html> or </body> is among the text's last bytes: the page's own, when the
// parser ignored them (HtmlTree::end_tags_ignored).
bool ends_with_end_tag(std::string_view text) {
    std::string_view tail = text.substr(text.size() > kTailBytes ? text.size() - kTailBytes : 0);
    std::string lower(tail);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return lower.find("</html") != std::string::npos || lower.find("</body") != std::string::npos;
}

}  // namespace

Page Page::parse(RawPage raw, const ParseOptions& options) {
    Page page;
    Charset cs = choose_charset(raw.bytes, raw.http_charset);
    std::string text = to_utf8(raw.bytes, cs);
    page.encoding_ = cs.encoding;
    page.declared_charset_ = cs.declared;
    page.charset_fallback_ = cs.fallback;
    page.charset_detected_ = cs.detected;
    page.replaced_bytes_ = cs.replaced;
    // libxml2 ends the document at a NUL, silently. NULs carry no text (browsers drop them too).
    page.nul_bytes_ = std::erase(text, '\0');
    if (raw.url.empty()) raw.url = httrack_url(text);
    if (raw.url.empty()) raw.url = mirror_url(raw.saved_as.empty() ? raw.source : raw.saved_as);
    page.raw_ = std::move(raw);
    page.raw_.bytes = std::string();  // the text holds the content now, then the tree
    HtmlTree tree = parse_html(text, options.max_nodes);
    page.doc_ = std::move(tree.doc);
    page.over_node_budget_ = tree.over_budget;
    page.truncated_ = !tree.closed && !(tree.end_tags_ignored && ends_with_end_tag(text));
    page.dates_.now = page.raw_.crawl_time;
    page.dates_.utc_offset_seconds = options.utc_offset_seconds;
    page.dates_.zone = options.zone;
    if (page.usable()) {
        page.depth_ = tree_depth(page.root());
        page.find_url();
    }
    return page;
}

xmlNode* Page::root() const { return doc_ ? xmlDocGetRootElement(doc_.get()) : nullptr; }

std::vector<xmlNode*> Page::all(xmlNode* scope, std::string_view text) const {
    if (!scope || !doc_) return {};
    const Selector& sel = selector(text);
    if (!sel.is_xpath()) return sel.select(scope);
    std::vector<xmlNode*> out;
    XmlPtr<xmlXPathContext> ctx(xmlXPathNewContext(doc_.get()));
    ctx->node = scope;
    XmlPtr<xmlXPathObject> result(xmlXPathCompiledEval(compiled_xpath(sel.xpath()), ctx.get()));
    if (result && result->type == XPATH_NODESET && result->nodesetval) {
        out.assign(result->nodesetval->nodeTab,
                   result->nodesetval->nodeTab + result->nodesetval->nodeNr);
    }
    return out;
}

xmlNode* Page::first(xmlNode* scope, std::string_view text) const {
    if (!scope || !doc_) return nullptr;
    const Selector& sel = selector(text);
    if (!sel.is_xpath()) return sel.first(scope);
    auto nodes = all(scope, text);
    return nodes.empty() ? nullptr : nodes.front();
}

std::string Page::resolve(std::string_view href) const {
    std::string h(trim(href));
    if (h.empty()) return {};
    const std::string& base = !base_.empty() ? base_ : url_;
    if (base.empty()) return h;
    XmlPtr<xmlChar> built(xmlBuildURI(reinterpret_cast<const xmlChar*>(h.c_str()),
                                      reinterpret_cast<const xmlChar*>(base.c_str())));
    return built ? std::string(reinterpret_cast<const char*>(built.get())) : h;
}

std::string Page::generator() const {
    return attr(first("head > meta[name=generator]"), "content");
}

void Page::find_url() {
    // The page's URL: canonical, else og:url, else where it was fetched from (WARC), saved from
    // (HTTrack's comment) or mirrored to (a host/path layout). Relative hrefs resolve against
    // <base>, else the URL it was fetched from, else that URL.
    std::string og = attr(first("head > meta[property='og:url']"), "content");
    url_ = !raw_.url.empty() ? raw_.url : og;
    std::string base = attr(first("head > base[href]"), "href");
    if (!base.empty()) base_ = resolve(base);
    std::string canonical = attr(first("head > link[rel=canonical]"), "href");
    if (!canonical.empty()) {
        url_ = resolve(canonical);
    } else if (!og.empty()) {
        url_ = resolve(og);
    }
}

std::string attr(const xmlNode* node, const char* name) {
    if (!node || node->type != XML_ELEMENT_NODE) return {};
    XmlPtr<xmlChar> v(xmlGetProp(node, reinterpret_cast<const xmlChar*>(name)));
    return v ? std::string(reinterpret_cast<const char*>(v.get())) : std::string();
}

bool has_attr(const xmlNode* node, const char* name) {
    return node && node->type == XML_ELEMENT_NODE &&
           xmlHasProp(node, reinterpret_cast<const xmlChar*>(name)) != nullptr;
}

bool has_class(const xmlNode* node, std::string_view cls) {
    std::string classes = attr(node, "class");
    std::string_view rest = classes;
    while (!rest.empty()) {
        size_t start = rest.find_first_not_of(" \t\r\n\f");
        if (start == std::string_view::npos) break;
        rest.remove_prefix(start);
        size_t end = rest.find_first_of(" \t\r\n\f");
        if (rest.substr(0, end) == cls) return true;
        if (end == std::string_view::npos) break;
        rest.remove_prefix(end);
    }
    return false;
}

bool is_element(const xmlNode* node, const char* tag) {
    return node && node->type == XML_ELEMENT_NODE &&
           (!tag || std::strcmp(reinterpret_cast<const char*>(node->name), tag) == 0);
}

std::string text_of(const xmlNode* node) {
    if (!node) return {};
    std::string raw;
    if (node->type == XML_TEXT_NODE) {
        if (node->content) raw = reinterpret_cast<const char*>(node->content);
    } else {
        append_text(node, raw);
    }
    return collapse_whitespace(raw);
}

}  // namespace forum
