#include "indexer/gzip.hpp"

#include <zlib.h>

#include <gtest/gtest.h>

namespace forum {
namespace {

std::string gzip(const std::string& data) {
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
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

TEST(Gunzip, OneAndSeveralMembers) {
    std::string out, error;
    ASSERT_TRUE(gunzip(gzip("<html>one</html>"), 1000, out, error)) << error;
    EXPECT_EQ(out, "<html>one</html>");
    ASSERT_TRUE(gunzip(gzip("first ") + gzip("second"), 1000, out, error)) << error;
    EXPECT_EQ(out, "first second");
}

TEST(Gunzip, TruncatedCorruptAndOversized) {
    std::string big(100000, 'a');
    std::string z = gzip(big);
    std::string out, error;
    EXPECT_FALSE(gunzip(z.substr(0, z.size() / 2), 1 << 20, out, error));
    EXPECT_NE(error.find("truncated"), std::string::npos) << error;
    std::string corrupt = z;
    corrupt[12] ^= 0x55;
    corrupt[13] ^= 0x55;
    EXPECT_FALSE(gunzip(corrupt, 1 << 20, out, error));
    EXPECT_FALSE(gunzip(z, 1000, out, error));
    EXPECT_NE(error.find("limit"), std::string::npos) << error;
}

TEST(Gunzip, MagicBytes) {
    EXPECT_TRUE(is_gzip(gzip("x")));
    EXPECT_FALSE(is_gzip("<html>"));
    EXPECT_FALSE(is_gzip(""));
}

}  // namespace
}  // namespace forum
