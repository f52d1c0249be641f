#include "indexer/selector.hpp"

#include <cstring>
#include <stdexcept>
#include <unordered_map>

namespace forum {
namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == ':';
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_raw_xpath(std::string_view s) {
    return !s.empty() && (s[0] == '/' || s[0] == '(' || s.starts_with("./") || s.starts_with(".."));
}

// An attribute's value without copying it (libxml2's HTML parser stores it as one text child).
std::string_view attr_value(const xmlNode* node, const char* name, bool& present) {
    present = false;
    for (const xmlAttr* a = node->properties; a; a = a->next) {
        if (std::strcmp(reinterpret_cast<const char*>(a->name), name) != 0) continue;
        present = true;
        if (a->children && a->children->content) {
            return reinterpret_cast<const char*>(a->children->content);
        }
        return {};
    }
    return {};
}

bool has_token(std::string_view list, std::string_view token) {
    size_t pos = 0;
    while (pos < list.size()) {
        while (pos < list.size() && is_space(list[pos]))
            ++pos;
        size_t end = pos;
        while (end < list.size() && !is_space(list[end]))
            ++end;
        if (list.substr(pos, end - pos) == token) return true;
        pos = end;
    }
    return false;
}

bool compound_matches(const Selector::Compound& c, const xmlNode* node) {
    if (node->type != XML_ELEMENT_NODE) return false;
    if (!c.tag.empty() && c.tag != reinterpret_cast<const char*>(node->name)) return false;
    bool present;
    if (!c.id.empty() && attr_value(node, "id", present) != c.id) return false;
    if (!c.classes.empty()) {
        std::string_view classes = attr_value(node, "class", present);
        for (const auto& cls : c.classes) {
            if (!has_token(classes, cls)) return false;
        }
    }
    for (const auto& a : c.attributes) {
        std::string_view v = attr_value(node, a.name.c_str(), present);
        if (!present) return false;
        switch (a.op) {
            case 0:
                break;
            case '=':
                if (v != a.value) return false;
                break;
            case '^':
                if (!v.starts_with(a.value)) return false;
                break;
            case '$':
                if (!v.ends_with(a.value)) return false;
                break;
            case '*':
                if (v.find(a.value) == std::string_view::npos) return false;
                break;
            case '~':
                if (!has_token(v, a.value)) return false;
                break;
        }
    }
    return true;
}

class Parser {
public:
    explicit Parser(std::string_view css) : s_(css) {}

    void parse(std::vector<Selector::Complex>& alternatives, std::vector<bool>& scope_child) {
        do {
            skip_space();
            bool leading_child = eat('>');
            alternatives.push_back(complex());
            scope_child.push_back(leading_child);
            skip_space();
        } while (eat(','));
        if (pos_ != s_.size()) fail("unexpected character");
    }

private:
    Selector::Complex complex() {
        Selector::Complex parts;
        bool child = false;
        for (;;) {
            skip_space();
            Selector::Compound c = compound();
            c.child_of_previous = child;
            parts.push_back(std::move(c));
            size_t before = pos_;
            skip_space();
            if (eat('>')) {
                child = true;
            } else if (pos_ < s_.size() && s_[pos_] != ',' && pos_ > before) {
                child = false;
            } else {
                return parts;
            }
        }
    }

    Selector::Compound compound() {
        Selector::Compound c;
        bool any = false;
        if (pos_ < s_.size() && s_[pos_] == '*') {
            ++pos_;
            any = true;
        } else if (pos_ < s_.size() && is_name_char(s_[pos_])) {
            c.tag = name();
            for (char& ch : c.tag) {
                if (ch >= 'A' && ch <= 'Z')
                    ch = static_cast<char>(ch - 'A' + 'a');  // libxml2 lower-cases
            }
        }
        for (;;) {
            if (eat('.')) {
                c.classes.push_back(name());
            } else if (eat('#')) {
                c.id = name();
            } else if (eat('[')) {
                c.attributes.push_back(attribute());
            } else {
                break;
            }
        }
        if (!any && c.tag.empty() && c.id.empty() && c.classes.empty() && c.attributes.empty()) {
            fail("empty compound selector");
        }
        return c;
    }

