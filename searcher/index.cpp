#include "searcher/index.hpp"

#include <chrono>
#include <thread>

#include "common/schema/schema.hpp"

namespace forum {
namespace {

constexpr int kReopenAttempts = 5;
constexpr std::chrono::milliseconds kRetryPause{50};

}  // namespace

SearchIndex open_index(const std::string& path) {
    // `forum-index --full` swaps a fresh index in under the same name; a reader opening at that
    // moment can see half of each. Such a failure is retried; a missing index is not.
    for (int attempt = 1;; ++attempt) {
        try {
            SearchIndex index{Xapian::Database(path), Xapian::Stem(), path};
            std::string language = index.db.get_metadata(std::string(schema::kMetaLanguage));
            index.stemmer =
                Xapian::Stem(language.empty() ? std::string(schema::kDefaultLanguage) : language);
            return index;
        } catch (const Xapian::DatabaseNotFoundError&) {
            throw;
        } catch (const Xapian::DatabaseError&) {
            if (attempt == kReopenAttempts) throw;
            std::this_thread::sleep_for(kRetryPause);
        }
    }
}

}  // namespace forum
