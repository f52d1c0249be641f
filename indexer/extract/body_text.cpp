#include "indexer/extract/body_text.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <unordered_set>
#include <vector>

#include "common/core/text.hpp"

namespace forum {
namespace {

enum class Break { kNone, kLine, kParagraph };

Break break_for(const char* tag) {
    static constexpr std::array kParagraph = {"p",     "blockquote", "pre", "ul",    "ol",
                                              "table", "h1",         "h2",  "h3",    "h4",
                                              "h5",    "h6",         "hr",  "figure"};
    static constexpr std::array kLine = {"div",     "li",      "tr",      "dd",      "dt",
                                         "dl",      "section", "article", "header",  "footer",
                                         "aside",   "address", "details", "summary", "figcaption",
                                         "caption", "center",  "nav",     "main",    "form"};
    for (const char* t : kParagraph) {
        if (std::strcmp(tag, t) == 0) return Break::kParagraph;
    }
    for (const char* t : kLine) {
        if (std::strcmp(tag, t) == 0) return Break::kLine;
    }
    return Break::kNone;
}

bool never_text(const char* tag) {
    static constexpr std::array kTags = {"script", "style",  "noscript", "template", "svg",
                                         "iframe", "object", "button",   "select",   "textarea"};
    return std::any_of(kTags.begin(), kTags.end(),
                       [&](const char* t) { return std::strcmp(tag, t) == 0; });
}

// Accumulates text with pending breaks, so that nested blocks give one break, not several.
class TextBuilder {
public:
    void text(std::string_view s) {
        for (char c : s) {
            bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
            if (space) {
                pending_space_ = true;
                continue;
            }
            flush();
            out_ += c;
        }
    }
    void request(Break b) {
        if (static_cast<int>(b) > static_cast<int>(pending_break_)) pending_break_ = b;
    }
    void hard_line_break() {
        // <br>: each one counts, so "a<br><br>b" keeps its blank line.
        flush();
        out_ += '\n';
        pending_space_ = false;
    }
    std::string finish() {
        // NBSP and other Unicode spaces become plain spaces; each line is trimmed; at most one
        // blank line in a row; none at the ends.
        std::string collapsed;
        size_t blank_run = 0;
        size_t start = 0;
        while (start <= out_.size()) {
            size_t nl = out_.find('\n', start);
            if (nl == std::string::npos) nl = out_.size();
            std::string line =
                collapse_whitespace(std::string_view(out_).substr(start, nl - start));
            if (line.empty()) {
                ++blank_run;
            } else {
                if (!collapsed.empty()) collapsed += blank_run > 0 ? "\n\n" : "\n";
                collapsed += line;
                blank_run = 0;
            }
            start = nl + 1;
        }
        return collapsed;
    }

private:
    void flush() {
        if (pending_break_ != Break::kNone) {
            if (!out_.empty()) out_ += pending_break_ == Break::kParagraph ? "\n\n" : "\n";
            pending_break_ = Break::kNone;
            pending_space_ = false;
        } else if (pending_space_) {
            if (!out_.empty() && out_.back() != '\n') out_ += ' ';
            pending_space_ = false;
        }
    }

    std::string out_;
    Break pending_break_ = Break::kNone;
    bool pending_space_ = false;
};

// Walks a body with an explicit stack, not recursion: a hostile page may nest its markup millions
// of levels deep, far beyond what the call stack holds.
struct Walker {
    const Page& page;
    const BodyRules& rules;
    std::unordered_set<const xmlNode*> dropped;
    std::unordered_set<const xmlNode*> quotes;
    std::vector<Quote> found;

    // An element whose children are being read.
    struct Open {
        const xmlNode* next;          // the next child to read
        Break after;                  // what the element asks for after its content
        std::optional<size_t> quote;  // a quote's content: its entry in `found`
    };

    // The text of `root`'s content; quotes inside it go to `found`, in page order (a nested
    // quote after the one that holds it).
    std::string walk(const xmlNode* root) {
        std::vector<TextBuilder> texts(1);  // the body's, then one per quote being read
        std::vector<Open> open{{root->children, Break::kNone, std::nullopt}};
        while (!open.empty()) {
            const xmlNode* c = open.back().next;
            if (!c) {
                Open done = open.back();
                open.pop_back();
                if (done.quote) {
                    found[*done.quote].text = texts.back().finish();
                    texts.pop_back();
                } else {
                    texts.back().request(done.after);
                }
                continue;
            }
            open.back().next = c->next;
            TextBuilder& out = texts.back();
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                if (c->content) out.text(reinterpret_cast<const char*>(c->content));
                continue;
            }
            if (c->type != XML_ELEMENT_NODE) continue;
            const char* tag = reinterpret_cast<const char*>(c->name);
            if (never_text(tag) || dropped.count(c) || (rules.drop_if && rules.drop_if(c))) {
                out.request(break_for(tag));  // a dropped block still separates what surrounds it
                continue;
            }
            if (std::strcmp(tag, "br") == 0) {
                out.hard_line_break();
                continue;
            }
            if (quotes.count(c)) {
                out.request(Break::kParagraph);
                const xmlNode* content = quote_content(const_cast<xmlNode*>(c));
                open.push_back({content->children, Break::kNone, found.size() - 1});
                texts.emplace_back();
                continue;
            }
            Break b = break_for(tag);
            out.request(b);
            open.push_back({c->children, b, std::nullopt});
        }
        return texts.front().finish();
    }

    // Records the quote's author and returns the element holding its text.
    const xmlNode* quote_content(xmlNode* q) {
        found.push_back({rules.quote_author ? rules.quote_author(page, q) : std::nullopt, {}});
        if (!rules.quote_content.empty()) {
            if (xmlNode* c = page.first(q, rules.quote_content)) return c;
        }
        return q;
    }
};

constexpr std::array<std::string_view, 13> kAttributionSuffixes = {
    "said:",     "said",     "wrote:",    "wrote",    "написал(а):", "написал(а)", "написал:",
    "написала:", "schrieb:", "a écrit :", "a écrit:", "escribió:",   "posted:"};  // Something Awful
constexpr std::array<std::string_view, 5> kAttributionPrefixes = {
    "originally posted by", "quote from:", "quote:", "zitat von", "цитата:"};

}  // namespace

Body read_body(const Page& page, xmlNode* body, const BodyRules& rules) {
    Body out;
    if (!body) return out;
    Walker w{page, rules, {}, {}, {}};
    for (auto sel : rules.drop) {
        for (xmlNode* n : page.all(body, sel))
            w.dropped.insert(n);
    }
    if (!rules.quote.empty()) {
        for (xmlNode* n : page.all(body, rules.quote))
            w.quotes.insert(n);
    }
    out.text = w.walk(body);
    out.quotes = std::move(w.found);
    return out;
}

std::string strip_attribution(std::string_view text) {
    std::string s = collapse_whitespace(text);
    std::string lower = utf8_lower(s);
    for (auto prefix : kAttributionPrefixes) {
        if (lower.compare(0, prefix.size(), prefix) == 0) {
            s = collapse_whitespace(std::string_view(s).substr(prefix.size()));
            lower = utf8_lower(s);
            break;
        }
    }
    for (auto suffix : kAttributionSuffixes) {
        if (lower.size() >= suffix.size() &&
            lower.compare(lower.size() - suffix.size(), suffix.size(), suffix) == 0) {
            s = collapse_whitespace(std::string_view(s).substr(0, s.size() - suffix.size()));
            break;
        }
    }
    return s;
}

}  // namespace forum
