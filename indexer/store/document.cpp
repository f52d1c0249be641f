#include "indexer/store/document.hpp"

#include "common/core/dates.hpp"
#include "common/core/json_text.hpp"
#include "common/schema/schema.hpp"

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
    add_filter(doc, schema::kUserTitle, post.user_title);
    add_filter(doc, schema::kPostId, post.post_id);
    for (const auto& q : post.quotes)
        add_filter(doc, schema::kQuotedAuthor, q.author);
    if (post.position == 1) {
        doc.add_boolean_term(schema::boolean_term(schema::kIn, schema::kInFirst));
    }
    if (std::string thread = schema::thread_key(post); !thread.empty()) {
        doc.add_value(schema::kThreadKey, thread);
        doc.add_boolean_term(schema::boolean_term(schema::kThreadTerm, thread));
    }
    // Facets count the values as the page shows them.
    auto add_value = [&](Xapian::valueno slot, const std::optional<std::string>& v) {
        if (v && !v->empty()) doc.add_value(slot, *v);
    };
    add_value(schema::kCountryName, post.country);
    add_value(schema::kPosterName, post.poster);
    add_value(schema::kForumName, post.forum);
    add_value(schema::kSiteName, post.site);
    if (post.position) {
        doc.add_value(schema::kPosition, Xapian::sortable_serialise(*post.position));
    }
    if (post.date) {
        std::string day = format_date_compact(*post.date);
        doc.add_value(schema::kDateDay, day);
        doc.add_value(schema::kDateSortable,
                      Xapian::sortable_serialise(static_cast<double>(*post.date)));
        doc.add_value(schema::kYear, day.substr(0, 4));
        doc.add_value(schema::kMonth, day.substr(0, 4) + "-" + day.substr(4, 2));
    }
    std::string id = schema::unique_term(post);
    if (!id.empty()) doc.add_boolean_term(id);
    doc.set_data(json_text(to_json(post)));
    // The generator keeps a handle on the document it last indexed into. Documents are
    // reference-counted without atomics, so that handle must go before the document is handed to
    // the writer thread: dropped later, by the next post, it raced the writer's own copies and
    // freed a document the writer was still storing (a crash after ~700k posts with --jobs 2).
    terms.set_document(Xapian::Document());
    return doc;
}

}  // namespace forum
