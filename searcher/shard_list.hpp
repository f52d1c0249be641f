#pragma once
// What `--db` names, as a list of shards: an index directory, a Xapian stub file (`auto PATH`,
// `glass PATH`, `remote HOST:PORT`, `remote :PROGRAM ARGS`, `#` comments), or tcp://HOST:PORT
// for an index served by xapian-tcpsrv. Xapian reads stubs itself, but then a shard that is
// down cannot be named, timed out or left out: we read them here, in Xapian's format.

#include <stdexcept>
#include <string>
#include <vector>

namespace forum {

struct Shard {
    enum class Kind { kLocal, kTcp, kProgram };
    Kind kind = Kind::kLocal;
    std::string name;  // how messages and "missing_shards" name it
    std::string path;  // kLocal: the index directory
    std::string host;  // kTcp
    unsigned port = 0;
    std::string program, args;  // kProgram: run with `args` (space-separated), spoken to on stdio

    bool remote() const { return kind != Kind::kLocal; }
};

// A stub line or a tcp:// entry that cannot be read.
class ShardListError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The shards `entries` name, in order (a stub's shards where the stub is). Relative paths in a
// stub are taken relative to the stub's directory, as Xapian does.
std::vector<Shard> shard_list(const std::vector<std::string>& entries);

}  // namespace forum
