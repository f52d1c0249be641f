#include "searcher/query_tree.hpp"

namespace forum {
namespace {

bool has_no_parameters(Xapian::Query::op op) {
    switch (op) {
        case Xapian::Query::OP_AND:
        case Xapian::Query::OP_OR:
        case Xapian::Query::OP_AND_NOT:
        case Xapian::Query::OP_XOR:
        case Xapian::Query::OP_AND_MAYBE:
        case Xapian::Query::OP_FILTER:
        case Xapian::Query::OP_SYNONYM:
        case Xapian::Query::OP_MAX:
            return true;
        default:
            return false;
    }
}

}  // namespace

std::optional<Xapian::Query> rebuilt(const Xapian::Query& query,
                                     const std::vector<Xapian::Query>& subqueries) {
    if (!has_no_parameters(query.get_type())) return std::nullopt;
    return Xapian::Query(query.get_type(), subqueries.begin(), subqueries.end());
}

std::optional<Xapian::Query> with_each_subquery(
    const Xapian::Query& query, const std::function<Xapian::Query(const Xapian::Query&)>& replace) {
    if (!has_no_parameters(query.get_type())) return std::nullopt;
    std::vector<Xapian::Query> subqueries;
    for (size_t i = 0; i < query.get_num_subqueries(); ++i)
        subqueries.push_back(replace(query.get_subquery(i)));
    return rebuilt(query, subqueries);
}

}  // namespace forum
