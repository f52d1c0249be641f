#pragma once
// The timeline of a result page: matches per month drawn server-side as SVG, each bar a link
// that narrows the query to its month (the query plus date:YYYY-MM).

#include <functional>
#include <string>

#include "searcher/histogram.hpp"

namespace forum::http {

// `link_for(period)` gives the href of a bar; each bar's title names its month and count. ""
// when the histogram has no dated posts. The axis labels are the caller's (HTML text keeps its
// size when the drawing is stretched to the page's width).
std::string timeline_svg(const Histogram& histogram,
                         const std::function<std::string(const std::string&)>& link_for);

}  // namespace forum::http
