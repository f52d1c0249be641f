#include "indexer/engine.hpp"

#include <algorithm>

namespace forum {
namespace {

std::vector<Engine>& registry() {
    static std::vector<Engine> all;
    return all;
}

}  // namespace

bool register_engine(const Engine& engine) {
    auto& all = registry();
    all.push_back(engine);
    std::stable_sort(all.begin(), all.end(), [](const Engine& a, const Engine& b) {
        return a.detect_order < b.detect_order;
    });
    return true;
}

const std::vector<Engine>& engines() { return registry(); }

const Engine* find_engine(std::string_view name) {
    for (const auto& e : registry()) {
        if (e.name == name) return &e;
    }
    return nullptr;
}

}  // namespace forum
