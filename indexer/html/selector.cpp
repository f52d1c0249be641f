#include "indexer/html/selector.hpp"

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
    std::vector<Complex> alternatives;
    std::vector<bool> scope_child;
    Parser(text).parse(alternatives, scope_child);
    for (size_t k = 0; k < alternatives.size(); ++k) {
        for (size_t i = 0; i < alternatives[k].size(); ++i) {
            Compound& c = alternatives[k][i];
            Need need = i > 0 ? (c.child_of_previous ? Need::kParentBit : Need::kAncestorBit)
                        : scope_child[k] ? Need::kScopeChild
                                         : Need::kAny;
            size_t bit = steps_.size();
            if (bit == 64) throw std::invalid_argument("selector too long: " + std::string(text));
            if (need == Need::kParentBit) parent_bits_ |= std::uint64_t{1} << (bit - 1);
            if (need == Need::kAncestorBit) ancestor_bits_ |= std::uint64_t{1} << (bit - 1);
            if (need == Need::kAny) starts_anywhere_ = true;
            if (i + 1 == alternatives[k].size()) last_bits_ |= std::uint64_t{1} << bit;
            steps_.push_back({std::move(c), need});
        }
    }
}

template <typename Visit>
void Selector::walk(xmlNode* scope, Visit&& visit) const {
    // Iterative pre-order walk of scope's descendants; `visit` returns false to stop. For each
    // element on the path from scope: the bits it matches, and those its ancestors match.
    struct Bits {
        std::uint64_t own = 0;
        std::uint64_t above = 0;
    };
    std::vector<Bits> path;  // the elements between scope and the current node
    xmlNode* n = scope ? scope->children : nullptr;
    while (n) {
        if (n->type == XML_ELEMENT_NODE) {
            Bits parent = path.empty() ? Bits{} : path.back();
            Bits here{0, parent.above | parent.own};
            for (size_t bit = 0; bit < steps_.size(); ++bit) {
                const Step& step = steps_[bit];
                bool possible = false;
                switch (step.need) {
                    case Need::kAny:
                        possible = true;
                        break;
                    case Need::kScopeChild:
                        possible = path.empty();
                        break;
                    case Need::kParentBit:
                        possible = (parent.own >> (bit - 1)) & 1;
                        break;
                    case Need::kAncestorBit:
                        possible = (here.above >> (bit - 1)) & 1;
                        break;
                }
                if (possible && compound_matches(step.compound, n))
                    here.own |= std::uint64_t{1} << bit;
            }
            if ((here.own & last_bits_) && !visit(n)) return;
            // Below here a match needs an alternative that starts anywhere, or a bit set here or
            // above; else the subtree is skipped (a "> cite" looks at children only).
            bool live = starts_anywhere_ || (here.own & parent_bits_) ||
                        ((here.above | here.own) & ancestor_bits_);
            if (live && n->children) {
                path.push_back(here);
                n = n->children;
                continue;
            }
        }
        while (!n->next) {
            n = n->parent;
            if (n == scope) return;
            path.pop_back();
        }
        n = n->next;
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
