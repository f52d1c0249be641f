#pragma once
// Exit codes of both commands. They are a contract with scripts (README, "Exit codes"): never
// renumber them.

namespace forum::exit_code {

// forum-search, like grep
inline constexpr int kHits = 0;
inline constexpr int kNoHits = 1;
inline constexpr int kShardDown = 4;      // a remote shard is down, too slow or not a Xapian server
inline constexpr int kPartialAnswer = 5;  // --allow-partial: answered without the shards named

// forum-index
inline constexpr int kIndexed = 0;
inline constexpr int kSomeInputFailed = 1;    // everything else was indexed and committed
inline constexpr int kInterruptedBase = 128;  // + the signal: 130 SIGINT, 143 SIGTERM (committed)

// both
inline constexpr int kUsage = 2;         // bad option, bad query (the reason is on stderr)
inline constexpr int kIndexError = 3;    // index missing, unreadable, or cannot be written
inline constexpr int kIndexLocked = 75;  // EX_TEMPFAIL: another forum-index holds the index

}  // namespace forum::exit_code
