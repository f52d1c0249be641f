#pragma once
// The post model: what an extractor produces, what the index stores as document data, and what
// `forum-index extract` prints. The JSON field names are a public contract (README, "JSON fields").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace forum {

struct Quote {
    std::optional<std::string> author;
    std::string text;
};

struct Post {
    std::optional<std::string> post_id;  // engine's own id, as text (ids are not arithmetic)
    std::optional<int> position;         // the "#N" number within the thread
    std::optional<std::string> poster;
    std::optional<std::string> user_title;
    std::optional<std::string> joined;  // YYYY-MM-DD
    std::optional<std::int64_t> messages;
    std::optional<std::int64_t> reaction_score;
    std::optional<std::string> country;
    std::optional<std::string> location;
    std::optional<std::int64_t> date;    // seconds since the epoch, UTC
    std::optional<std::int64_t> edited;  // seconds since the epoch, UTC
    std::string text;                    // the poster's own words
    std::vector<Quote> quotes;
    std::optional<std::string> thread_id;
    std::optional<std::string> thread_title;
    std::optional<std::string> forum;
    std::optional<std::string> site;
    std::optional<std::string> thread_url;
    std::optional<std::string> url;
    std::optional<int> page;
    // The post's language as an ISO 639-1 code ("en", "ru"): detected when it is indexed
    // (indexer/extract/post_language.hpp), so extraction alone leaves it unset.
    std::optional<std::string> lang;
    std::string engine;
    std::string source;  // the file (or archive member) the post came from
};

// Field order is fixed so that golden files and script output stay stable. "lang" is there
// when set (a post from an index, not from extraction alone), and null otherwise `with_lang`
// (search output, whose columns must not depend on the index's age).
nlohmann::ordered_json to_json(const Post& post, bool with_lang = false);
Post post_from_json(const nlohmann::json& j);

}  // namespace forum
