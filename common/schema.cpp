#include "common/schema.hpp"

#include <cstdint>
#include <cstdio>

#include "common/text.hpp"

namespace forum::schema {
namespace {

// Xapian's glass backend refuses terms over 245 bytes.
constexpr size_t kMaxTermBytes = 240;

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string shorten(std::string term) {
    if (term.size() <= kMaxTermBytes) return term;
    char hash[24];
    std::snprintf(hash, sizeof hash, "#%016llx", static_cast<unsigned long long>(fnv1a(term)));
    size_t keep = kMaxTermBytes - 17;
    // Do not cut a UTF-8 sequence in half.
    while (keep > 0 && (static_cast<unsigned char>(term[keep]) & 0xC0) == 0x80)
        --keep;
    term.resize(keep);
    return term + hash;
}

}  // namespace

std::string boolean_term(std::string_view prefix, std::string_view value) {
    std::string v = utf8_lower(value);
    std::string term(prefix);
    // Omega's convention: a value that could be read as part of the prefix gets a ':' separator
    // (values are lower-cased, so only a leading ':' can be mistaken).
    if (!v.empty() && v[0] == ':') term += ':';
    term += v;
    return shorten(std::move(term));
}

std::string unique_term(const Post& post) {
    std::string key;
    if (post.site && post.post_id) {
        key = *post.site + "/" + *post.post_id;
    } else if (post.thread_url && post.position) {
        key = *post.thread_url + "#" + std::to_string(*post.position);
    } else {
        return {};
    }
    return shorten(std::string(kUnique) + key);
}

Post post_from_document(const Xapian::Document& doc) {
    return post_from_json(nlohmann::json::parse(doc.get_data()));
}

}  // namespace forum::schema
