#include "searcher/http/timeline.hpp"

#include <algorithm>

#include "searcher/http/html.hpp"

namespace forum::http {
namespace {

constexpr int kWidth = 600, kHeight = 80;

std::string num(double v) {
    std::string s = std::to_string(static_cast<int>(v * 10 + 0.5));
    if (s.size() == 1) s = "0" + s;
    return s.substr(0, s.size() - 1) + "." + s.back();
}

}  // namespace

std::string timeline_svg(const Histogram& histogram,
                         const std::function<std::string(const std::string&)>& link_for) {
    const auto& counts = histogram.counts;
    if (counts.empty()) return "";
    Xapian::doccount most = 0;
    for (const PeriodCount& c : counts)
        most = std::max(most, c.count);
    if (most == 0) return "";
    const double slot = static_cast<double>(kWidth) / static_cast<double>(counts.size());
    const double bar = std::clamp(slot * 0.8, 1.0, 48.0);
    const int plot = kHeight;
    // Stretched to the page's width at a fixed height; the labels are the page's own text.
    std::string svg = "<svg class=\"timeline\" viewBox=\"0 0 " + std::to_string(kWidth) + " " +
                      std::to_string(kHeight) +
                      "\" preserveAspectRatio=\"none\" role=\"img\" "
                      "aria-label=\"Matching posts per month\">";
    for (size_t i = 0; i < counts.size(); ++i) {
        const PeriodCount& c = counts[i];
        const double h = c.count == 0 ? 0 : std::max(2.0, plot * double(c.count) / double(most));
        const std::string label =
            c.period + ": " + std::to_string(c.count) + (c.count == 1 ? " post" : " posts");
        // The whole column is the link, so a month with few posts is still easy to hit.
        svg += "<a href=\"" + escape(link_for(c.period)) + "\"><title>" + escape(label) +
               "</title><rect class=\"hit-area\" x=\"" + num(slot * double(i)) +
               "\" y=\"0\" width=\"" + num(slot) + "\" height=\"" + std::to_string(plot) +
               "\"/><rect class=\"bar\" x=\"" + num(slot * double(i) + (slot - bar) / 2) +
               "\" y=\"" + num(plot - h) + "\" width=\"" + num(bar) + "\" height=\"" + num(h) +
               "\"/></a>";
    }
    return svg + "</svg>";
}

}  // namespace forum::http
