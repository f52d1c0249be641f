#pragma once
// with_retry (declared in index.hpp).

#include <chrono>
#include <thread>

namespace forum {

template <typename Fn>
auto with_retry(SearchIndex& index, Fn fn) -> decltype(fn(index)) {
    // A writer committing twice while we read invalidates our revision: reopen and run again.
    // An index swapped in by --full under us: open it afresh.
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        try {
            return fn(index);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == kAttempts) throw;
            index.db.reopen();
        } catch (const Xapian::DatabaseError&) {
            if (attempt == kAttempts) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            index = open_index(index.path);
        }
    }
}

}  // namespace forum
