#include "indexer/html/html_tree.hpp"

#include <algorithm>
#include <climits>
#include <string>

#include <libxml/HTMLparser.h>

namespace forum {
namespace {

// The text is UTF-8 by the time libxml2 sees it (charset.hpp), so <meta charset> is ignored. (It
// must be named: with IGNORE_ENC and no encoding, libxml2 reads non-ASCII bytes as ISO-8859-1.)
constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                              HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
// How far back from the parser's position an end tag is looked for: libxml2 keeps at least 80
// bytes of what it has read (LINE_LEN in parserInternals.c).
constexpr std::size_t kEndTagLookback = 80;

struct CtxtDeleter {
    void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

// The parser's own callbacks, wrapped: each counts the nodes it makes. Past the budget they make
// none (the parse runs to the end of the text, building nothing more, and the tree is thrown
// away): libxml2 2.9's HTML parser reads on past a stop asked for from inside a callback.
struct Watch {
    htmlSAXHandler built_in;
    std::size_t nodes = 0;
    std::size_t max_nodes = 0;
    bool in_text = false;  // the last node made was text, which more text joins
    bool over_budget = false;
    bool closed = false;
    bool misplaced_start = false;
};

// The watch, told what the parser is doing: it counts in `depth` the <html> and <body> start tags
// it ignores (a pasted document's), and ignores as many end tags.
Watch& watch_of(void* ctx) {
    auto* ctxt = static_cast<htmlParserCtxt*>(ctx);
    auto& w = *static_cast<Watch*>(ctxt->_private);
    if (ctxt->depth > 0) w.misplaced_start = true;
    return w;
}

// Counts `n` nodes about to be made; false when they would pass the budget.
bool spend(Watch& w, std::size_t n) {
    if (w.over_budget) return false;
    w.nodes += n;
    w.over_budget = w.nodes > w.max_nodes;
    return !w.over_budget;
}

// Whether the parser has just read an end tag </body> or </html>. libxml2 also ends the elements
// it closes by itself (at the end of the text, among others), with nothing of the kind before it.
bool just_read_page_end(const htmlParserCtxt* ctxt) {
    const xmlParserInput* in = ctxt->input;
    if (!in || !in->base || !in->cur || in->cur == in->base || in->cur[-1] != '>') return false;
    std::size_t back = std::min<std::size_t>(in->cur - in->base, kEndTagLookback);
    std::string_view before(reinterpret_cast<const char*>(in->cur - back), back);
    std::size_t lt = before.rfind('<');
    if (lt == std::string_view::npos || before.substr(lt, 2) != "</") return false;
    std::string name;
    for (char c : before.substr(lt + 2)) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
        name += static_cast<char>(c | 0x20);
    }
    return name == "html" || name == "body";
}

void on_start_element(void* ctx, const xmlChar* name, const xmlChar** atts) {
    Watch& w = watch_of(ctx);
    std::size_t n = 1;
    for (const xmlChar** a = atts; a && *a; a += 2)
        n += a[1] ? 2 : 1;  // the attribute, and its value as a text node
    w.in_text = false;
    if (spend(w, n)) w.built_in.startElement(ctx, name, atts);
}

void on_end_element(void* ctx, const xmlChar* name) {
    Watch& w = watch_of(ctx);
    w.in_text = false;
    if (w.over_budget) return;
    if (just_read_page_end(static_cast<htmlParserCtxt*>(ctx))) w.closed = true;
    w.built_in.endElement(ctx, name);
}

void on_characters(void* ctx, const xmlChar* text, int len) {
    Watch& w = watch_of(ctx);
    if (spend(w, w.in_text ? 0 : 1)) w.built_in.characters(ctx, text, len);
    w.in_text = true;
}

void on_cdata(void* ctx, const xmlChar* text, int len) {
    Watch& w = watch_of(ctx);
    if (spend(w, w.in_text ? 0 : 1)) w.built_in.cdataBlock(ctx, text, len);
    w.in_text = true;
}

void on_comment(void* ctx, const xmlChar* text) {
    Watch& w = watch_of(ctx);
    w.in_text = false;
    if (spend(w, 1)) w.built_in.comment(ctx, text);
}

void on_processing_instruction(void* ctx, const xmlChar* target, const xmlChar* data) {
    Watch& w = watch_of(ctx);
    w.in_text = false;
    if (spend(w, 1)) w.built_in.processingInstruction(ctx, target, data);
}

void on_internal_subset(void* ctx, const xmlChar* name, const xmlChar* external_id,
                        const xmlChar* system_id) {
    Watch& w = watch_of(ctx);
    w.in_text = false;
    if (spend(w, 1)) w.built_in.internalSubset(ctx, name, external_id, system_id);
}

}  // namespace

HtmlTree parse_html(std::string_view utf8, std::size_t max_nodes) {
    HtmlTree tree;
    std::unique_ptr<htmlParserCtxt, CtxtDeleter> ctxt(htmlNewParserCtxt());
    if (!ctxt || !ctxt->sax || utf8.size() > static_cast<std::size_t>(INT_MAX)) return tree;
    Watch w;
    w.built_in = *ctxt->sax;
    w.max_nodes = max_nodes;
    // The built-in HTML handler has every one of these (libxml2's SAX2 tree builder).
    if (!w.built_in.startElement || !w.built_in.endElement || !w.built_in.characters ||
        !w.built_in.cdataBlock || !w.built_in.comment || !w.built_in.processingInstruction ||
        !w.built_in.internalSubset) {
        return tree;
    }
    ctxt->_private = &w;
    ctxt->sax->startElement = on_start_element;
    ctxt->sax->endElement = on_end_element;
    ctxt->sax->characters = on_characters;
    ctxt->sax->cdataBlock = on_cdata;
    ctxt->sax->comment = on_comment;
    ctxt->sax->processingInstruction = on_processing_instruction;
    ctxt->sax->internalSubset = on_internal_subset;
    tree.doc.reset(htmlCtxtReadMemory(ctxt.get(), utf8.data(), static_cast<int>(utf8.size()),
                                      nullptr, "UTF-8", kParseOptions));
    tree.over_budget = w.over_budget;
    tree.closed = w.closed;
    tree.end_tags_ignored = w.misplaced_start;
    if (tree.over_budget) tree.doc.reset();
    return tree;
}

}  // namespace forum
