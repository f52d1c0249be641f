#include "indexer/document.hpp"

#include "common/dates.hpp"
#include "common/schema.hpp"

namespace forum {
namespace {

void add_filter(Xapian::Document& doc, std::string_view prefix,
                const std::optional<std::string>& value) {
    if (value && !value->empty()) doc.add_boolean_term(schema::boolean_term(prefix, *value));
}

}  // namespace

Xapian::TermGenerator make_term_generator(const Xapian::Stem& stemmer) {
    Xapian::TermGenerator terms;
    terms.set_stemmer(stemmer);
    terms.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
    terms.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    return terms;
}

Xapian::Document make_document(const Post& post, Xapian::TermGenerator& terms) {
    Xapian::Document doc;
    terms.set_document(doc);
    terms.index_text(post.text);
    if (post.thread_title) {
        if (post.position == 1) {
            terms.increase_termpos();  // no phrase across the end of the text and the title
            terms.index_text(*post.thread_title, schema::kFirstPostTitleWdf);
        }
        terms.index_text(*post.thread_title, 1, std::string(schema::kTitle));
    }
    for (const auto& q : post.quotes) {
        terms.increase_termpos();  // no phrase across two quotes
        terms.index_text(q.text, 1, std::string(schema::kQuote));
    }
    add_filter(doc, schema::kPoster, post.poster);
    add_filter(doc, schema::kCountry, post.country);
    add_filter(doc, schema::kLocation, post.location);
    add_filter(doc, schema::kForum, post.forum);
    add_filter(doc, schema::kSite, post.site);
    add_filter(doc, schema::kThread, post.thread_id);
    if (post.date) {
        doc.add_value(schema::kDateDay, format_date_compact(*post.date));
        doc.add_value(schema::kDateSortable,
                      Xapian::sortable_serialise(static_cast<double>(*post.date)));
    }
    std::string id = schema::unique_term(post);
    if (!id.empty()) doc.add_boolean_term(id);
    doc.set_data(to_json(post).dump());
    return doc;
}

}  // namespace forum
