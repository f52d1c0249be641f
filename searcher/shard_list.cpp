#include "searcher/shard_list.hpp"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <optional>

#include "common/core/text.hpp"

namespace forum {
namespace {

namespace fs = std::filesystem;

// Stubs may name stubs; a loop of them must end.
constexpr int kMaxStubDepth = 8;
constexpr std::string_view kTcpScheme = "tcp://";

// HOST:PORT, or [IPv6]:PORT; nullopt when it is not that.
std::optional<Shard> tcp_shard(const std::string& address) {
    size_t colon = address.rfind(':');
    if (colon == std::string::npos || colon == 0) return std::nullopt;
    std::string host = address.substr(0, colon);
    if (host.front() == '[') {
        if (host.size() < 3 || host.back() != ']') return std::nullopt;
        host = host.substr(1, host.size() - 2);
    }
    std::string_view digits(address.data() + colon + 1, address.size() - colon - 1);
    unsigned port = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
    if (ec != std::errc() || end != digits.data() + digits.size() || port == 0 || port > 65535)
        return std::nullopt;
    Shard s;
    s.kind = Shard::Kind::kTcp;
    s.name = std::string(kTcpScheme) + address;
    s.host = host;
    s.port = port;
    return s;
}

void add_entry(const std::string& entry, int depth, std::vector<Shard>& out);

void add_stub(const fs::path& stub, int depth, std::vector<Shard>& out) {
    if (depth > kMaxStubDepth)
        throw ShardListError(stub.string() + ": stub files nested more than " +
                             std::to_string(kMaxStubDepth) + " deep (a loop?)");
    std::ifstream in(stub);
    if (!in) throw ShardListError(stub.string() + ": cannot read the stub file");
    const fs::path base = stub.parent_path();
    auto relative = [&](const std::string& p) {
        fs::path path(p);
        return (path.is_absolute() ? path : base / path).lexically_normal().string();
    };
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        line = std::string(trim(line));
        if (line.empty() || line[0] == '#') continue;
        size_t space = line.find_first_of(" \t");
        std::string kind = line.substr(0, space);
        std::string rest = space == std::string::npos ? "" : std::string(trim(line.substr(space)));
        auto bad = [&](const std::string& why) {
            return ShardListError(stub.string() + ":" + std::to_string(n) + ": " + why +
                                  " (a stub line is auto PATH, glass PATH, remote HOST:PORT or "
                                  "remote :PROGRAM ARGS)");
        };
        if (rest.empty()) throw bad("\"" + line + "\" names no database");
        if (kind == "auto") {
            add_entry(relative(rest), depth + 1, out);
        } else if (kind == "glass") {
            out.push_back(Shard{Shard::Kind::kLocal, relative(rest), relative(rest)});
        } else if (kind == "remote" && rest[0] == ':') {
            size_t gap = rest.find_first_of(" \t");
            Shard s;
            s.kind = Shard::Kind::kProgram;
            s.program = rest.substr(1, gap == std::string::npos ? gap : gap - 1);
            s.args = gap == std::string::npos ? "" : std::string(trim(rest.substr(gap)));
            if (s.program.empty()) throw bad("\"" + line + "\" names no program");
            s.name = "remote :" + s.program + (s.args.empty() ? "" : " " + s.args);
            out.push_back(std::move(s));
        } else if (kind == "remote") {
            std::optional<Shard> s = tcp_shard(rest);
            if (!s) throw bad("\"" + rest + "\" is not HOST:PORT");
            out.push_back(std::move(*s));
        } else {
            throw bad("cannot read \"" + line + "\"");
        }
    }
}

void add_entry(const std::string& entry, int depth, std::vector<Shard>& out) {
    if (entry.compare(0, kTcpScheme.size(), kTcpScheme) == 0) {
        std::optional<Shard> s = tcp_shard(entry.substr(kTcpScheme.size()));
        if (!s) throw ShardListError(entry + ": not tcp://HOST:PORT");
        out.push_back(std::move(*s));
        return;
    }
    std::error_code ec;
    // A stub is a file, or a directory holding one named XAPIANDB (Xapian's rule).
    if (fs::is_regular_file(entry, ec)) return add_stub(entry, depth, out);
    if (fs::is_regular_file(fs::path(entry) / "XAPIANDB", ec))
        return add_stub(fs::path(entry) / "XAPIANDB", depth, out);
    out.push_back(Shard{Shard::Kind::kLocal, entry, entry});
}

}  // namespace

std::vector<Shard> shard_list(const std::vector<std::string>& entries) {
    std::vector<Shard> out;
    for (const auto& e : entries)
        add_entry(e, 0, out);
    return out;
}

}  // namespace forum
