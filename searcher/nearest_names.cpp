#include "searcher/nearest_names.hpp"

#include <algorithm>
#include <tuple>

#include "common/core/edit_distance.hpp"
#include "common/core/name_folding.hpp"
#include "common/core/text.hpp"
#include "common/core/unicode.hpp"
#include "common/schema/schema.hpp"

namespace forum {
namespace {

// The first `n` characters of a UTF-8 text.
std::string_view first_chars(std::string_view s, size_t n) {
    unicode::Utf8Cursor c(s);
    for (size_t i = 0; i < n && !c.done(); ++i)
        ++c;
    return s.substr(0, c.offset());
}

size_t char_count(std::string_view s) {
    size_t n = 0;
    for (unicode::Utf8Cursor c(s); !c.done(); ++c)
        ++n;
    return n;
}

// A name term's name as a page shows it: the value of the field, on a post that has the term,
// whose term this is.
std::string shown_name(const Xapian::Database& db, const schema::Field& field,
                       std::string_view prefix, const std::string& term, bool folded) {
    Xapian::PostingIterator post = db.postlist_begin(term);
    if (post == db.postlist_end(term)) return term.substr(prefix.size());
    for (const std::string& value :
         field.values(schema::post_from_document(db.get_document(*post)))) {
        if (schema::boolean_term(prefix, folded ? fold_name(value) : value) == term) return value;
    }
    return term.substr(prefix.size());
}

}  // namespace

NameSuggestion nearest_names(const Xapian::Database& db, const NameFilter& filter, size_t limit) {
    const schema::Field& field = *filter.field;
    std::string prefix(filter.folded ? field.folded_prefix : field.prefix);
    bool is_prefix = filter.value.ends_with('*');
    std::string typed = is_prefix ? filter.value.substr(0, filter.value.size() - 1) : filter.value;
    std::string wanted = filter.folded ? fold_name(typed) : utf8_lower(typed);
    size_t wanted_chars = char_count(wanted);

    using Ranked = std::tuple<size_t, size_t, std::string>;  // distance, -shared prefix, term
    std::vector<Ranked> ranked;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
        std::string term = *it;
        std::string_view name = std::string_view(term).substr(prefix.size());
        if (name.starts_with(':')) name.remove_prefix(1);  // Omega's separator (schema.cpp)
        std::string_view compared = is_prefix ? first_chars(name, wanted_chars) : name;
        size_t shared = common_prefix_length(wanted, name);
        ranked.emplace_back(edit_distance(wanted, compared), static_cast<size_t>(-1) - shared,
                            std::move(term));
    }
    size_t n = std::min(limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n),
                      ranked.end());
    NameSuggestion out{std::string(field.name), filter.value, {}};
    for (size_t i = 0; i < n; ++i)
        out.nearest.push_back(shown_name(db, field, prefix, std::get<2>(ranked[i]), filter.folded));
    return out;
}

}  // namespace forum
