#pragma once
// libxml2's HTML parser, watched while it builds the tree: a budget on the nodes it makes, so that
// a page of tiny elements cannot take gigabytes (each node costs some 130 bytes, several times
// the markup that makes it), and whether the page's own end tag was parsed, so that a download
// cut short is told from a page with more after </html>.

#include <cstddef>
#include <memory>
#include <string_view>

#include <libxml/tree.h>

namespace forum {

struct HtmlTree {
    struct DocDeleter {
        void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
    };
    std::unique_ptr<xmlDoc, DocDeleter> doc;  // null when over budget
    bool over_budget = false;  // parsing stopped after `max_nodes`: the page is refused
    bool closed = false;       // an end tag </body> or </html> was parsed (not implied at the end)
    // <html> or <body> was opened a second time (a pasted document): libxml2 ignored that, and as
    // many end tags of either, which may have been the page's own.
    bool end_tags_ignored = false;
};

// Nodes are elements, attributes, attribute values, text runs and comments. `utf8` is valid UTF-8
// without NUL bytes (libxml2 stops at a NUL).
HtmlTree parse_html(std::string_view utf8, std::size_t max_nodes);

}  // namespace forum
