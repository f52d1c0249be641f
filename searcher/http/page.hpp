#pragma once
// The web page, rendered on the server: it works with JavaScript off (the page has none) and
// loads nothing but its own style sheet.
//   GET /            the search box; with q, the hits (sort, offset), facets that add filters,
//                    a timeline of matches per month, download links; every URL a permalink
//   GET /thread      a thread's posts in order (id), the hit (hit=POST) marked and scrolled to
//   GET /style.css   the style sheet

#include <string>

#include <httplib.h>

#include "searcher/http/api.hpp"

namespace forum::http {

void add_page(httplib::Server& server, const Service& service);

// An HTML page saying what went wrong, with the status; `q` stays in the search box.
void send_error_page(httplib::Response& res, int status, const std::string& message,
                     const std::string& q = "");

// The style sheet (style.cpp).
const std::string& style_sheet();

}  // namespace forum::http
