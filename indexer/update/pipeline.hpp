#pragma once
// The ordered pipeline of both commands: one reader, `jobs` workers, and the calling thread
// applying results. Everything the reader produces carries the order it was produced in, and
// results are applied in that order, so a parallel run counts, reports, prints and stores exactly
// what a sequential one does. With one job, all three take turns on the calling thread.
//
// The reader hands each item either to the workers (a Job, turned into an Output by a worker)
// or straight to the applying side (an Output). Each worker thread makes its own worker (Xapian
// and libxml2 objects are not shared between threads).

#include <atomic>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <semaphore>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

#include "indexer/store/work_queue.hpp"

namespace forum {

template <typename Job, typename Output>
struct PipelineFeed {
    std::function<void(Job&&)> work;      // to a worker
    std::function<void(Output&&)> apply;  // straight to the applying side
};

// `read(feed)` reads everything; `make_worker(threaded)` makes a worker, a callable
// Output(Job&&), on the thread that will use it (`threaded`: a worker thread of its own);
// `apply(output)` is called on this thread, in the reader's order. What any of them throws
// stops the others and is rethrown here.
template <typename Job, typename Output, typename Read, typename MakeWorker, typename Apply>
void run_pipeline(unsigned jobs, Read&& read, MakeWorker&& make_worker, Apply&& apply) {
    using Feed = PipelineFeed<Job, Output>;
    if (jobs <= 1) {
        auto worker = make_worker(false);
        Feed feed{[&](Job&& job) { apply(worker(std::move(job))); },
                  [&](Output&& out) { apply(std::move(out)); }};
        read(feed);
        return;
    }
    struct Sequenced {
        size_t seq;
        Job job;
    };
    struct Result {
        size_t seq;
        Output output;
    };
    WorkQueue<Sequenced> work_queue(2 * jobs);
    WorkQueue<Result> result_queue(4 * jobs);
    // Items read but not yet applied; bounds the reordering buffer below, hence memory.
    std::counting_semaphore<> in_flight(8 * jobs + 8);
    std::atomic<unsigned> workers_left = jobs;
    std::exception_ptr failure;
    std::mutex failure_mutex;
    auto fail = [&](std::exception_ptr e) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = e;
        work_queue.close();
        result_queue.close();
        in_flight.release(1 << 20);  // unblock the reader
    };
    // A thread that cannot start (no memory left for its stack) fails the run as any failure
    // does: the threads already running are stopped and joined, not left to abort it.
    auto spawn = [&](auto body) {
        try {
            return std::thread(std::move(body));
        } catch (const std::system_error& e) {
            fail(std::make_exception_ptr(std::system_error(e.code(), "cannot start a thread")));
            return std::thread();
        }
    };
    std::thread reader = spawn([&] {
        try {
            size_t seq = 0;
            Feed feed{[&](Job&& job) {
                          in_flight.acquire();
                          work_queue.push({seq++, std::move(job)});
                      },
                      [&](Output&& out) {
                          in_flight.acquire();
                          result_queue.push({seq++, std::move(out)});
                      }};
            read(feed);
        } catch (...) {
            fail(std::current_exception());
        }
        work_queue.close();
    });
    std::vector<std::thread> workers;
    for (unsigned n = 0; n < jobs; ++n) {
        workers.push_back(spawn([&] {
            try {
                auto worker = make_worker(true);
                while (auto item = work_queue.pop())
                    result_queue.push({item->seq, worker(std::move(item->job))});
            } catch (...) {
                fail(std::current_exception());
            }
            if (--workers_left == 0) result_queue.close();
        }));
    }
    try {
        std::map<size_t, Output> early;
        size_t next = 0;
        while (auto r = result_queue.pop()) {
            early.emplace(r->seq, std::move(r->output));
            for (auto it = early.find(next); it != early.end(); it = early.find(++next)) {
                apply(std::move(it->second));
                early.erase(it);
                in_flight.release();
            }
        }
    } catch (...) {
        fail(std::current_exception());
    }
    if (reader.joinable()) reader.join();
    for (auto& t : workers) {
        if (t.joinable()) t.join();
    }
    if (failure) std::rethrow_exception(failure);
}

}  // namespace forum
