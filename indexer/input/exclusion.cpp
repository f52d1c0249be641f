#include "indexer/input/exclusion.hpp"

#include <fnmatch.h>

namespace forum {

bool is_excluded(const std::filesystem::path& path, const std::vector<std::string>& globs) {
    std::string full = path.string(), name = path.filename().string();
    for (const auto& glob : globs) {
        if (fnmatch(glob.c_str(), full.c_str(), 0) == 0 ||
            fnmatch(glob.c_str(), name.c_str(), 0) == 0) {
            return true;
        }
    }
    return false;
}

}  // namespace forum
