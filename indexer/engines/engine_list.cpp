#include "indexer/engines/engine_list.hpp"

#include "indexer/engines/all_engines.hpp"

namespace forum {

// The detection order. An engine whose markup another engine's detect() could also accept
// comes before it: XenForo 2 before XenForo 1, phpBB's prosilver before subsilver2, Something
// Awful (a vBulletin 3 derivative) before vBulletin. schema.org's JSON-LD is on pages of many
// engines, so it is the fallback, asked last. README's "Supported engines" table lists the
// engines in this order (tests/unit/indexer/engines/engine_list_test.cpp).
const std::vector<Engine>& engines() {
    // Built on first use, not at static initialisation, so the engines' own objects (in other
    // files) are certainly initialised by then.
    static const std::vector<Engine> list{
        xenforo2_engine,       xenforo1_engine,  phpbb3_engine,     phpbb3_subsilver2_engine,
        somethingawful_engine, mybb_engine,      vbulletin3_engine, vbulletin4_engine,
        vbulletin5_engine,     nodebb_engine,    discourse_engine,  smf2_engine,
        ips4_engine,           schemaorg_engine,
    };
    return list;
}

const Engine* find_engine(std::string_view name) {
    for (const auto& e : engines()) {
        if (e.name == name) return &e;
    }
    return nullptr;
}

}  // namespace forum
