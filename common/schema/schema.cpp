#include "common/schema/schema.hpp"

#include <cstdint>
#include <cstdio>

#include "common/core/content_hash.hpp"
#include "common/core/text.hpp"
#include "common/schema/document_data.hpp"

namespace forum::schema {
namespace {

// Xapian's glass backend refuses terms over 245 bytes.
constexpr size_t kMaxTermBytes = 240;

std::string shorten(std::string term) {
    if (term.size() <= kMaxTermBytes) return term;
    std::string hash = "#" + hash_hex(term);
    size_t keep = kMaxTermBytes - hash.size();
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

std::string thread_key(const Post& post) {
    if (post.site && post.thread_id) return *post.site + "/" + *post.thread_id;
    if (post.thread_url) return *post.thread_url;
    return {};
}

void add_tie_keys(Xapian::Document& doc, const Post& post, const std::string& unique_term) {
    doc.add_value(kTieKey, unique_term);
    if (!post.date) {
        doc.add_value(kDateTieKey, "0" + unique_term);
        return;
    }
    // Fixed width, so that the string order is the date order; the flipped sign bit puts dates
    // before 1970 first.
    char date[17];
    std::snprintf(date, sizeof date, "%016llx",
                  static_cast<unsigned long long>(static_cast<std::uint64_t>(*post.date) ^
                                                  (std::uint64_t{1} << 63)));
    doc.add_value(kDateTieKey, "1" + std::string(date) + unique_term);
}

bool is_unprefixed_term(std::string_view term) {
    return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z');
}

std::string source_key(std::string_view source_name) { return hash_hex(source_name); }

Post post_from_document(const Xapian::Document& doc) {
    return decode_document_data(doc.get_data());
}

}  // namespace forum::schema
