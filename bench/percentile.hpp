#pragma once
// The latency figures every bench tool reports: the p-th percentile of a sample, nearest rank.

#include <algorithm>
#include <vector>

namespace bench {

inline double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t i = static_cast<size_t>(p / 100.0 * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

}  // namespace bench
