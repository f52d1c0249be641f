#pragma once
// SIGINT and SIGTERM ask a run to stop: it commits what it has done and exits 130 or 143.

namespace forum {

// From now on SIGINT and SIGTERM set the stop signal instead of killing the process.
void catch_stop_signals();

// The signal that asked the run to stop, or 0.
int stop_signal();

inline bool stopped() { return stop_signal() != 0; }

}  // namespace forum
