#include "indexer/update/page_worker.hpp"

#include "common/schema/partition.hpp"
#include "common/schema/schema.hpp"
#include "common/schema/stemming.hpp"
#include "indexer/extract/post_language.hpp"
#include "indexer/store/document.hpp"
#include "indexer/store/writer.hpp"
#include "indexer/update/change_plan.hpp"

namespace forum {

PageWorker::PageWorker(const IndexOptions& options, const std::string& language,
                       std::optional<Xapian::Database> state_db, const Xapian::Database* writer_db)
    : opt_(options), language_(language), own_db_(std::move(state_db)), writer_db_(writer_db) {}

PageWork PageWorker::work(ReadPage&& item, const InputFile& file) {
    PageWork w;
    w.file = item.file;
    w.name = file.absolute + item.page.source.substr(file.path.size());
    w.key = schema::source_key(w.name);
    w.crawl_time = item.page.crawl_time;
    w.hash = page_hash(item.page);
    w.report.deferred = true;
    ++w.report.pages_seen;
    if (!page_needs_extraction(last_state(w.key), w.hash, item.again)) {
        w.unchanged = true;
        ++w.report.pages_unchanged;
        return w;
    }
    Page page = Page::parse(std::move(item.page), opt_.parse);
    Extraction ex = extract_reporting(page, opt_, w.report);
    assign_languages(ex.posts, language_);
    for (size_t i = 0; i < ex.posts.size(); ++i) {
        // Another partition's post: this shard's state of the page records only its own. The
        // ordinal below stays the post's place on the page, as without --partition.
        if (opt_.partition && schema::partition_of(ex.posts[i], w.key, opt_.partition->count) !=
                                  opt_.partition->index) {
            ++w.report.other_partition_posts;
            continue;
        }
        std::string id = schema::unique_term(ex.posts[i]);
        Xapian::Document doc = make_document(ex.posts[i], terms_for(*ex.posts[i].lang));
        if (id.empty()) {
            // Neither an id nor a thread URL and position: its place in this source.
            id = std::string(schema::kUnique) + w.key + "#" + std::to_string(i);
            doc.add_boolean_term(id);  // Xapian does not add a replace_document's term
        }
        schema::add_tie_keys(doc, ex.posts[i], id);
        w.docs.emplace_back(std::move(id), std::move(doc));
    }
    return w;
}

Xapian::TermGenerator& PageWorker::terms_for(const std::string& language) {
    auto it = terms_.find(language);
    if (it == terms_.end())
        it = terms_.emplace(language, make_term_generator(schema::stemmer_of(language))).first;
    return it->second;
}

std::optional<SourceState> PageWorker::last_state(const std::string& key) {
    if (!own_db_) return read_source_state(*writer_db_, key);
    for (int attempt = 0;; ++attempt) {
        try {
            return read_source_state(*own_db_, key);
        } catch (const Xapian::DatabaseModifiedError&) {
            if (attempt == 3) throw;
            own_db_->reopen();
        }
    }
}

}  // namespace forum
