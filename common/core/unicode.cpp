#include "common/core/unicode.hpp"

#include <xapian.h>

namespace forum::unicode {

unsigned decode_utf8_sequence(std::string_view text, size_t& pos) {
    if (pos >= text.size()) return 0;
    Xapian::Utf8Iterator it;  // every member set, which the (data, length) constructor skips at 0
    it.assign(text.data() + pos, text.size() - pos);
    unsigned ch = *it;
    ++it;
    pos = text.size() - it.left();
    return ch;
}

void append_utf8_sequence(std::string& out, unsigned ch) { Xapian::Unicode::append_utf8(out, ch); }
unsigned to_lower(unsigned ch) { return Xapian::Unicode::tolower(ch); }
bool is_wordchar(unsigned ch) { return Xapian::Unicode::is_wordchar(ch); }
bool is_whitespace(unsigned ch) { return Xapian::Unicode::is_whitespace(ch); }

}  // namespace forum::unicode
