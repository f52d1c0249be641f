#include "common/core/content_hash.hpp"

#include <cstdio>

namespace forum {

std::string ContentHash::hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
    return buf;
}

std::string hash_hex(std::string_view bytes) {
    ContentHash h;
    h.update(bytes);
    return h.hex();
}

}  // namespace forum
