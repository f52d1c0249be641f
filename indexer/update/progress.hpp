#pragma once
// Progress on a terminal: files, pages/s, posts, ETA; at most twice a second.

#include <chrono>
#include <cstddef>

namespace forum {

class Progress {
public:
    Progress(bool enabled, size_t total) : enabled_(enabled), total_(total) {}
    void update(size_t files, size_t pages, size_t posts);
    void done();  // clears the line, if one was shown

private:
    bool enabled_;
    size_t total_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_{};
    bool shown_ = false;
};

}  // namespace forum
