// forum-index: crawled forum thread pages in, one Xapian document per post out.

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <new>
#include <system_error>
#include <thread>

#include <libxml/parser.h>
#include <xapian.h>
#include <CLI/CLI.hpp>

#include "common/cli/cli.hpp"
#include "common/cli/db_location.hpp"
#include "common/core/exit_codes.hpp"
#include "common/core/time_zone.hpp"
#include "indexer/engines/engine_list.hpp"
#include "indexer/html/out_of_memory.hpp"
#include "indexer/store/index_dirs.hpp"
#include "indexer/store/index_lock.hpp"
#include "indexer/update/commands.hpp"

namespace {

constexpr const char* kFooter =
    "Subcommand:\n"
    "  forum-index extract [OPTIONS] PATH...   print every post as one JSON object per line;\n"
    "                                          no index is touched (see extract --help)\n\n"
    "Exit codes:\n"
    "  0   every input indexed (files that are not forum pages are skipped and counted)\n"
    "  1   some input failed (named on stderr); everything else was indexed and committed\n"
    "  2   usage error\n"
    "  3   the index cannot be opened or written (permissions, read-only, disk full), or memory\n"
    "      ran out\n"
    "  75  another forum-index is writing to the index (see --wait-lock)\n"
    "  130 interrupted (SIGINT), 143 terminated (SIGTERM): what was done is committed";

std::vector<std::string> engine_names() {
    std::vector<std::string> names;
    for (const auto& e : forum::engines())
        names.emplace_back(e.name);
    return names;
}

struct CommonArgs {
    std::string engine;
    std::string zone = "UTC";
};

void add_run_options(CLI::App& app, forum::RunOptions& o, CommonArgs& args) {
    app.add_option(
        "PATH", o.paths,
        "Saved pages, WARC files, tar/zip archives, and directories of them (recursive)");
    app.add_option("--files-from", o.source.files_from,
                   "Also read the paths listed in FILE, one per line (- for standard input)");
    app.add_option("--exclude", o.source.exclude,
                   "Leave out files and directories whose path or name matches GLOB (repeatable)")
        ->allow_extra_args(false);
    app.add_option("--engine", args.engine, "Use this forum engine's extractor, without detection")
        ->check(CLI::IsMember(engine_names()));
    app.add_option("--timezone", args.zone,
                   "Zone of page times that carry none: a UTC offset (+05:00) or an IANA name "
                   "(Europe/Moscow), whose DST is applied per date")
        ->capture_default_str();
    app.add_option("--max-page-size", o.source.max_page_bytes,
                   "Refuse pages larger than this many bytes (after decompression), or whose "
                   "markup makes more than one element, attribute or text per 16 bytes of it")
        ->capture_default_str();
    app.add_flag("-v,--verbose", o.verbose, "Name every skipped input on stderr");
    app.add_flag("-q,--quiet", o.quiet, "Print only failures on stderr (no summary, no progress)");
}

std::optional<int> apply_common(const CommonArgs& args, forum::RunOptions& run) {
    if (run.paths.empty() && run.source.files_from.empty()) {
        std::cerr << "forum-index: no PATH given (name pages, directories, WARC files or archives, "
                     "or use --files-from)\n";
        return forum::exit_code::kUsage;
    }
    run.engine = args.engine.empty() ? nullptr : forum::find_engine(args.engine);
    run.parse.max_nodes = run.source.max_page_bytes / forum::kBytesPerNode;
    if (auto offset = forum::parse_utc_offset(args.zone)) {
        run.parse.utc_offset_seconds = *offset;
    } else if (auto zone = forum::TimeZone::load(args.zone)) {
        run.parse.zone = std::move(zone);
    } else {
        std::cerr << "forum-index: --timezone: neither a UTC offset nor a time zone in "
                     "/usr/share/zoneinfo: "
                  << args.zone << '\n';
        return forum::exit_code::kUsage;
    }
    return std::nullopt;
}

int extract_main(int argc, char** argv) {
    CLI::App app{"forum-index extract: print the posts of saved pages as JSON lines"};
    app.name("forum-index extract");
    forum::RunOptions run;
    CommonArgs args;
    add_run_options(app, run, args);
    app.add_option("-j,--jobs", run.jobs,
                   "Parse pages on this many threads; posts are printed in the same order")
        ->capture_default_str()
        ->check(CLI::Range(1u, 256u));
    if (auto rc = forum::parse_command_line(app, argc, argv)) return *rc;
    if (auto rc = apply_common(args, run)) return *rc;
    return forum::run_extract(run);
}

// A run that ran out of space names what runs that did not finish left beside the index, if it
// could not remove them (it removes them when it starts).
std::string out_of_space_note(const std::string& db, bool out_of_space) {
    if (!out_of_space) return "";
    std::string leftovers = forum::leftovers_in_the_way(db);
    if (leftovers.empty()) return "";
    return "; left by runs that did not finish, and not removable: " + leftovers;
}

int index_main(int argc, char** argv) {
    CLI::App app{"forum-index: index crawled forum thread pages, one Xapian document per post"};
    app.name("forum-index");
    app.set_version_flag("-V,--version", std::string("forum-index ") + FORUM_SEARCH_VERSION);
    app.footer(kFooter);
    forum::IndexOptions run;
    CommonArgs args;
    run.db = forum::default_db_path();
    app.add_option("--db", run.db, "Index directory (default: $FORUM_SEARCH_DB, else ./forum.db)");
    app.add_option("--lang", run.language,
                   "The language of every post of this run, e.g. russian or ru (default: each "
                   "post's language is detected)");
    app.add_flag("--json", run.json, "Print the run's summary as one JSON object on stdout");
    app.add_flag("--full", run.full,
                 "Rebuild into a fresh index beside the old one and swap it in when complete");
    app.add_flag("--verify", run.verify,
                 "Compare files by content hash instead of size and mtime (reads every file)");
    app.add_flag("--no-delete", run.no_delete, "Keep the posts of files that have vanished");
    int wait_lock = 0;
    app.add_option(
           "--wait-lock", wait_lock,
           "Wait up to SECONDS for another forum-index to finish (default: exit 75 at once)")
        ->check(CLI::NonNegativeNumber);
    run.jobs = std::max(1u, std::thread::hardware_concurrency());
    app.add_option("-j,--jobs", run.jobs, "Parse pages on this many threads (default: the cores)")
        ->capture_default_str()
        ->check(CLI::Range(1u, 256u));
    app.add_option("--commit-every", run.commit_every, "Commit after this many posts")
        ->capture_default_str()
        ->check(CLI::PositiveNumber);
    std::string partition;
    app.add_option("--partition", partition,
                   "Index only the threads that hash to K of N (by site and thread id), so that N "
                   "indexes, one per machine, hold a crawl between them: K/N, 1 <= K <= N");
    add_run_options(app, run, args);
    if (auto rc = forum::parse_command_line(app, argc, argv)) return *rc;
    if (auto rc = apply_common(args, run)) return *rc;
    if (!partition.empty()) {
        run.partition = forum::schema::parse_partition(partition);
        if (!run.partition) {
            std::cerr << "forum-index: --partition " << partition
                      << ": not K/N with 1 <= K <= N (e.g. 2/3)\n";
            return forum::exit_code::kUsage;
        }
    }
    run.wait_lock = std::chrono::seconds(wait_lock);
    // "forum.db/" names the same index as "forum.db"; the paths made beside it (INDEX.new,
    // INDEX.shards) must not land inside it.
    while (run.db.size() > 1 && run.db.back() == '/')
        run.db.pop_back();
    try {
        return forum::run_index(run);
    } catch (const forum::IndexBusy& e) {
        std::cerr << "forum-index: " << e.what() << '\n';
        return forum::exit_code::kIndexLocked;
    } catch (const std::invalid_argument& e) {
        std::cerr << "forum-index: " << e.what() << '\n';
        return forum::exit_code::kUsage;
    } catch (const Xapian::Error& e) {
        // A lock that failed for another reason than another writer is here too (exit 3).
        std::string what = e.get_description();
        std::cerr << "forum-index: " << run.db << ": " << what
                  << out_of_space_note(run.db, what.find(std::strerror(ENOSPC)) != what.npos)
                  << '\n';
        return forum::exit_code::kIndexError;
    } catch (const std::system_error& e) {  // std::filesystem::filesystem_error too
        std::cerr << "forum-index: " << e.what()
                  << out_of_space_note(run.db, e.code() == std::errc::no_space_on_device) << '\n';
        return forum::exit_code::kIndexError;
    }
}

}  // namespace

int main(int argc, char** argv) {
    forum::prepare_for_out_of_memory();
    xmlInitParser();
    try {
        // "extract" is dispatched by hand: a CLI11 subcommand would compete with PATH.
        if (argc > 1 && std::strcmp(argv[1], "extract") == 0)
            return extract_main(argc - 1, argv + 1);
        return index_main(argc, argv);
    } catch (const std::bad_alloc&) {
        // Whatever was committed stays; what was not is redone by the next run.
        std::cerr << "forum-index: out of memory\n";
        return forum::exit_code::kIndexError;
    } catch (const std::system_error& e) {
        // A thread that cannot start, for want of memory for its stack (or of a process slot).
        std::cerr << "forum-index: " << e.what() << '\n';
        return forum::exit_code::kIndexError;
    }
}
