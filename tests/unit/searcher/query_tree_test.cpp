#include "searcher/query_tree.hpp"

#include <gtest/gtest.h>

namespace forum {
namespace {

Xapian::Query upper(const Xapian::Query& q) {
    std::string term = *q.get_terms_begin();
    for (char& c : term)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return Xapian::Query(term);
}

TEST(QueryTree, OperatorsWithoutParametersAreRebuiltAroundTheirNewSubqueries) {
    std::vector<Xapian::Query> ab = {Xapian::Query("a"), Xapian::Query("b")};
    for (Xapian::Query::op op :
         {Xapian::Query::OP_AND, Xapian::Query::OP_OR, Xapian::Query::OP_AND_NOT,
          Xapian::Query::OP_XOR, Xapian::Query::OP_AND_MAYBE, Xapian::Query::OP_FILTER,
          Xapian::Query::OP_SYNONYM, Xapian::Query::OP_MAX}) {
        Xapian::Query q(op, ab.begin(), ab.end());
        std::optional<Xapian::Query> each = with_each_subquery(q, upper);
        ASSERT_TRUE(each.has_value()) << q.get_description();
        EXPECT_EQ(each->get_type(), op);
        Xapian::Query expected(op, Xapian::Query("A"), Xapian::Query("B"));
        EXPECT_EQ(each->get_description(), expected.get_description());
    }
}

TEST(QueryTree, OperatorsWithParametersAndLeavesAreNot) {
    std::vector<Xapian::Query> ab = {Xapian::Query("a"), Xapian::Query("b")};
    bool called = false;
    auto replace = [&](const Xapian::Query& q) {
        called = true;
        return q;
    };
    for (const Xapian::Query& q :
         {Xapian::Query(Xapian::Query::OP_PHRASE, ab.begin(), ab.end(), 3),
          Xapian::Query(Xapian::Query::OP_NEAR, ab.begin(), ab.end(), 5),
          Xapian::Query(Xapian::Query::OP_ELITE_SET, ab.begin(), ab.end(), 1),
          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query("a"), 2.0),
          Xapian::Query(Xapian::Query::OP_VALUE_RANGE, 0, "a", "b"), Xapian::Query("a")}) {
        EXPECT_FALSE(with_each_subquery(q, replace).has_value()) << q.get_description();
        EXPECT_FALSE(rebuilt(q, ab).has_value()) << q.get_description();
    }
    EXPECT_FALSE(called);
}

}  // namespace
}  // namespace forum
