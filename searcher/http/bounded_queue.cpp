#include "searcher/http/bounded_queue.hpp"

namespace forum::http {
namespace {
thread_local bool tl_refusing = false;
}

BoundedQueue::BoundedQueue(unsigned workers, unsigned max_waiting) : max_waiting_(max_waiting) {
    for (unsigned i = 0; i < workers; ++i)
        threads_.emplace_back([this] { work(jobs_, false); });
    threads_.emplace_back([this] { work(refused_, true); });
}

BoundedQueue::~BoundedQueue() { shutdown(); }

void BoundedQueue::enqueue(std::function<void()> fn) {
    {
        std::lock_guard lock(mutex_);
        // A refusal is quick (no search), so its own queue needs no bound of its own.
        (jobs_.size() < max_waiting_ ? jobs_ : refused_).push_back(std::move(fn));
    }
    ready_.notify_all();
}

void BoundedQueue::shutdown() {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ && threads_.empty()) return;
        stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : threads_)
        t.join();
    threads_.clear();
}

bool BoundedQueue::refusing() { return tl_refusing; }

void BoundedQueue::work(std::deque<std::function<void()>>& jobs, bool refuser) {
    tl_refusing = refuser;
    for (;;) {
        std::function<void()> fn;
        {
            std::unique_lock lock(mutex_);
            ready_.wait(lock, [&] { return stopping_ || !jobs.empty(); });
            if (jobs.empty()) return;  // stopping, and nothing left to answer
            fn = std::move(jobs.front());
            jobs.pop_front();
        }
        fn();
    }
}

}  // namespace forum::http
