#pragma once
// httplib's task queue with a bound: N workers take connections from a queue of at most
// `max_waiting`; a connection beyond that is handed to one refusing thread, on which the server
// answers 503 at once (refusing() tells the handlers). httplib's own ThreadPool queues without
// limit, so a burst would wait in memory however long it grew.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <httplib.h>

namespace forum::http {

class BoundedQueue : public httplib::TaskQueue {
public:
    BoundedQueue(unsigned workers, unsigned max_waiting);
    ~BoundedQueue() override;
    BoundedQueue(const BoundedQueue&) = delete;
    BoundedQueue& operator=(const BoundedQueue&) = delete;

    void enqueue(std::function<void()> fn) override;
    // Lets the running connections finish, then joins the threads.
    void shutdown() override;

    // True on the thread that refuses the connections the queue had no room for.
    static bool refusing();

private:
    void work(std::deque<std::function<void()>>& jobs, bool refuser);

    unsigned max_waiting_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> jobs_, refused_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace forum::http
