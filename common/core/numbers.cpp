#include "common/core/numbers.hpp"

#include <string>

#include "common/core/text.hpp"
#include "common/core/unicode.hpp"

namespace forum {
namespace {

bool is_group_separator(unsigned ch) {
    return ch == ',' || ch == '.' || ch == ' ' || ch == '\'' || ch == 0xA0 || ch == 0x202F ||
           ch == 0x2009 || ch == 0x2019;
}

bool is_minus(unsigned ch) { return ch == '-' || ch == 0x2212 || ch == 0x2013; }

// Multiplier for a trailing suffix word, or 0 when it is not a known one.
std::int64_t suffix_multiplier(std::string_view suffix) {
    std::string s = utf8_lower(trim(suffix));
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s.empty()) return 1;
    if (s == "k" || s == "к" || s == "тыс") return 1000;
    if (s == "m" || s == "м" || s == "млн") return 1000000;
    return 0;
}

}  // namespace

std::optional<std::int64_t> parse_count(std::string_view text) {
    text = trim(text);
    std::string digits;                   // integer and fraction digits without separators
    size_t fraction = 0;                  // how many of `digits` come after the decimal point
    size_t last_sep = std::string::npos;  // digits.size() at the last separator between digits
    bool pending_sep = false;
    bool negative = false;
    bool started = false;
    size_t suffix_at = text.size();
    for (unicode::Utf8Cursor it(text); !it.done(); ++it) {
        unsigned ch = *it;
        if (ch >= '0' && ch <= '9') {
            if (pending_sep) last_sep = digits.size();
            pending_sep = false;
            digits += static_cast<char>(ch);
            started = true;
        } else if (!started && is_minus(ch)) {
            negative = true;
        } else if (!started && ch == '+') {
        } else if (started && is_group_separator(ch)) {
            pending_sep = true;
        } else {
            suffix_at = it.offset();
            break;
        }
    }
    if (digits.empty()) return std::nullopt;
    std::int64_t mult = suffix_multiplier(text.substr(suffix_at));
    if (mult == 0) return std::nullopt;
    if (mult > 1 && last_sep != std::string::npos && digits.size() - last_sep < 3) {
        fraction = digits.size() - last_sep;  // "12.5K": the separator was a decimal point
    }
    if (digits.size() > 15) return std::nullopt;
    std::int64_t value = std::stoll(digits);
    for (size_t i = 0; i < fraction; ++i)
        mult /= 10;
    value *= mult;
    return negative ? -value : value;
}

}  // namespace forum
