#include "shard_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <chrono>
#include <stdexcept>
#include <vector>

namespace e2e {
namespace {

sockaddr_in loopback(unsigned port) {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(static_cast<uint16_t>(port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// A listening socket on a port the kernel picked.
int listen_on_free_port(unsigned& port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a = loopback(0);
    socklen_t len = sizeof a;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 || listen(fd, 8) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
        throw std::runtime_error("cannot listen on loopback");
    port = ntohs(a.sin_port);
    return fd;
}

bool accepts(unsigned port) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a = loopback(port);
    bool ok = connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    close(fd);
    return ok;
}

}  // namespace

TcpServer::TcpServer(const std::string& db) {
    // A free port: the kernel picks one, we let it go and hand it to xapian-tcpsrv. Another
    // process may take it in between; then the server exits, and we try another.
    for (int attempt = 0; attempt < 5; ++attempt) {
        int probe = listen_on_free_port(port_);
        close(probe);
        std::string port = std::to_string(port_);
        pid_ = fork();
        if (pid_ < 0) throw std::runtime_error("fork failed");
        if (pid_ == 0) {
            // xapian-tcpsrv kills its whole process group on SIGTERM: a group of its own. And it
            // goes when the test process does, however that ends.
            setsid();
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            int null = open("/dev/null", O_WRONLY);
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port",
                   port.c_str(), "--quiet", db.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        // Ready when it accepts a connection; gone if it could not bind.
        auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (std::chrono::steady_clock::now() < deadline) {
            int status = 0;
            if (waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = -1;
                break;
            }
            if (accepts(port_)) return;
            poll(nullptr, 0, 10);  // between two readiness checks
        }
        kill();
    }
    throw std::runtime_error("xapian-tcpsrv did not start for " + db);
}

TcpServer::~TcpServer() { kill(); }

std::string TcpServer::address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

void TcpServer::kill() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGKILL);  // the server and the children it forked per connection
    waitpid(pid_, nullptr, 0);
    pid_ = -1;
}

FakeServer::FakeServer(std::string garbage) {
    fd_ = listen_on_free_port(port_);
    if (garbage.empty()) return;
    answering_ = std::thread([this, garbage = std::move(garbage)] {
        while (!stop_) {
            pollfd p{fd_, POLLIN, 0};
            if (poll(&p, 1, 20) <= 0) continue;
            int c = accept(fd_, nullptr, nullptr);
            if (c < 0) continue;
            (void)!write(c, garbage.data(), garbage.size());
            close(c);
        }
    });
}

FakeServer::~FakeServer() {
    stop_ = true;
    if (answering_.joinable()) answering_.join();
    close(fd_);
}

std::string FakeServer::address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

}  // namespace e2e
