#include "index_dump.hpp"

#include <gtest/gtest.h>
#include <xapian.h>

#include <nlohmann/json.hpp>

#include "common/schema/schema.hpp"

namespace e2e {

std::map<std::string, std::string> dump(const std::string& db_path) {
    Xapian::Database db(db_path);
    std::map<std::string, std::string> out;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        Xapian::Document doc = db.get_document(*it);
        std::string id, terms;
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
            if ((*t).starts_with("Q")) id = *t;
            terms += *t + "|" + std::to_string(t.get_wdf()) + " ";
        }
        nlohmann::ordered_json data = forum::to_json(forum::schema::post_from_document(doc));
        data.erase("source");
        std::string values;
        for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
            if (v.get_valueno() == forum::schema::kWinnerCrawl) continue;
            values += std::to_string(v.get_valueno()) + "=" + *v + " ";
        }
        EXPECT_FALSE(out.count(id)) << "two documents for " << id;
        out[id] = data.dump() + "\n" + terms + "\n" + values;
    }
    return out;
}

void expect_same_posts(const std::map<std::string, std::string>& got,
                       const std::map<std::string, std::string>& expected) {
    EXPECT_EQ(got.size(), expected.size());
    for (const auto& [id, doc] : expected) {
        auto it = got.find(id);
        if (it == got.end()) {
            ADD_FAILURE() << "missing " << id;
        } else {
            EXPECT_EQ(it->second, doc) << id;
        }
    }
    for (const auto& [id, doc] : got) {
        if (!expected.count(id)) ADD_FAILURE() << "extra " << id;
    }
}

}  // namespace e2e
