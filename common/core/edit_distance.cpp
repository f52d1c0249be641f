#include "common/core/edit_distance.hpp"

#include <algorithm>
#include <vector>

#include "common/core/unicode.hpp"

namespace forum {
namespace {

std::vector<unsigned> code_points(std::string_view s) {
    std::vector<unsigned> out;
    for (unicode::Utf8Cursor c(s); !c.done(); ++c)
        out.push_back(*c);
    return out;
}

}  // namespace

size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<unsigned> x = code_points(a), y = code_points(b);
    // d[i][j]: the distance of x[0..i) and y[0..j).
    std::vector<std::vector<size_t>> d(x.size() + 1, std::vector<size_t>(y.size() + 1));
    for (size_t i = 0; i <= x.size(); ++i)
        d[i][0] = i;
    for (size_t j = 0; j <= y.size(); ++j)
        d[0][j] = j;
    for (size_t i = 1; i <= x.size(); ++i) {
        for (size_t j = 1; j <= y.size(); ++j) {
            d[i][j] = std::min(
                {d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] != y[j - 1])});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);  // two letters swapped
            }
        }
    }
    return d[x.size()][y.size()];
}

size_t common_prefix_length(std::string_view a, std::string_view b) {
    unicode::Utf8Cursor x(a), y(b);
    size_t n = 0;
    for (; !x.done() && !y.done() && *x == *y; ++x, ++y)
        ++n;
    return n;
}

}  // namespace forum
