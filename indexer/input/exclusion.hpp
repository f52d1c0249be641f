#pragma once
// --exclude: a path is left out when a glob matches its whole path or its name (files and
// directories when listing, archive members when reading).

#include <filesystem>
#include <string>
#include <vector>

namespace forum {

bool is_excluded(const std::filesystem::path& path, const std::vector<std::string>& globs);

}  // namespace forum
