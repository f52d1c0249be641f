#include "common/cli/db_location.hpp"

#include <cstdlib>

namespace forum {

std::string default_db_path() {
    const char* env = std::getenv("FORUM_SEARCH_DB");
    return (env && *env) ? env : "forum.db";
}

}  // namespace forum
