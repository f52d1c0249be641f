#include "indexer/update/progress.hpp"

#include <cstdio>

namespace forum {

void Progress::update(size_t files, size_t pages, size_t posts) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? pages / secs : 0;
    double eta = files > 0 ? secs * (static_cast<double>(total_) - files) / files : 0;
    std::fprintf(stderr, "\r%zu/%zu files · %zu pages (%.0f/s) · %zu posts · ETA %d:%02d   ", files,
                 total_, pages, rate, posts, static_cast<int>(eta) / 60,
                 static_cast<int>(eta) % 60);
    shown_ = true;
}

void Progress::done() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
}

}  // namespace forum
