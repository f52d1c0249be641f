#pragma once
// Servers for the sharded-search tests, on loopback: xapian-tcpsrv serving an index on a free
// port, and listeners that are not Xapian servers (one never answers, one answers garbage).
// Each is stopped by its destructor, so a failing test leaves no process or thread behind.

#include <atomic>
#include <string>
#include <thread>

namespace e2e {

class TcpServer {
public:
    // Starts `xapian-tcpsrv` for `db` on a free loopback port and returns once it accepts
    // connections. Throws std::runtime_error if it cannot.
    explicit TcpServer(const std::string& db);
    ~TcpServer();
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;

    unsigned port() const { return port_; }
    std::string address() const;  // tcp://127.0.0.1:PORT
    // SIGKILL, as a machine that goes away; the port is then closed.
    void kill();

private:
    int pid_ = -1;
    unsigned port_ = 0;
};

// A loopback port where something that is not a Xapian server listens: `garbage` empty, it
// never accepts (the connection is made by the kernel, and nothing is ever said); otherwise it
// accepts and writes `garbage`, then closes.
class FakeServer {
public:
    explicit FakeServer(std::string garbage = {});
    ~FakeServer();
    FakeServer(const FakeServer&) = delete;
    FakeServer& operator=(const FakeServer&) = delete;
    std::string address() const;

private:
    int fd_ = -1;
    unsigned port_ = 0;
    std::atomic<bool> stop_{false};
    std::thread answering_;
};

}  // namespace e2e
