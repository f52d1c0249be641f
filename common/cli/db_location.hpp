#pragma once

#include <string>

namespace forum {

// The index both commands use when --db is not given: $FORUM_SEARCH_DB, else ./forum.db.
std::string default_db_path();

}  // namespace forum
