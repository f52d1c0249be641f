#include "searcher/display_url.hpp"

#include <optional>

namespace forum {
namespace {

std::optional<unsigned char> hex_byte(std::string_view s, size_t at) {
    if (at + 3 > s.size() || s[at] != '%') return std::nullopt;
    auto digit = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    int hi = digit(s[at + 1]), lo = digit(s[at + 2]);
    if (hi < 0 || lo < 0) return std::nullopt;
    return static_cast<unsigned char>(hi * 16 + lo);
}

// The length of the UTF-8 character starting with `lead` (2-4), or 0 for a byte that starts none.
size_t sequence_length(unsigned char lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// Whether these bytes are one valid UTF-8 character (no overlong form, no surrogate, <= U+10FFFF).
bool valid_character(const std::string& b) {
    for (size_t i = 1; i < b.size(); ++i)
        if ((static_cast<unsigned char>(b[i]) & 0xC0) != 0x80) return false;
    auto lead = static_cast<unsigned char>(b[0]);
    auto second = static_cast<unsigned char>(b[1]);
    if (lead == 0xE0 && second < 0xA0) return false;
    if (lead == 0xED && second > 0x9F) return false;
    if (lead == 0xF0 && second < 0x90) return false;
    if (lead == 0xF4 && second > 0x8F) return false;
    return true;
}

}  // namespace

std::string display_url(std::string_view url) {
    std::string out;
    out.reserve(url.size());
    size_t i = 0;
    while (i < url.size()) {
        std::optional<unsigned char> lead = hex_byte(url, i);
        size_t length = lead ? sequence_length(*lead) : 0;
        if (length > 0) {
            std::string character;
            for (size_t k = 0; k < length; ++k) {
                std::optional<unsigned char> b = hex_byte(url, i + 3 * k);
                if (!b) break;
                character += static_cast<char>(*b);
            }
            if (character.size() == length && valid_character(character)) {
                out += character;
                i += 3 * length;
                continue;
            }
        }
        out += url[i++];
    }
    return out;
}

}  // namespace forum
