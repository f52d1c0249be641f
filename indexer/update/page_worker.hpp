#pragma once
// A worker of an index run: parses and extracts a page into documents, unless its content is
// the one last extracted. One per thread, each with its own Xapian objects (they are not
// thread-safe) and its own read-only view of the index for the pages' last state.

#include <map>
#include <optional>
#include <string>

#include <xapian.h>

#include "indexer/update/commands.hpp"
#include "indexer/update/run_items.hpp"

namespace forum {

class PageWorker {
public:
    // The last state is read from `state_db` (a worker thread's own), else from `writer_db`.
    // `language`: the code every post is in (--lang); empty to detect each post's.
    PageWorker(const IndexOptions& options, const std::string& language,
               std::optional<Xapian::Database> state_db, const Xapian::Database* writer_db);

    // `file` is the input file the page was read from.
    PageWork work(ReadPage&& item, const InputFile& file);

private:
    std::optional<SourceState> last_state(const std::string& key);
    // A term generator with the stemmer of a language code, made when first needed.
    Xapian::TermGenerator& terms_for(const std::string& language);

    const IndexOptions& opt_;
    std::string language_;
    std::map<std::string, Xapian::TermGenerator> terms_;
    std::optional<Xapian::Database> own_db_;
    const Xapian::Database* writer_db_;
};

}  // namespace forum
