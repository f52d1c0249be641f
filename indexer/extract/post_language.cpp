#include "indexer/extract/post_language.hpp"

#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <string_view>

#include <cld2/public/compact_lang_det.h>

namespace forum {
namespace {

// Enough words for CLD2 to be sure of a post or a page: reading more costs time (detecting every
// post whole made a 20,000-post build 8% slower) and changes nothing but on posts that change
// language half way.
constexpr size_t kPostSampleBytes = 1024;
constexpr size_t kPageSampleBytes = 4096;

// The first `limit` bytes of `text`, cut where a UTF-8 character starts.
std::string_view head(std::string_view text, size_t limit) {
    if (text.size() <= limit) return text;
    while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80)
        --limit;
    return text.substr(0, limit);
}

struct Detection {
    std::string code;  // "" for unknown
    bool reliable = false;
};

Detection detect(std::string_view text) {
    if (text.empty()) return {};
    bool reliable = false;
    // The text is valid UTF-8 (every page is converted to it); plain text, not HTML.
    CLD2::Language language =
        CLD2::DetectLanguage(text.data(), static_cast<int>(text.size()), true, &reliable);
    if (language == CLD2::UNKNOWN_LANGUAGE) return {};
    std::string code = CLD2::LanguageCode(language);
    // "zh-Hant" is Chinese; the index keeps the language, not its script.
    if (size_t dash = code.find('-'); dash != std::string::npos) code.resize(dash);
    return {code, reliable};
}

}  // namespace

std::string detect_language(const std::string& text) {
    Detection d = detect(text);
    return d.reliable ? d.code : std::string();
}

void assign_languages(std::vector<Post>& posts, const std::string& override_code,
                      const std::string& fallback) {
    if (!override_code.empty()) {
        for (Post& p : posts)
            p.lang = override_code;
        return;
    }
    std::optional<std::string> page;  // detected when a post needs it
    auto page_language = [&] {
        if (page) return *page;
        std::string sample;
        for (const Post& p : posts) {
            if (sample.size() >= kPageSampleBytes) break;
            sample += head(p.text, kPostSampleBytes);
            sample += '\n';
        }
        Detection d = detect(head(sample, kPageSampleBytes));
        page = d.code.empty() ? fallback : d.code;  // unsure but not unknown: the best guess
        return *page;
    };
    for (Post& p : posts) {
        Detection d = detect(head(p.text, kPostSampleBytes));
        p.lang = d.reliable ? d.code : page_language();
    }
}

}  // namespace forum
