#pragma once
// What vBulletin 3, 4 and 5 and its derivatives (Something Awful) share: "Originally Posted by
// <strong>NAME</strong>" quote headers, "Last edited by NAME; DATE at TIME." notes, and thread
// ids in showthread.php URLs (?t=N, ?threadid=N, /N-slug).

#include <optional>
#include <string>
#include <string_view>

#include <libxml/tree.h>

#include "indexer/html/page.hpp"

namespace forum {

// The author named by a quote's header element ("Originally Posted by <strong>NAME</strong>",
// "NAME posted:"): the <strong> when there is one, else the text without its attribution words.
std::optional<std::string> vb_quote_author(const Page& page, const xmlNode* header);

// The instant in an edit note: "Last edited by NAME; 06-15-2016 at 05:21 PM.", "Last edited by
// NAME; Today at 10:12 AM.", "NAME fucked around with this message at Sep 20, 2012 around 18:08".
std::optional<std::int64_t> vb_edit_time(const Page& page, const xmlNode* note);

// The thread id a vBulletin URL names: showthread.php?t=N / ?threadid=N, showthread.php/N-slug,
// vB5 .../N-slug[/pageM]. Null when the URL names none.
std::optional<std::string> vb_thread_id(std::string_view url);

}  // namespace forum
