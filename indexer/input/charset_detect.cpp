#include "indexer/input/charset_detect.hpp"

#include <uchardet/uchardet.h>

#include <memory>

namespace forum {
namespace {

// A page's text is what tells one charset from another; the markup is ASCII and only dilutes the
// statistics. The detector is fed at most this much, from the start.
constexpr size_t kDetectBytes = 1 << 20;

struct DetectorDeleter {
    void operator()(uchardet* d) const { uchardet_delete(d); }
};

}  // namespace

std::string detect_charset(std::string_view bytes) {
    std::unique_ptr<uchardet, DetectorDeleter> detector(uchardet_new());
    if (!detector) return {};
    std::string_view head = bytes.substr(0, kDetectBytes);
    if (uchardet_handle_data(detector.get(), head.data(), head.size()) != 0) return {};
    uchardet_data_end(detector.get());
    std::string name = uchardet_get_charset(detector.get());
    for (char& c : name) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return name;
}

}  // namespace forum
