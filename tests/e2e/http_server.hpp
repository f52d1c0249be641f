#pragma once
// `forum-search serve` as the tests run it: started with --port 0, its port read from the first
// line it prints, stopped with a signal.

#include <string>
#include <vector>

#include <httplib.h>

namespace e2e {

class ServeProcess {
public:
    // forum-search serve --port 0 ARGS...
    explicit ServeProcess(const std::vector<std::string>& args);
    ~ServeProcess();
    ServeProcess(const ServeProcess&) = delete;
    ServeProcess& operator=(const ServeProcess&) = delete;

    const std::string& first_line() const { return first_line_; }
    int port() const { return port_; }
    httplib::Client client() const;
    // Sends `signal` and waits up to 30 s: the exit code (128 + signal if it died of it), or
    // kStillRunning if it had not exited (it is then killed).
    int stop(int signal);
    static constexpr int kStillRunning = -2;

private:
    int pid_ = -1;
    int out_ = -1;
    int port_ = 0;
    std::string first_line_;
};

}  // namespace e2e
