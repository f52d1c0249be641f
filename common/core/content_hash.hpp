#pragma once
// A fast 64-bit content hash (FNV-1a), for telling changed inputs from unchanged ones and for
// shortening over-long terms. Not cryptographic: nothing here defends against crafted collisions.

#include <cstdint>
#include <string>
#include <string_view>

namespace forum {

class ContentHash {
public:
    void update(std::string_view bytes) {
        for (unsigned char c : bytes) {
            h_ ^= c;
            h_ *= 1099511628211ull;
        }
    }
    std::uint64_t value() const { return h_; }
    std::string hex() const;  // 16 lower-case hex digits

private:
    std::uint64_t h_ = 14695981039346656037ull;
};

std::string hash_hex(std::string_view bytes);

}  // namespace forum
