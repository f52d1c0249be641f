#include "common/core/post.hpp"

#include "common/core/dates.hpp"

namespace forum {
namespace {

template <typename T>
nlohmann::ordered_json or_null(const std::optional<T>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json time_or_null(const std::optional<std::int64_t>& t) {
    return t ? nlohmann::ordered_json(format_iso_utc(*t)) : nlohmann::ordered_json(nullptr);
}

template <typename T>
std::optional<T> get_opt(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    return it->get<T>();
}

std::optional<std::int64_t> get_time(const nlohmann::json& j, const char* key) {
    auto s = get_opt<std::string>(j, key);
    return s ? parse_iso8601(*s) : std::nullopt;
}

}  // namespace

nlohmann::ordered_json to_json(const Post& p, bool with_lang) {
    nlohmann::ordered_json quotes = nlohmann::ordered_json::array();
    for (const auto& q : p.quotes) {
        quotes.push_back({{"author", or_null(q.author)}, {"text", q.text}});
    }
    nlohmann::ordered_json out = {
        {"post_id", or_null(p.post_id)},
        {"position", or_null(p.position)},
        {"poster", or_null(p.poster)},
        {"user_title", or_null(p.user_title)},
        {"joined", or_null(p.joined)},
        {"messages", or_null(p.messages)},
        {"reaction_score", or_null(p.reaction_score)},
        {"country", or_null(p.country)},
        {"location", or_null(p.location)},
        {"date", time_or_null(p.date)},
        {"edited", time_or_null(p.edited)},
        {"text", p.text},
        {"quotes", std::move(quotes)},
        {"thread_id", or_null(p.thread_id)},
        {"thread_title", or_null(p.thread_title)},
        {"forum", or_null(p.forum)},
        {"site", or_null(p.site)},
        {"thread_url", or_null(p.thread_url)},
        {"url", or_null(p.url)},
        {"page", or_null(p.page)},
    };
    if (p.lang || with_lang) out["lang"] = or_null(p.lang);
    out["engine"] = p.engine;
    out["source"] = p.source;
    return out;
}

Post post_from_json(const nlohmann::json& j) {
    Post p;
    p.post_id = get_opt<std::string>(j, "post_id");
    p.position = get_opt<int>(j, "position");
    p.poster = get_opt<std::string>(j, "poster");
    p.user_title = get_opt<std::string>(j, "user_title");
    p.joined = get_opt<std::string>(j, "joined");
    p.messages = get_opt<std::int64_t>(j, "messages");
    p.reaction_score = get_opt<std::int64_t>(j, "reaction_score");
    p.country = get_opt<std::string>(j, "country");
    p.location = get_opt<std::string>(j, "location");
    p.date = get_time(j, "date");
    p.edited = get_time(j, "edited");
    p.text = j.value("text", "");
    if (auto it = j.find("quotes"); it != j.end() && it->is_array()) {
        for (const auto& q : *it) {
            p.quotes.push_back({get_opt<std::string>(q, "author"), q.value("text", "")});
        }
    }
    p.thread_id = get_opt<std::string>(j, "thread_id");
    p.thread_title = get_opt<std::string>(j, "thread_title");
    p.forum = get_opt<std::string>(j, "forum");
    p.site = get_opt<std::string>(j, "site");
    p.thread_url = get_opt<std::string>(j, "thread_url");
    p.url = get_opt<std::string>(j, "url");
    p.page = get_opt<int>(j, "page");
    p.lang = get_opt<std::string>(j, "lang");
    p.engine = j.value("engine", "");
    p.source = j.value("source", "");
    return p;
}

}  // namespace forum
