#pragma once
// Sources: what the command line names, read into pages. Directories are walked recursively in
// byte order of their paths, so every run sees pages in the same order. What a file is comes from
// its bytes, not its name:
//   an HTML page, plain or gzip (any name: wget's "page-2", "index.html@page=2", ".html.gz")
//   a WARC 1.0/1.1 file, plain or .warc.gz (one gzip member per record, or the whole file);
//     streamed record by record, so memory is bounded by the largest record, not the file
//   a tar, zip or 7z archive of saved pages (libarchive), with any compression
// Sources are named in reports and in each post's `source`: a file by its path, a WARC record as
// FILE#OFFSET (its byte offset in the decompressed WARC), an archive member as ARCHIVE!MEMBER.
// Names are bytes, kept as they are (not always UTF-8). What cannot be listed or read is reported
// as unreadable with the system's reason; what is not a regular file (a FIFO, a device, a link
// that leads nowhere) is reported as skipped and never opened.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "indexer/input/raw_page.hpp"
#include "indexer/report/problem.hpp"

namespace forum {

struct SourceOptions {
    size_t max_page_bytes = kDefaultMaxPageBytes;  // larger pages or records are refused
    std::vector<std::string> exclude;  // globs, matched against the path and the file name
    std::string files_from;            // a file listing paths, one per line ("-": stdin)
};

struct SourceHandlers {
    std::function<void(RawPage&&)> page;
    std::function<void(InputProblem&&)> problem;
};

struct InputFile {
    std::string path;      // as named (or found under a named directory)
    std::string absolute;  // lexically normal absolute path: the file's identity across runs
    std::uint64_t size = 0;
    std::int64_t mtime = 0;
};

struct Inputs {
    std::vector<InputFile> files;    // in the order they are read
    std::vector<std::string> roots;  // the named paths that exist, absolute
};

// Every input file the paths (and --files-from) name, without reading any; excluded, special and
// unreadable files and missing paths are reported to `handlers.problem`.
Inputs list_inputs(const std::vector<std::string>& paths, const SourceOptions& options,
                   const SourceHandlers& handlers);

// Reads one input file into pages.
void read_input(const InputFile& file, const SourceOptions& options,
                const SourceHandlers& handlers);

// The content hash of a whole file (read in full, streaming); false with the OS's reason when it
// cannot be read.
bool file_hash(const std::string& path, std::string& hash, std::string& error);

// Whether `path` is `root` or lies under it (both absolute).
bool is_under(const std::string& path, const std::string& root);

// Whether bytes look like an HTML document: a tag near the start (UTF-8, or UTF-16 by its BOM or
// its bytes; NUL bytes ignored).
bool looks_like_html(std::string_view bytes);

}  // namespace forum
