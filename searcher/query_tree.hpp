#pragma once
// Rebuilding a parsed query with some of its subqueries replaced (the stems of each language, the
// word pairs of a phrase, every post for a negation). Xapian's Query API gives an operator's
// subqueries back but not its parameters (a phrase's window, an elite set's size, a value
// range's bounds), so only the operators that have none can be rebuilt.

#include <functional>
#include <optional>
#include <vector>

#include <xapian.h>

namespace forum {

// `query`'s operator over `subqueries` instead of its own; nothing when the operator has
// parameters (or is a leaf).
std::optional<Xapian::Query> rebuilt(const Xapian::Query& query,
                                     const std::vector<Xapian::Query>& subqueries);

// `query` with each of its subqueries replaced by `replace(subquery)`; nothing, and `replace`
// not called, when the operator cannot be rebuilt.
std::optional<Xapian::Query> with_each_subquery(
    const Xapian::Query& query, const std::function<Xapian::Query(const Xapian::Query&)>& replace);

}  // namespace forum
