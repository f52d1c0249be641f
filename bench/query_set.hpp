#pragma once
// The query set both engines read (issue 16): one JSON object per line, written by
// forum-bench-queries and read by forum-bench-vs-fts5.
//
//   {"class": "phrase + country filter", "mix": "common",
//    "query": "\"of the\" country:\"South Korea\"",      forum-search's query text
//    "match": "\"of the\"",                             the FTS5 MATCH expression
//    "country": "South Korea", "sort": "relevance", "facets": ["country"]}
//
// "country" is null without a filter; "sort" is "relevance" or "newest"; "facets" is [] or
// ["country"]; "mix" says how a phrase was drawn ("natural", "common", "rare"; "" for words).

#include <optional>
#include <string>
#include <vector>

namespace bench {

enum class QueryClass { kTerm, kAnd, kPhrase, kPhraseCountry, kPhraseNewest, kPhraseFacets };
inline constexpr int kQueryClasses = 6;

// The names the file and the reports use, in the order above.
const char* class_name(QueryClass c);
QueryClass class_from_name(const std::string& name);  // throws std::invalid_argument

struct QuerySpec {
    QueryClass cls = QueryClass::kTerm;
    std::string mix;
    std::string query;
    std::string match;
    std::optional<std::string> country;
    bool newest = false;
    bool country_facet = false;
};

std::string to_json_line(const QuerySpec& q);
// Throws std::runtime_error naming the file and line when a line cannot be read.
std::vector<QuerySpec> read_query_set(const std::string& path);

}  // namespace bench
