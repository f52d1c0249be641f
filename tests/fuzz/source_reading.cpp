#include "tests/fuzz/source_reading.hpp"

#include "indexer/input/source.hpp"
#include "tests/fuzz/fuzz_target.hpp"
#include "tests/fuzz/memory_file.hpp"

namespace forum::fuzz {

void read_as_input_file(std::string_view bytes) {
    static MemoryFile file;
    file.write(bytes);
    InputFile input{file.path(), file.path(), bytes.size(), 1696654800};
    SourceOptions options;
    options.max_page_bytes = kMaxPageBytes;
    SourceHandlers handlers;
    handlers.page = [](RawPage&& page) {
        require(!page.source.empty(), "a page names its source");
        require(page.bytes.size() <= kMaxPageBytes, "no page is larger than --max-page-size");
        require(looks_like_html(page.bytes), "only HTML is handed on as a page");
    };
    handlers.problem = [](InputProblem&& problem) {
        require(!problem.source.empty(), "a problem names its source");
        require(!describe(problem.problem).key.empty(), "a problem has a reason");
    };
    read_input(input, options, handlers);
}

}  // namespace forum::fuzz
