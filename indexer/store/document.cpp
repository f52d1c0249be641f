#include "indexer/store/document.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "common/core/name_folding.hpp"
#include "common/schema/document_data.hpp"
#include "common/schema/fields.hpp"
#include "common/schema/schema.hpp"
#include "common/schema/word_pairs.hpp"

namespace forum {
namespace {

// A post's field terms and values, row by row of the field table (common/schema/fields.hpp).
void add_field(Xapian::Document& doc, Xapian::TermGenerator& terms, const schema::Field& field,
               const Post& post) {
    for (const std::string& value : field.values(post)) {
        switch (field.kind) {
            case schema::FieldKind::kText:
                if (field.repeated) terms.increase_termpos();  // no phrase across two values
                terms.index_text(value, 1, std::string(field.prefix));
                break;
            case schema::FieldKind::kFilter:
            case schema::FieldKind::kSpecial:
                if (value.empty()) break;
                doc.add_boolean_term(schema::boolean_term(field.prefix, value));
                if (!field.folded_prefix.empty()) {
                    doc.add_boolean_term(
                        schema::boolean_term(field.folded_prefix, fold_name(value)));
                }
                break;
            case schema::FieldKind::kDate:
            case schema::FieldKind::kValue:
                break;
        }
        // Facets count the values as the page shows them.
        if (field.slot != Xapian::BAD_VALUENO && !value.empty()) doc.add_value(field.slot, value);
    }
}

// The pairs of adjacent common words among the document's unprefixed terms (word_pairs.hpp),
// read back from the positions the term generator gave them.
void add_word_pairs(Xapian::Document& doc) {
    std::vector<std::pair<Xapian::termpos, std::string>> common;  // (position, word)
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        const std::string& term = *it;
        if (!schema::is_unprefixed_term(term) || !schema::is_common_word(term)) continue;
        for (auto pos = it.positionlist_begin(); pos != it.positionlist_end(); ++pos)
            common.emplace_back(*pos, term);
    }
    std::sort(common.begin(), common.end());
    for (size_t i = 1; i < common.size(); ++i) {
        if (common[i - 1].first + 1 == common[i].first)
            doc.add_boolean_term(schema::word_pair_term(common[i - 1].second, common[i].second));
    }
    doc.add_boolean_term(std::string(schema::kWordPairsMarker));
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
    // The post's own words; a thread's first post has the thread title among them.
    terms.index_text(post.text);
    if (post.thread_title && post.position == 1) {
        terms.increase_termpos();  // no phrase across the end of the text and the title
        terms.index_text(*post.thread_title, schema::kFirstPostTitleWdf);
    }
    add_word_pairs(doc);
    for (const schema::Field& field : schema::fields())
        add_field(doc, terms, field, post);
    // Identity and order, which are not query fields: the bare post id (show), the thread
    // (thread, --per-thread), the position (thread order) and the date as a sortable number.
    if (post.post_id && !post.post_id->empty()) {
        doc.add_boolean_term(schema::boolean_term(schema::kPostId, *post.post_id));
    }
    if (std::string thread = schema::thread_key(post); !thread.empty()) {
        doc.add_value(schema::kThreadKey, thread);
        doc.add_boolean_term(schema::boolean_term(schema::kThreadTerm, thread));
    }
    if (post.position) {
        doc.add_value(schema::kPosition, Xapian::sortable_serialise(*post.position));
    }
    if (post.date) {
        doc.add_value(schema::kDateSortable,
                      Xapian::sortable_serialise(static_cast<double>(*post.date)));
    }
    std::string id = schema::unique_term(post);
    if (!id.empty()) doc.add_boolean_term(id);
    doc.set_data(schema::encode_document_data(post));
    // The generator keeps a handle on the document it last indexed into. Documents are
    // reference-counted without atomics, so that handle must go before the document is handed to
    // the writer thread: dropped later, by the next post, it raced the writer's own copies and
    // freed a document the writer was still storing (a crash after ~700k posts with --jobs 2).
    terms.set_document(Xapian::Document());
    return doc;
}

}  // namespace forum
