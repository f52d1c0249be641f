#include "common/schema/document_data.hpp"

#include <cstdint>
#include <optional>
#include <type_traits>

#include "common/core/json_text.hpp"
#include "common/core/text.hpp"

namespace forum::schema {
namespace {

constexpr char kRecordMarker = '\x01';

// A string that is not valid UTF-8 as the JSON held it: each bad byte replaced as json_text
// replaces it.
std::string replaced_as_json(const std::string& s) {
    return nlohmann::json::parse(json_text(nlohmann::json(s))).get<std::string>();
}

class Writer {
public:
    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            out += static_cast<char>((v & 0x7f) | 0x80);
            v >>= 7;
        }
        out += static_cast<char>(v);
    }
    void integer(std::int64_t v) {
        varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    }
    void text(const std::string& s) {
        if (!is_valid_utf8(s)) return text(replaced_as_json(s));
        varint(s.size());
        out += s;
    }
    std::string out;
};

class Reader {
public:
    explicit Reader(std::string_view data) : data_(data) {}

    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            std::uint8_t byte = next();
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return v;
        }
        throw DamagedDocumentData("document data: a number runs on");
    }
    std::int64_t integer() {
        std::uint64_t v = varint();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    std::string text() {
        std::uint64_t n = varint();
        if (n > data_.size() - at_) throw DamagedDocumentData("document data: a string runs on");
        std::string s(data_.substr(at_, n));
        at_ += n;
        return s;
    }
    std::uint8_t next() {
        if (at_ >= data_.size()) throw DamagedDocumentData("document data: cut short");
        return static_cast<std::uint8_t>(data_[at_++]);
    }
    bool at_end() const { return at_ == data_.size(); }

private:
    std::string_view data_;
    size_t at_ = 0;
};

// Each optional field once, in record order: how to tell it is present, write it and read it.
template <typename P, typename Visit>
void each_optional(P& p, Visit&& visit) {
    visit(p.post_id);
    visit(p.position);
    visit(p.poster);
    visit(p.user_title);
    visit(p.joined);
    visit(p.messages);
    visit(p.reaction_score);
    visit(p.country);
    visit(p.location);
    visit(p.date);
    visit(p.edited);
    visit(p.thread_id);
    visit(p.thread_title);
    visit(p.forum);
    visit(p.site);
    visit(p.thread_url);
    visit(p.url);
    visit(p.page);
    visit(p.lang);
}

template <typename T>
void write_value(Writer& w, const T& v) {
    if constexpr (std::is_same_v<T, std::string>) {
        w.text(v);
    } else {
        w.integer(v);
    }
}

template <typename T>
void read_value(Reader& r, std::optional<T>& v) {
    if constexpr (std::is_same_v<T, std::string>) {
        v = r.text();
    } else {
        std::int64_t n = r.integer();
        if (static_cast<T>(n) != n) throw DamagedDocumentData("document data: a number too big");
        v = static_cast<T>(n);
    }
}

}  // namespace

std::string encode_document_data(const Post& p) {
    Writer w;
    w.out += kRecordMarker;
    std::uint64_t present = 0, bit = 1;
    each_optional(p, [&](const auto& field) {
        if (field) present |= bit;
        bit <<= 1;
    });
    w.varint(present);
    each_optional(p, [&](const auto& field) {
        if (field) write_value(w, *field);
    });
    w.text(p.text);
    w.varint(p.quotes.size());
    for (const Quote& q : p.quotes) {
        w.out += q.author ? '\x01' : '\x00';
        if (q.author) w.text(*q.author);
        w.text(q.text);
    }
    w.text(p.engine);
    w.text(p.source);
    return std::move(w.out);
}

Post decode_document_data(std::string_view data) {
    if (!data.empty() && data.front() == '{') return post_from_json(nlohmann::json::parse(data));
    Reader r(data);
    if (r.next() != static_cast<std::uint8_t>(kRecordMarker))
        throw DamagedDocumentData("document data: neither a post record nor JSON");
    Post p;
    std::uint64_t present = r.varint(), bit = 1;
    each_optional(p, [&](auto& field) {
        if (present & bit) read_value(r, field);
        bit <<= 1;
    });
    p.text = r.text();
    std::uint64_t quotes = r.varint();
    for (std::uint64_t i = 0; i < quotes; ++i) {
        Quote q;
        if (r.next()) q.author = r.text();
        q.text = r.text();
        p.quotes.push_back(std::move(q));
    }
    p.engine = r.text();
    p.source = r.text();
    if (!r.at_end()) throw DamagedDocumentData("document data: bytes after the post");
    return p;
}

}  // namespace forum::schema
