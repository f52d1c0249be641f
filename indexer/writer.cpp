#include "indexer/writer.hpp"

#include <stdexcept>

#include "common/schema.hpp"
#include "indexer/document.hpp"

namespace forum {
namespace {

Xapian::Stem stemmer_for(const std::string& language) {
    try {
        return Xapian::Stem(language);
    } catch (const Xapian::InvalidArgumentError&) {
        throw std::invalid_argument("no stemmer for language \"" + language +
                                    "\"; available: " + Xapian::Stem::get_available_languages());
    }
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, const std::string& language)
    : db_(path, Xapian::DB_CREATE_OR_OPEN) {
    std::string stored = db_.get_metadata(std::string(schema::kMetaLanguage));
    language_ = !language.empty() ? language
                : !stored.empty() ? stored
                                  : std::string(schema::kDefaultLanguage);
    if (!stored.empty() && stored != language_) {
        throw std::invalid_argument("the index at " + path + " was built with language \"" +
                                    stored + "\", not \"" + language_ +
                                    "\"; index into a new directory");
    }
    terms_ = make_term_generator(stemmer_for(language_));
    db_.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
    db_.set_metadata(std::string(schema::kMetaLanguage), language_);
}

void IndexWriter::add(const Post& post) {
    std::string id = schema::unique_term(post);
    Xapian::Document doc = make_document(post, terms_);
    if (id.empty()) {
        db_.add_document(doc);
    } else {
        db_.replace_document(id, doc);
    }
}

void IndexWriter::commit() { db_.commit(); }

}  // namespace forum
