#include "common/core/name_folding.hpp"

#include <memory>
#include <stdexcept>

#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace forum {
namespace {

constexpr const char* kRules = "NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower";

// ICU's transliterators are not safe to share between threads: one per thread.
icu::Transliterator& folder() {
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> made(
            icu::Transliterator::createInstance(kRules, UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !made) {
            throw std::runtime_error(std::string("ICU cannot fold names: ") + u_errorName(status));
        }
        return made;
    }();
    return *t;
}

bool is_plain_lower_ascii(std::string_view s) {
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= 'A' && c <= 'Z')) return false;
    }
    return true;
}

}  // namespace

std::string fold_name(std::string_view name) {
    if (is_plain_lower_ascii(name)) return std::string(name);  // most names: nothing to do
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    folder().transliterate(text);
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace forum
