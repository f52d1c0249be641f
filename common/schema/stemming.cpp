#include "common/schema/stemming.hpp"

#include <string>

#include "common/core/language.hpp"

namespace forum::schema {

Xapian::Stem stemmer_of(std::string_view code) {
    std::string_view name = stemmer_name(code);
    return name.empty() ? Xapian::Stem() : Xapian::Stem(std::string(name));
}

}  // namespace forum::schema
