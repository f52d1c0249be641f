#pragma once
// A post as Xapian document data. Decoding the post as JSON was a quarter of a two-word query's
// time (every hit is read for its snippet and shown): the data is now a compact record whose
// strings are copied out, not lexed. Documents written before hold JSON, told apart by their
// first byte ('{'), and are read as before; a re-index writes them anew.
//
// The record: byte 0x01; a varint whose bits say which optional fields are present (in the
// order of document_data.cpp's each_optional); each present field (a string as varint length + bytes, an integer as
// zigzag varint); then text, quotes (count, then each: author flag [+ author], text), engine and
// source. Strings are valid UTF-8, with U+FFFD where the post held bytes that are not (as the
// JSON was).

#include <stdexcept>
#include <string>
#include <string_view>

#include "common/core/post.hpp"

namespace forum::schema {

// Document data that is neither JSON nor a whole record of this kind.
class DamagedDocumentData : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string encode_document_data(const Post& post);

// Reads either form. Throws DamagedDocumentData (or, for JSON, nlohmann's parse error).
Post decode_document_data(std::string_view data);

}  // namespace forum::schema
