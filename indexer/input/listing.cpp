// Listing the inputs: the named paths, directories walked, --files-from; nothing is read.

#include "indexer/input/source.hpp"

#include <limits.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#include "common/core/text.hpp"
#include "indexer/input/exclusion.hpp"

namespace forum {
namespace fs = std::filesystem;
namespace {

std::int64_t mtime_seconds(const fs::path& p) {
    std::error_code ec;
    auto t = fs::last_write_time(p, ec);
    if (ec) return 0;
    auto sys = std::chrono::file_clock::to_sys(t);
    return std::chrono::duration_cast<std::chrono::seconds>(sys.time_since_epoch()).count();
}

class Lister {
public:
    Lister(const SourceOptions& options, const SourceHandlers& handlers)
        : opt_(options), h_(handlers) {}

    void list(const std::string& arg, Inputs& inputs) {
        fs::path root(arg);
        std::error_code ec;
        auto status = fs::status(root, ec);
        if (status.type() == fs::file_type::not_found)
            return fail(arg, Problem::kUnreadable, "no such file or directory");
        if (ec) return fail(arg, Problem::kUnreadable, ec.message());
        inputs.roots.push_back(absolute(root));
        if (fs::is_directory(status)) {
            std::vector<fs::path> files;
            walk(root, files);
            std::sort(files.begin(), files.end());
            for (const auto& f : files)
                add(f, inputs);
        } else if (fs::is_regular_file(status)) {
            add(root, inputs);
        } else {
            h_.problem({arg, Problem::kSpecialFile, std::string(special_kind(status.type()))});
        }
    }

private:
    // Collects the regular files under `dir`. What cannot be listed is reported with the OS's
    // reason (the index keeps the posts of files under it: they are not known to be gone); what
    // is not a regular file is counted as skipped, never opened (a FIFO would block the run).
    // Symbolic links to files are followed, to directories not (a link may lead back up).
    void walk(const fs::path& dir, std::vector<fs::path>& files) {
        std::error_code ec;
        std::vector<fs::directory_entry> entries;
        for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator();
             it.increment(ec))
            entries.push_back(*it);
        if (ec) fail(dir.string(), Problem::kUnreadable, ec.message());
        std::sort(entries.begin(), entries.end());
        for (const auto& e : entries) {
            const fs::path& p = e.path();
            if (excluded(p)) {
                h_.problem({p.string(), Problem::kExcluded, {}});
                continue;
            }
            fs::file_status link = e.symlink_status(ec);
            if (ec) {
                if (link.type() != fs::file_type::not_found)  // else: gone since listed
                    fail(p.string(), Problem::kUnreadable, ec.message());
                continue;
            }
            bool is_link = fs::is_symlink(link);
            fs::file_status target = is_link ? e.status(ec) : link;
            if (is_link && target.type() == fs::file_type::not_found) {
                h_.problem({p.string(), Problem::kSpecialFile, "broken symbolic link"});
            } else if (ec == std::errc::too_many_symbolic_link_levels) {
                h_.problem({p.string(), Problem::kSpecialFile, "symbolic link loop"});
            } else if (ec) {
                fail(p.string(), Problem::kUnreadable, ec.message());
            } else if (fs::is_regular_file(target)) {
                files.push_back(p);
            } else if (fs::is_directory(target) && is_link) {
                h_.problem({p.string(), Problem::kSpecialFile,
                            "symbolic link to a directory, not followed"});
            } else if (fs::is_directory(target)) {
                walk(p, files);
            } else {
                h_.problem(
                    {p.string(), Problem::kSpecialFile, std::string(special_kind(target.type()))});
            }
        }
    }

    static std::string_view special_kind(fs::file_type type) {
        switch (type) {
            case fs::file_type::fifo:
                return "FIFO";
            case fs::file_type::socket:
                return "socket";
            case fs::file_type::character:
                return "character device";
            case fs::file_type::block:
                return "block device";
            default:
                return "unknown file type";
        }
    }

    void add(const fs::path& p, Inputs& inputs) {
        if (excluded(p)) return h_.problem({p.string(), Problem::kExcluded, {}});
        std::error_code ec;
        auto size = fs::file_size(p, ec);
        if (ec) return fail(p.string(), Problem::kUnreadable, ec.message());
        inputs.files.push_back({p.string(), absolute(p), size, mtime_seconds(p)});
    }

    static std::string absolute(const fs::path& p) {
        std::error_code ec;
        return fs::absolute(p, ec).lexically_normal().string();
    }

    bool excluded(const fs::path& p) const { return is_excluded(p, opt_.exclude); }

    void fail(const std::string& source, Problem p, std::string detail = {}) {
        h_.problem({source, p, std::move(detail)});
    }

    const SourceOptions& opt_;
    const SourceHandlers& h_;
};

// The paths a --files-from list names, one per line. A line longer than a path can be, or one
// holding a NUL byte, means this is no list of paths (--files-from /dev/zero): it is reported
// and the rest of the list is not read, rather than read into memory without end.
void list_files_from(const std::string& name, Lister& lister, Inputs& inputs,
                     const SourceHandlers& handlers) {
    auto fail = [&](std::string why) {
        handlers.problem({name, Problem::kUnreadable, "--files-from list: " + why});
    };
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, std::fclose);
    std::FILE* in = stdin;
    if (name != "-") {
        file.reset(std::fopen(name.c_str(), "rb"));
        if (!file) return fail(std::strerror(errno));
        in = file.get();
    }
    std::string line;
    for (size_t number = 1;; ++number) {
        line.clear();
        int c;
        while ((c = std::getc(in)) != EOF && c != '\n') {
            if (c == '\0') {
                return fail("line " + std::to_string(number) +
                            " holds a NUL byte; expected paths, one per line");
            }
            if (line.size() == PATH_MAX) {
                return fail("line " + std::to_string(number) + " is longer than " +
                            std::to_string(PATH_MAX) + " bytes; expected paths, one per line");
            }
            line += static_cast<char>(c);
        }
        if (std::ferror(in)) return fail(std::strerror(errno));
        std::string_view p = trim(line);
        if (!p.empty()) lister.list(std::string(p), inputs);
        if (c == EOF) return;
    }
}

}  // namespace

Inputs list_inputs(const std::vector<std::string>& paths, const SourceOptions& options,
                   const SourceHandlers& handlers) {
    Inputs inputs;
    Lister lister(options, handlers);
    for (const auto& p : paths)
        lister.list(p, inputs);
    if (!options.files_from.empty()) list_files_from(options.files_from, lister, inputs, handlers);
    return inputs;
}

bool is_under(const std::string& path, const std::string& root) {
    if (path == root) return true;
    std::string dir = root.ends_with('/') ? root : root + "/";
    return path.starts_with(dir);
}

}  // namespace forum
