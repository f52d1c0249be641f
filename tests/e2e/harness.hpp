#pragma once
// Runs the real binaries as a user would, and reads what they print.

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace e2e {

struct Result {
    std::string out;
    std::string err;
    int code = -1;
};

// argv[0] is the binary; `cwd` empty means the current directory.
Result run(const std::vector<std::string>& argv, const std::string& cwd = {});

// Starts a command in the background, its output discarded, with `env` ("NAME=VALUE") added to
// its environment; returns its pid.
int start(const std::vector<std::string>& argv, const std::vector<std::string>& env = {});
// Waits for a started command; its exit code, or 128 + the signal that ended it.
int wait_for(int pid);
// Waits until a started command stops (SIGSTOP); false if it ended instead.
bool wait_stopped(int pid);

Result forum_index(std::vector<std::string> args, const std::string& cwd = {});
Result forum_search(std::vector<std::string> args);

std::vector<nlohmann::json> json_lines(const std::string& text);
std::string read_file(const std::filesystem::path& p);

// A fresh directory under the system temp dir, removed with the object.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::string str() const { return path_.string(); }

private:
    std::filesystem::path path_;
};

inline const std::string kFixtures = FIXTURES_DIR;
inline const std::string kGolden = GOLDEN_DIR;
inline const std::string kRealCorpus = REAL_CORPUS_DIR;

}  // namespace e2e
