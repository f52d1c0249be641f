#pragma once
// Why an input gave no posts (or fewer than it should, or needed care). Every input that is not
// indexed in full is reported with one of these and counted; nothing is skipped silently.

#include <string>
#include <string_view>

namespace forum {

enum class Problem {
    // Skipped: not what forum-index indexes; counted, not an error.
    kNotHtml,
    kNotThreadPage,
    kExcluded,
    kHttpStatus,
    kWarcRequest,
    kWarcRevisit,
    kWarcMetadata,
    kWarcInfo,
    kWarcOther,
    kSpecialFile,  // a FIFO, socket, device, or a symbolic link that leads to no file: never opened
    // Failed: the input is damaged or unreadable; everything else is still indexed.
    kUnreadable,
    kEmpty,
    kBadGzip,
    kTooLarge,
    kTruncatedPage,
    kNoPosts,
    kBadWarc,
    kBadHttp,
    kBadArchive,
    kNotHtmlAsDeclared,
    // Warnings: read in full, but not as the page said; counted, not an error.
    kCharsetFallback,
    kDeepNesting,
    kNulBytes,
    kCharsetDetected,  // nothing usable declared and not UTF-8: the charset was guessed
    kCharsetReplaced,  // bytes not valid in the page's charset, each read as U+FFFD
};

enum class Severity { kSkip, kFailure, kWarning };

struct ProblemKind {
    std::string_view key;   // stable name for --json
    std::string_view text;  // for people
    Severity severity;
};

const ProblemKind& describe(Problem p);

struct InputProblem {
    std::string source;
    Problem problem;
    std::string detail;  // may be empty
};

}  // namespace forum
