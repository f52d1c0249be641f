#pragma once
// with_retry (declared in index.hpp).

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

namespace forum {

template <typename Fn>
auto with_retry(SearchIndex& index, Fn fn) -> decltype(fn(index)) {
    // A writer committing twice while we read invalidates our revision: reopen and run again.
    // An index swapped in by --full under us: open it afresh. A remote shard that failed in the
    // middle: open them all afresh, which names the one that is down (or leaves it out).
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
            index = open_index(index.entries, index.options);
        } catch (const Xapian::NetworkError&) {
            if (attempt == kAttempts) throw;
            std::vector<MissingShard> missing = std::move(index.missing);
            index = open_index(index.entries, index.options);
            for (auto& m : missing)
                if (std::none_of(index.missing.begin(), index.missing.end(),
                                 [&](const auto& n) { return n.name == m.name; }))
                    index.missing.push_back(std::move(m));
        }
    }
}

}  // namespace forum
