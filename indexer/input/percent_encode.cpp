#include "indexer/input/percent_encode.hpp"

#include "common/core/text.hpp"

namespace forum {

std::string percent_encode_non_utf8(std::string_view url) {
    if (is_valid_utf8(url)) return std::string(url);
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (size_t i = 0; i < url.size();) {
        auto lead = static_cast<unsigned char>(url[i]);
        size_t len = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (i + len <= url.size() && is_valid_utf8(url.substr(i, len))) {
            out.append(url, i, len);
            i += len;
        } else {
            out += '%';
            out += kHex[lead >> 4];
            out += kHex[lead & 15];
            ++i;
        }
    }
    return out;
}

}  // namespace forum
