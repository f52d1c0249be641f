#pragma once
// --facet: how many matching posts have each value of a field, from a Xapian value-count spy.
//
// A facet is asked for as FIELD, FIELD:N (the N values with most posts), FIELD:all, or, for the
// year and month facets, FIELD:period (every value, oldest first: a timeline) and FIELD:period:N
// (the N latest). Values with as many posts keep their alphabetical order.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace forum {

struct FacetSpec {
    std::string name;             // the field (schema::facet_fields)
    std::optional<unsigned> top;  // none: the caller's default
    bool all = false;             // FIELD:all
    bool by_period = false;
};

// Throws Xapian::QueryParserError naming what is wrong: an unknown field, N of 0 or not a
// number, :period on a field that is not a period.
FacetSpec parse_facet_spec(std::string_view text);

struct FacetValue {
    std::string value;
    Xapian::doccount count;
};

struct Facet {
    std::string name;
    std::vector<FacetValue> values;
    Xapian::doccount others = 0;  // values left out by N
    bool by_period = false;
};

// The spy's counts as the spec asks; `default_top` when the spec names no N (0: all).
Facet facet_counts(const FacetSpec& spec, const Xapian::ValueCountMatchSpy& spy,
                   unsigned default_top);

}  // namespace forum
