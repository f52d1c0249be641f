#include "indexer/store/test_hook.hpp"

#include <signal.h>

#include <cstdlib>

namespace forum {

void test_hook(std::string_view phase) {
    static const char* const kill_at = std::getenv("FORUM_INDEX_TEST_KILL_AT");
    static const char* const stop_at = std::getenv("FORUM_INDEX_TEST_STOP_AT");
    static bool stopped = false;  // only the first time: a phase may be reached again
    if (kill_at && phase == kill_at) ::raise(SIGKILL);
    if (stop_at && phase == stop_at && !stopped) {
        stopped = true;
        ::raise(SIGSTOP);
    }
}

}  // namespace forum
