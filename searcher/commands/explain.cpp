// forum-search explain QUERY: how a query is read — its fields and what each became, its terms,
// and Xapian's description of the query it runs.

#include <iostream>
#include <set>

#include "common/core/exit_codes.hpp"
#include "common/core/json_text.hpp"
#include "searcher/commands/commands.hpp"
#include "searcher/date_range.hpp"
#include "searcher/query.hpp"

namespace forum::commands {

int run_explain(const ExplainOptions& o) {
    std::int64_t now = 0;
    try {
        now = search_now();
    } catch (const DateError& e) {
        std::cerr << "forum-search: " << e.what() << '\n';
        return exit_code::kUsage;
    }
    SearchIndex index;
    if (!open_or_report(o.db, index)) return exit_code::kIndexError;
    std::string text = join_words(o.words);
    try {
        QueryBuilder builder(index.db, index.stemmer, now);
        Xapian::Query q = builder.parse(text);
        if (!o.since.empty() || !o.until.empty()) {
            q = Xapian::Query(Xapian::Query::OP_FILTER, q, builder.date_filter(o.since, o.until));
        }
        std::vector<std::string> terms;
        for (auto it = q.get_unique_terms_begin(); it != q.get_unique_terms_end(); ++it)
            terms.push_back(*it);
        if (o.format == "json") {
            nlohmann::ordered_json fields = nlohmann::ordered_json::array();
            for (const auto& f : builder.fields())
                fields.push_back({{"field", f.field}, {"value", f.value}, {"meaning", f.meaning}});
            nlohmann::ordered_json j = {{"format_version", kFormatVersion},
                                        {"query", text},
                                        {"fields", std::move(fields)},
                                        {"terms", terms},
                                        {"xapian", q.get_description()}};
            std::cout << json_text(j) << '\n';
        } else {
            std::cout << "query:   " << text << '\n';
            for (const auto& f : builder.fields())
                std::cout << "field:   " << f.field << ':' << f.value << "  →  " << f.meaning
                          << '\n';
            std::cout << "terms:  ";
            for (const auto& t : terms)
                std::cout << ' ' << t;
            std::cout << "\nxapian:  " << q.get_description() << '\n';
        }
        return exit_code::kHits;
    } catch (const Xapian::QueryParserError& e) {
        std::cerr << "forum-search: bad query: " << e.get_msg() << '\n';
        return exit_code::kUsage;
    } catch (const Xapian::Error& e) {
        std::cerr << "forum-search: " << o.db << ": " << e.get_description() << '\n';
        return exit_code::kIndexError;
    }
}

}  // namespace forum::commands
