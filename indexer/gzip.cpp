#include "indexer/gzip.hpp"

#include <zlib.h>

#include <new>

namespace forum {

bool is_gzip(std::string_view bytes) {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
           static_cast<unsigned char>(bytes[1]) == 0x8b;
}

bool gunzip(std::string_view in, size_t max_output, std::string& out, std::string& error) {
    out.clear();
    z_stream zs{};
    int init = inflateInit2(&zs, 16 + MAX_WBITS);
    if (init == Z_MEM_ERROR) throw std::bad_alloc();  // out of memory is no damage of the input
    if (init != Z_OK) {
        error = "zlib initialisation failed";
        return false;
    }
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    char buf[65536];
    int rc = Z_OK;
    bool ok = true;
    while (ok) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_MEM_ERROR) {
            inflateEnd(&zs);
            throw std::bad_alloc();
        }
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > max_output) {
            error = "decompressed size over the limit of " + std::to_string(max_output) + " bytes";
            ok = false;
        } else if (rc == Z_STREAM_END) {
            // Another member may follow (concatenated gzip files are one valid gzip file).
            if (zs.avail_in == 0) break;
            if (!is_gzip(
                    std::string_view(reinterpret_cast<const char*>(zs.next_in), zs.avail_in))) {
                break;  // trailing garbage after the last member is ignored, as gzip does
            }
            inflateReset(&zs);
        } else if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            error = "truncated gzip stream (ends after " + std::to_string(out.size()) +
                    " decompressed bytes)";
            ok = false;
        } else if (rc != Z_OK) {
            error = std::string("corrupt gzip stream: ") + (zs.msg ? zs.msg : "inflate error");
            ok = false;
        }
    }
    inflateEnd(&zs);
    return ok;
}

}  // namespace forum
