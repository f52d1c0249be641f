#include "indexer/update/file_reader.hpp"

#include "indexer/update/stop_signal.hpp"

namespace forum {

void read_files(const std::vector<InputFile>& files,
                const std::unordered_map<std::string, FileState>& last, const PlanContext& plan,
                const SourceOptions& options, RunFeed& feed) {
    for (size_t n = 0; n < files.size() && !stopped(); ++n) {
        const InputFile& in = files[n];
        auto it = last.find(in.absolute);
        const FileState* st = it == last.end() ? nullptr : &it->second;
        if (plan_file(in, st, nullptr, plan).action == FileAction::kUnchanged) {
            feed.apply(FileNote{FileNote::kUnchanged, n, {}, 0});
            continue;
        }
        std::string hash, error;
        if (!file_hash(in.path, hash, error)) {
            feed.apply(FileProblem{n, {in.path, Problem::kUnreadable, std::move(error)}});
            feed.apply(FileNote{FileNote::kUnreadable, n, {}, 0});
            continue;
        }
        FilePlan p = plan_file(in, st, &hash, plan);
        if (p.action == FileAction::kTouched) {
            // Touched, or checked with --verify: the same bytes. Remember the new mtime.
            FileState same = *st;
            same.size = in.size;
            same.mtime = in.mtime;
            feed.apply(FileNote{FileNote::kTouched, n, std::move(same), 0});
            continue;
        }
        size_t pages = 0;
        bool unreadable = false;
        SourceHandlers handlers;
        handlers.problem = [&](InputProblem&& problem) {
            if (problem.problem == Problem::kUnreadable && problem.source == in.path)
                unreadable = true;
            feed.apply(FileProblem{n, std::move(problem)});
        };
        handlers.page = [&](RawPage&& raw) {
            ++pages;
            feed.work(ReadPage{n, p.again, std::move(raw)});
        };
        read_input(in, options, handlers);
        if (unreadable && pages == 0) {
            feed.apply(FileNote{FileNote::kUnreadable, n, {}, 0});
            continue;
        }
        FileState now{in.absolute, in.size, in.mtime, hash, {}, false, plan.fingerprint};
        feed.apply(FileNote{FileNote::kRead, n, std::move(now), pages});
    }
}

}  // namespace forum
