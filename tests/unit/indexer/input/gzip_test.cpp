#include "indexer/input/gzip.hpp"

#include <zlib.h>

#include <gtest/gtest.h>

namespace forum {
namespace {

// window_bits as for deflateInit2: 16 + 15 gzip, 15 zlib, -15 raw deflate.
std::string compress(const std::string& data, int window_bits) {
    z_stream zs{};
    deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 9, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&zs, data.size()) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

std::string gzip(const std::string& data) { return compress(data, 16 + MAX_WBITS); }

TEST(Gunzip, OneAndSeveralMembers) {
    std::string out, error;
    ASSERT_EQ(gunzip(gzip("<html>one</html>"), 1000, out, error), Inflated::kOk) << error;
    EXPECT_EQ(out, "<html>one</html>");
    ASSERT_EQ(gunzip(gzip("first ") + gzip("second"), 1000, out, error), Inflated::kOk) << error;
    EXPECT_EQ(out, "first second");
}

TEST(Gunzip, TruncatedCorruptAndOversized) {
    std::string big(100000, 'a');
    std::string z = gzip(big);
    std::string out, error;
    EXPECT_EQ(gunzip(z.substr(0, z.size() / 2), 1 << 20, out, error), Inflated::kCorrupt);
    EXPECT_NE(error.find("truncated"), std::string::npos) << error;
    std::string corrupt = z;
    corrupt[12] ^= 0x55;
    corrupt[13] ^= 0x55;
    EXPECT_EQ(gunzip(corrupt, 1 << 20, out, error), Inflated::kCorrupt);
    EXPECT_EQ(gunzip(z, 1000, out, error), Inflated::kTooLarge);
    EXPECT_NE(error.find("limit of 1000 bytes"), std::string::npos) << error;
}

TEST(InflateDeflate, ZlibWrappedAndRaw) {
    std::string page = "<html><body>deflated</body></html>";
    std::string out, error;
    ASSERT_EQ(inflate_deflate(compress(page, MAX_WBITS), 1000, out, error), Inflated::kOk) << error;
    EXPECT_EQ(out, page);
    ASSERT_EQ(inflate_deflate(compress(page, -MAX_WBITS), 1000, out, error), Inflated::kOk)
        << error;
    EXPECT_EQ(out, page);
    std::string cut = compress(std::string(5000, 'x') + page, MAX_WBITS);
    EXPECT_EQ(inflate_deflate(cut.substr(0, cut.size() / 2), 1 << 20, out, error),
              Inflated::kCorrupt);
    EXPECT_NE(error.find("truncated deflate stream"), std::string::npos) << error;
}

// 64 MiB of zeros deflate to ~64 KiB: decompression must stop at the limit, and say so, without
// producing the whole expansion first.
TEST(InflateDeflate, ABombStopsAtTheLimit) {
    std::string zeros(64 << 20, '\0');
    for (int bits : {MAX_WBITS, -MAX_WBITS, 16 + MAX_WBITS}) {
        SCOPED_TRACE(bits);
        std::string bomb = compress(zeros, bits);
        EXPECT_LT(bomb.size(), 100000u);
        std::string out, error;
        Inflated r = bits > MAX_WBITS ? gunzip(bomb, 1 << 20, out, error)
                                      : inflate_deflate(bomb, 1 << 20, out, error);
        EXPECT_EQ(r, Inflated::kTooLarge);
        EXPECT_NE(error.find("expands beyond the limit of 1048576 bytes"), std::string::npos)
            << error;
        EXPECT_LE(out.size(), (1u << 20) + 65536u);  // at most one buffer past the limit
    }
}

TEST(Gunzip, MagicBytes) {
    EXPECT_TRUE(is_gzip(gzip("x")));
    EXPECT_FALSE(is_gzip("<html>"));
    EXPECT_FALSE(is_gzip(""));
}

}  // namespace
}  // namespace forum
