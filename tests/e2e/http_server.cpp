#include "http_server.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <regex>
#include <stdexcept>

#include "harness.hpp"

namespace e2e {

ServeProcess::ServeProcess(const std::vector<std::string>& args) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        dup2(pipe_fds[1], STDOUT_FILENO);
        int null = open("/dev/null", O_WRONLY);
        dup2(null, STDERR_FILENO);
        close(pipe_fds[0]);
        std::vector<std::string> argv = {FORUM_SEARCH_BIN, "serve", "--port", "0"};
        argv.insert(argv.end(), args.begin(), args.end());
        std::vector<char*> c;
        for (auto& a : argv)
            c.push_back(a.data());
        c.push_back(nullptr);
        execv(c[0], c.data());
        _exit(127);
    }
    close(pipe_fds[1]);
    out_ = pipe_fds[0];
    // The first line, within 30 s (a sanitizer build starts slowly).
    pollfd pfd{out_, POLLIN, 0};
    char c;
    while (poll(&pfd, 1, 30000) > 0 && read(out_, &c, 1) == 1 && c != '\n')
        first_line_ += c;
    std::smatch m;
    static const std::regex listening(R"(listening on http://127\.0\.0\.1:(\d+)/)");
    if (std::regex_match(first_line_, m, listening)) port_ = std::stoi(m[1]);
}

ServeProcess::~ServeProcess() {
    if (pid_ > 0) stop(SIGTERM);
    if (out_ >= 0) close(out_);
}

httplib::Client ServeProcess::client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
}

int ServeProcess::stop(int signal) {
    if (pid_ <= 0) return -1;
    kill(pid_, signal);
    // A server that ignores the signal fails the test that stops it instead of hanging the suite.
    int status = 0;
    int code = kStillRunning;
    for (int waited_ms = 0; waited_ms < 30000; waited_ms += 10) {
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
            break;
        }
        usleep(10000);
    }
    if (code == kStillRunning) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
    }
    pid_ = -1;
    return code;
}

}  // namespace e2e
