#pragma once
// Unicode character data and UTF-8 decoding for the rest of common/core, from Xapian's tables
// (the indexer and the query parser split words by them, so text handling agrees with both);
// only unicode.cpp includes <xapian.h>.

#include <cstddef>
#include <string>
#include <string_view>

namespace forum::unicode {

unsigned decode_utf8_sequence(std::string_view text, size_t& pos);
void append_utf8_sequence(std::string& out, unsigned ch);

// The code point at text[pos], advancing pos past it. As Xapian reads UTF-8: a byte that does not
// start a valid sequence is one character of that value. 0 at the end. ASCII is decoded here,
// inline: text handling runs this for every character of every post.
inline unsigned decode_utf8(std::string_view text, size_t& pos) {
    if (pos < text.size() && static_cast<unsigned char>(text[pos]) < 0x80) {
        return static_cast<unsigned char>(text[pos++]);
    }
    return decode_utf8_sequence(text, pos);
}

inline void append_utf8(std::string& out, unsigned ch) {
    if (ch < 0x80) {
        out.push_back(static_cast<char>(ch));
    } else {
        append_utf8_sequence(out, ch);
    }
}

unsigned to_lower(unsigned ch);
bool is_wordchar(unsigned ch);    // a letter, digit, mark or connector punctuation
bool is_whitespace(unsigned ch);  // Unicode white space

// The characters of a UTF-8 text in turn, with the byte offset each starts at.
class Utf8Cursor {
public:
    explicit Utf8Cursor(std::string_view text) : text_(text) { read(); }
    bool done() const { return at_ >= text_.size(); }
    unsigned operator*() const { return ch_; }
    size_t offset() const { return at_; }
    Utf8Cursor& operator++() {
        at_ = next_;
        read();
        return *this;
    }

private:
    void read() {
        next_ = at_;
        if (!done()) ch_ = decode_utf8(text_, next_);
    }
    std::string_view text_;
    size_t at_ = 0, next_ = 0;
    unsigned ch_ = 0;
};

}  // namespace forum::unicode
