#pragma once
// A test hook, inert in normal use: the fault tests (tests/e2e/fault_test.cpp) stop forum-index
// at exact moments of a run to check that the next run recovers from each. When the environment
// variable FORUM_INDEX_TEST_KILL_AT names a phase, the process kills itself with SIGKILL on
// reaching it; FORUM_INDEX_TEST_STOP_AT stops it with SIGSTOP instead (the test resumes it with
// SIGCONT), to see what another forum-index meets at that moment (the first time only).
//
// Phases:
//   shards-committed   a parallel first build's shards committed, the index not yet
//   commit             after the run's first commit of posts (mid-build)
//   merge-start        a shard merge begins: everything committed, nothing merged
//   merge-compacting   compaction has written part of INDEX.merged
//   merge-before-swap  INDEX.merged complete, not swapped in
//   merge-after-swap   swapped in, before the old index and the shards are removed
//   merge-cleanup      the shards partly removed
//   full-before-swap   --full: INDEX.new complete, not swapped in
//   full-after-swap    --full: swapped in, before the old index (now INDEX.new) is removed

#include <string_view>

namespace forum {

void test_hook(std::string_view phase);

}  // namespace forum
