// The engine list is the detection order, and README's "Supported engines" table says which
// order that is: the table must name exactly the listed engines, in the same order.

#include "indexer/engines/engine_list.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

namespace forum {
namespace {

// The `--engine` names of the table under "## Supported engines", top to bottom.
std::vector<std::string> readme_engine_table() {
    std::ifstream in(README_FILE);
    EXPECT_TRUE(in) << README_FILE;
    std::vector<std::string> names;
    std::string line;
    bool in_section = false;
    while (std::getline(in, line)) {
        if (line.starts_with("## ")) {
            if (in_section) break;
            in_section = line == "## Supported engines";
            continue;
        }
        if (!in_section) continue;
        if (line.starts_with("| `")) {
            names.push_back(line.substr(3, line.find('`', 3) - 3));
        } else if (!names.empty() && !line.starts_with("|")) {
            break;  // the end of the first table of the section
        }
    }
    return names;
}

TEST(EngineList, ReadmeTableListsTheDetectionOrder) {
    std::vector<std::string> listed;
    for (const Engine& e : engines())
        listed.emplace_back(e.name);
    EXPECT_EQ(readme_engine_table(), listed);
}

TEST(EngineList, NamesAreUniqueAndFound) {
    for (const Engine& e : engines()) {
        EXPECT_EQ(find_engine(e.name), &e) << e.name;
    }
    EXPECT_EQ(find_engine("phpbb2"), nullptr);
}

TEST(EngineList, GenericFallbackIsAskedLast) {
    ASSERT_FALSE(engines().empty());
    EXPECT_EQ(engines().back().name, "schemaorg");
}

}  // namespace
}  // namespace forum
