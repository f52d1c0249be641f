#pragma once
// Post → Xapian document, by the schema in common/schema.hpp.

#include <xapian.h>

#include "common/core/post.hpp"

namespace forum {

// `terms` must have its stemmer set; its document is replaced.
Xapian::Document make_document(const Post& post, Xapian::TermGenerator& terms);

// The TermGenerator settings every document is built with (the searcher mirrors them).
Xapian::TermGenerator make_term_generator(const Xapian::Stem& stemmer);

}  // namespace forum