    Selector::Attribute attribute() {
        Selector::Attribute a;
        skip_space();
        a.name = name();
        skip_space();
        if (eat(']')) return a;
        if (pos_ < s_.size() && std::strchr("^$*~", s_[pos_])) a.op = s_[pos_++];
        if (!eat('=')) fail("expected '='");
        if (a.op == 0) a.op = '=';
        skip_space();
        a.value = value();
        skip_space();
        if (!eat(']')) fail("expected ']'");
        return a;
    }

    std::string value() {
        if (pos_ < s_.size() && (s_[pos_] == '"' || s_[pos_] == '\'')) {
            char q = s_[pos_++];
            size_t end = s_.find(q, pos_);
            if (end == std::string_view::npos) fail("unterminated string");
            std::string v(s_.substr(pos_, end - pos_));
            pos_ = end + 1;
            return v;
        }
        return name();
    }

    std::string name() {
        size_t start = pos_;
        while (pos_ < s_.size() && is_name_char(s_[pos_]))
            ++pos_;
        if (start == pos_) fail("expected a name");
        return std::string(s_.substr(start, pos_ - start));
    }

    bool eat(char c) {
        if (pos_ < s_.size() && s_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }

    void skip_space() {
        while (pos_ < s_.size() && is_space(s_[pos_]))
            ++pos_;
    }

    [[noreturn]] void fail(const char* what) {
        throw std::invalid_argument(std::string("bad selector \"") + std::string(s_) +
                                    "\": " + what + " at " + std::to_string(pos_));
    }

    std::string_view s_;
    size_t pos_ = 0;
};

}  // namespace

Selector::Selector(std::string_view text) {
    if (is_raw_xpath(text)) {
        xpath_ = std::string(text);
        return;
    }
    Parser(text).parse(alternatives_, scope_child_);
}

bool Selector::matches_from(const Complex& c, size_t i, const xmlNode* node, const xmlNode* scope,
                            bool scope_child) const {
    // c[i] matched `node`; now the compounds to its left, among node's ancestors below scope.
    if (i == 0) return !scope_child || node->parent == scope;
    for (const xmlNode* a = node->parent; a && a != scope; a = a->parent) {
        if (compound_matches(c[i - 1], a) && matches_from(c, i - 1, a, scope, scope_child))
            return true;
        if (c[i].child_of_previous) break;
    }
    return false;
}

bool Selector::matches(const xmlNode* node, const xmlNode* scope) const {
    for (size_t k = 0; k < alternatives_.size(); ++k) {
        const Complex& c = alternatives_[k];
        if (compound_matches(c.back(), node) &&
            matches_from(c, c.size() - 1, node, scope, scope_child_[k])) {
            return true;
        }
    }
    return false;
}

template <typename Visit>
void Selector::walk(xmlNode* scope, Visit&& visit) const {
    // Iterative pre-order walk of scope's descendants; `visit` returns false to stop.
    xmlNode* n = scope ? scope->children : nullptr;
    while (n) {
        if (n->type == XML_ELEMENT_NODE && matches(n, scope) && !visit(n)) return;
        if (n->children && n->type == XML_ELEMENT_NODE) {
            n = n->children;
            continue;
        }
        while (n && !n->next) {
            n = n->parent;
            if (n == scope) return;
        }
        if (n) n = n->next;
    }
}

std::vector<xmlNode*> Selector::select(xmlNode* scope) const {
    std::vector<xmlNode*> out;
    walk(scope, [&](xmlNode* n) {
        out.push_back(n);
        return true;
    });
    return out;
}

xmlNode* Selector::first(xmlNode* scope) const {
    xmlNode* found = nullptr;
    walk(scope, [&](xmlNode* n) {
        found = n;
        return false;
    });
    return found;
}

const Selector& selector(std::string_view text) {
    thread_local std::unordered_map<std::string, Selector> cache;
    auto it = cache.find(std::string(text));
    if (it == cache.end()) it = cache.emplace(std::string(text), Selector(text)).first;
    return it->second;
}

}  // namespace forum
