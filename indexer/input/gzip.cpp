#include "indexer/input/gzip.hpp"

#include <zlib.h>

#include <new>

namespace forum {
namespace {

std::string over_limit(size_t max_output) {
    return "expands beyond the limit of " + std::to_string(max_output) + " bytes";
}

// One zlib stream (window_bits as for inflateInit2) into `out`, stopping once it passes
// max_output; multi-member gzip goes on with the next member. `name` is for messages.
Inflated inflate_stream(std::string_view in, int window_bits, const char* name, size_t max_output,
                        std::string& out, std::string& error) {
    out.clear();
    z_stream zs{};
    int init = inflateInit2(&zs, window_bits);
    if (init == Z_MEM_ERROR) throw std::bad_alloc();  // out of memory is no damage of the input
    if (init != Z_OK) {
        error = "zlib initialisation failed";
        return Inflated::kCorrupt;
    }
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    char buf[65536];
    Inflated result = Inflated::kOk;
    for (;;) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        int rc = inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_MEM_ERROR) {
            inflateEnd(&zs);
            throw std::bad_alloc();
        }
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > max_output) {
            error = over_limit(max_output);
            result = Inflated::kTooLarge;
            break;
        }
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow (concatenated gzip files are one valid gzip file);
            // trailing garbage after the last member is ignored, as gzip does.
            if (zs.avail_in == 0 || !is_gzip(std::string_view(
                                        reinterpret_cast<const char*>(zs.next_in), zs.avail_in))) {
                break;
            }
            inflateReset(&zs);
        } else if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            error = std::string("truncated ") + name + " stream (ends after " +
                    std::to_string(out.size()) + " decompressed bytes)";
            result = Inflated::kCorrupt;
            break;
        } else if (rc != Z_OK) {
            error =
                std::string("corrupt ") + name + " stream: " + (zs.msg ? zs.msg : "inflate error");
            result = Inflated::kCorrupt;
            break;
        }
    }
    inflateEnd(&zs);
    return result;
}

}  // namespace

bool is_gzip(std::string_view bytes) {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
           static_cast<unsigned char>(bytes[1]) == 0x8b;
}

Inflated gunzip(std::string_view in, size_t max_output, std::string& out, std::string& error) {
    return inflate_stream(in, 16 + MAX_WBITS, "gzip", max_output, out, error);
}

Inflated inflate_deflate(std::string_view in, size_t max_output, std::string& out,
                         std::string& error) {
    // A zlib header: compression method 8, and the two bytes a multiple of 31 (RFC 1950).
    bool zlib =
        in.size() >= 2 && (static_cast<unsigned char>(in[0]) & 0x0f) == 8 &&
        (static_cast<unsigned char>(in[0]) * 256 + static_cast<unsigned char>(in[1])) % 31 == 0;
    return inflate_stream(in, zlib ? MAX_WBITS : -MAX_WBITS, "deflate", max_output, out, error);
}

}  // namespace forum
