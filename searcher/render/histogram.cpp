// --histogram: a bar chart for people, {"histogram": [{"period", "count"}, ...]} for scripts.

#include <algorithm>

#include "searcher/render/render.hpp"

namespace forum {
namespace {

// The longest bar, in characters: the chart fits an 80-column terminal.
constexpr size_t kBarWidth = 50;

}  // namespace

void render_histogram_text(const Histogram& h, std::ostream& out) {
    Xapian::doccount most = 0;
    for (const PeriodCount& c : h.counts)
        most = std::max(most, c.count);
    for (const PeriodCount& c : h.counts) {
        // Every period with posts gets a bar of at least one block.
        size_t bar = most == 0 ? 0 : (c.count * kBarWidth + most - 1) / most;
        out << c.period << "  ";
        for (size_t i = 0; i < bar; ++i)
            out << "█";
        out << (bar > 0 ? " " : "") << c.count << '\n';
    }
    if (h.undated > 0) {
        out << "(" << h.undated << (h.undated == 1 ? " matched post has" : " matched posts have")
            << " no date)\n";
    }
}

void add_histogram_json(const Histogram& h, nlohmann::ordered_json& j) {
    nlohmann::ordered_json counts = nlohmann::ordered_json::array();
    for (const PeriodCount& c : h.counts)
        counts.push_back({{"period", c.period}, {"count", c.count}});
    j["histogram"] = std::move(counts);
    j["undated_posts"] = h.undated;
}

}  // namespace forum
