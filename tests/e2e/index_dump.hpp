#pragma once
// An index's posts as comparable text, to check that an index equals a clean build's.

#include <map>
#include <string>

namespace e2e {

// Unique term -> everything the document holds (data, terms with wdf, values), but the display
// name of the source it was read from (a clean build names what it was given; a later
// incremental run may name it absolutely) and the crawl time of the winning copy (a file touched
// with the same bytes is not re-read, so it keeps the time its copy was first read with).
// Adds a test failure for two documents of one post.
std::map<std::string, std::string> dump(const std::string& db_path);

// Adds a test failure for every post missing from `got`, every extra one, and every one whose
// document differs.
void expect_same_posts(const std::map<std::string, std::string>& got,
                       const std::map<std::string, std::string>& expected);

}  // namespace e2e
