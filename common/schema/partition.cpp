#include "common/schema/partition.hpp"

#include <charconv>

#include "common/core/content_hash.hpp"
#include "common/schema/schema.hpp"

namespace forum::schema {
namespace {

std::optional<unsigned> number(std::string_view s) {
    unsigned n = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return n;
}

}  // namespace

std::optional<Partition> parse_partition(std::string_view text) {
    size_t slash = text.find('/');
    if (slash == std::string_view::npos) return std::nullopt;
    std::optional<unsigned> k = number(text.substr(0, slash));
    std::optional<unsigned> n = number(text.substr(slash + 1));
    if (!k || !n || *k < 1 || *k > *n) return std::nullopt;
    return Partition{*k, *n};
}

unsigned partition_of(const Post& post, std::string_view source_key, unsigned count) {
    std::string key = thread_key(post);
    ContentHash h;
    h.update(key.empty() ? source_key : std::string_view(key));
    return static_cast<unsigned>(h.value() % count) + 1;
}

}  // namespace forum::schema
