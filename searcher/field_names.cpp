#include "searcher/field_names.hpp"

#include <xapian.h>

namespace forum {
namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_name_char(char c) {
    return is_ascii_letter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Where a word may start: the parser reads a field name there.
bool starts_word(std::string_view text, size_t at) {
    return at == 0 || is_space(text[at - 1]) ||
           std::string_view("(+-").find(text[at - 1]) != std::string_view::npos;
}

// The end of the value that starts at `at`: a "phrase", a (group) or a word.
size_t value_end(std::string_view text, size_t at) {
    if (at < text.size() && text[at] == '"') {
        size_t close = text.find('"', at + 1);
        return close == std::string_view::npos ? text.size() : close + 1;
    }
    if (at < text.size() && text[at] == '(') {
        int depth = 0;
        for (size_t i = at; i < text.size(); ++i) {
            if (text[i] == '(') ++depth;
            if (text[i] == ')' && --depth == 0) return i + 1;
        }
        return text.size();
    }
    size_t end = at;
    while (end < text.size() && !is_space(text[end]) && text[end] != ')')
        ++end;
    return end;
}

// A colon that makes NAME a field: a value follows at once, and it is no URL's "//" or a
// second ':'.
bool field_colon(std::string_view text, size_t colon) {
    std::string_view rest = text.substr(colon + 1);
    return !rest.empty() && !is_space(rest[0]) && rest[0] != ':' && !rest.starts_with("//");
}

// The quote mark at `at` that opens or closes a phrase for the parser: " (either), “ or ”.
std::string_view quote_at(std::string_view text, size_t at) {
    for (std::string_view quote : {"\"", "\u201c", "\u201d"})
        if (text.substr(at).starts_with(quote)) return quote;
    return {};
}

}  // namespace

FieldNames read_field_names(std::string_view query) {
    FieldNames out;
    bool in_phrase = false;
    for (size_t i = 0; i < query.size();) {
        if (std::string_view quote = quote_at(query, i); !quote.empty()) {
            in_phrase = quote == "\"" ? !in_phrase : quote == "\u201c";
            out.text += quote;
            i += quote.size();
            continue;
        }
        if (!in_phrase && is_ascii_letter(query[i]) && starts_word(query, i)) {
            size_t end = i;
            while (end < query.size() && is_name_char(query[end]))
                ++end;
            std::string_view name = query.substr(i, end - i);
            if (end < query.size() && query[end] == ':' && field_colon(query, end)) {
                const schema::Spelling* spelling = schema::find_spelling(name);
                if (!spelling) {
                    size_t stop = value_end(query, end + 1);
                    throw Xapian::QueryParserError(
                        "unknown field '" + std::string(name) + ":' — did you mean '" +
                        std::string(schema::nearest_spelling(name).name) +
                        ":'? (quote text that is not a field: \"" +
                        std::string(query.substr(i, stop - i)) + "\")");
                }
                size_t stop = value_end(query, end + 1);
                out.fields.push_back({spelling, std::string(name),
                                      std::string(query.substr(end + 1, stop - end - 1))});
                out.text += schema::parser_name(spelling->name);
                i = end;  // the colon and the value are copied as they are
                continue;
            }
            out.text += name;
            i = end;
            continue;
        }
        out.text += query[i++];
    }
    return out;
}

std::string user_field_names(std::string_view text) {
    std::string out(text);
    for (const schema::Spelling& s : schema::spellings()) {
        std::string user = std::string(s.name) + ":";
        std::string parser = schema::parser_name(s.name) + ":";
        if (user == parser) continue;
        for (size_t at = out.find(parser); at != std::string::npos;
             at = out.find(parser, at + user.size())) {
            if (starts_word(out, at)) out.replace(at, parser.size(), user);
        }
    }
    return out;
}

}  // namespace forum
