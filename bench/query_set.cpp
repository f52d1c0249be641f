#include "bench/query_set.hpp"

#include <fstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace bench {
namespace {

const char* const kNames[kQueryClasses] = {
    "single term",          "AND of two terms",       "phrase", "phrase + country filter",
    "phrase, newest first", "phrase + country facets"};

}  // namespace

const char* class_name(QueryClass c) { return kNames[static_cast<int>(c)]; }

QueryClass class_from_name(const std::string& name) {
    for (int i = 0; i < kQueryClasses; ++i)
        if (name == kNames[i]) return static_cast<QueryClass>(i);
    throw std::invalid_argument("unknown query class \"" + name + "\"");
}

std::string to_json_line(const QuerySpec& q) {
    nlohmann::ordered_json j = {{"class", class_name(q.cls)},
                                {"mix", q.mix},
                                {"query", q.query},
                                {"match", q.match},
                                {"country", nullptr},
                                {"sort", q.newest ? "newest" : "relevance"},
                                {"facets", nlohmann::json::array()}};
    if (q.country) j["country"] = *q.country;
    if (q.country_facet) j["facets"].push_back("country");
    return j.dump();
}

std::vector<QuerySpec> read_query_set(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<QuerySpec> out;
    std::string line;
    for (size_t n = 1; std::getline(in, line); ++n) {
        if (line.empty()) continue;
        try {
            auto j = nlohmann::json::parse(line);
            QuerySpec q;
            q.cls = class_from_name(j.at("class").get<std::string>());
            q.mix = j.value("mix", std::string());
            q.query = j.at("query").get<std::string>();
            q.match = j.at("match").get<std::string>();
            if (j.at("country").is_string()) q.country = j["country"].get<std::string>();
            std::string sort = j.at("sort").get<std::string>();
            if (sort != "relevance" && sort != "newest")
                throw std::invalid_argument("unknown sort \"" + sort + "\"");
            q.newest = sort == "newest";
            for (const auto& f : j.at("facets")) {
                if (f != "country") throw std::invalid_argument("unknown facet " + f.dump());
                q.country_facet = true;
            }
            out.push_back(std::move(q));
        } catch (const std::exception& e) {
            throw std::runtime_error(path + ":" + std::to_string(n) + ": " + e.what());
        }
    }
    return out;
}

}  // namespace bench
