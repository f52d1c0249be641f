#include "common/schema/stemming.hpp"

#include <string>

#include "common/core/language.hpp"
#include "common/schema/schema.hpp"

namespace forum::schema {

Xapian::Stem stemmer_of(std::string_view code) {
    std::string_view name = stemmer_name(code);
    return Xapian::Stem(std::string(name.empty() ? kDefaultLanguage : name));
}

}  // namespace forum::schema
