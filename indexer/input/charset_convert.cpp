#include "indexer/input/charset_convert.hpp"

#include <iconv.h>

#include <cerrno>
#include <memory>

#include "common/core/text.hpp"

namespace forum {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the UTF-8 sequence a lead byte starts; 0 for a byte no sequence starts with.
size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

Decoded decode_utf8(std::string_view bytes) {
    Decoded out;
    out.text.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size();) {
        size_t n = sequence_length(static_cast<unsigned char>(bytes[i]));
        if (n > 0 && i + n <= bytes.size() && is_valid_utf8(bytes.substr(i, n))) {
            out.text.append(bytes.substr(i, n));
            i += n;
        } else {
            out.text.append(kReplacement);
            ++out.replaced;
            ++i;
        }
    }
    return out;
}

struct IconvCloser {
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

}  // namespace

void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::optional<Decoded> decode_to_utf8(std::string_view bytes, const std::string& encoding) {
    if (encoding == "utf-8") return decode_utf8(bytes);
    iconv_t cd = iconv_open("UTF-8", encoding.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::unique_ptr<void, IconvCloser> closer(cd);
    Decoded out;
    std::string buffer(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    size_t in_left = bytes.size();
    while (in_left > 0) {
        char* o = buffer.data();
        size_t o_left = buffer.size();
        size_t rc = iconv(cd, &in, &in_left, &o, &o_left);
        out.text.append(buffer.data(), buffer.size() - o_left);
        if (rc != static_cast<size_t>(-1) || errno == E2BIG) continue;
        // EILSEQ (a byte not in the charset) or EINVAL (a sequence cut off by the end): that
        // byte is replaced and decoding resumes at the next, in a fresh shift state.
        out.text.append(kReplacement);
        ++out.replaced;
        ++in;
        --in_left;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    // glibc writes code points past U+10FFFF (from UCS-4, say) as the old 5- and 6-byte forms:
    // output that is not UTF-8 means not this charset.
    if (!is_valid_utf8(out.text)) return std::nullopt;
    return out;
}

}  // namespace forum
