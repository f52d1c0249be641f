#include "indexer/selector.hpp"

#include <stdexcept>
#include <vector>

namespace forum {
namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == ':';
}

std::string xpath_literal(std::string_view v) {
    if (v.find('\'') == std::string_view::npos) return "'" + std::string(v) + "'";
    if (v.find('"') == std::string_view::npos) return "\"" + std::string(v) + "\"";
    throw std::invalid_argument("selector value with both quote kinds: " + std::string(v));
}

class Parser {
public:
    explicit Parser(std::string_view css) : s_(css) {}

    std::string parse() {
        std::vector<std::string> groups;
        do {
            groups.push_back(complex());
            skip_space();
        } while (eat(','));
        if (pos_ != s_.size()) fail("unexpected character");
        std::string out;
        for (const auto& g : groups) {
            if (!out.empty()) out += " | ";
            out += g;
        }
        return out;
    }

private:
    std::string complex() {
        skip_space();
        std::string axis = "descendant::";
        if (eat('>')) axis = "child::";
        std::string out = ".";
        for (;;) {
            skip_space();
            out += "/" + axis + compound();
            size_t before = pos_;
            skip_space();
            if (eat('>')) {
                axis = "child::";
            } else if (pos_ < s_.size() && s_[pos_] != ',' && pos_ > before) {
                axis = "descendant::";
            } else {
                return out;
            }
        }
    }

    std::string compound() {
        std::string tag = "*";
        if (pos_ < s_.size() && s_[pos_] == '*') {
            ++pos_;
        } else if (pos_ < s_.size() && is_name_char(s_[pos_])) {
            tag = name();
        }
        std::string preds;
        for (;;) {
            if (eat('.')) {
                preds += "[contains(concat(' ',normalize-space(@class),' '),' " + name() + " ')]";
            } else if (eat('#')) {
                preds += "[@id=" + xpath_literal(name()) + "]";
            } else if (eat('[')) {
                preds += attribute();
            } else {
                break;
            }
        }
        if (tag == "*" && preds.empty()) fail("empty compound selector");
        return tag + preds;
    }

    std::string attribute() {
        skip_space();
        std::string attr = "@" + name();
        skip_space();
        if (eat(']')) return "[" + attr + "]";
        std::string op;
        if (pos_ < s_.size() &&
            (s_[pos_] == '^' || s_[pos_] == '$' || s_[pos_] == '*' || s_[pos_] == '~')) {
            op = s_[pos_++];
        }
        if (!eat('=')) fail("expected '='");
        skip_space();
        std::string v = value();
        skip_space();
        if (!eat(']')) fail("expected ']'");
        std::string lit = xpath_literal(v);
        if (op.empty()) return "[" + attr + "=" + lit + "]";
        if (op == "^") return "[starts-with(" + attr + "," + lit + ")]";
        if (op == "*") return "[contains(" + attr + "," + lit + ")]";
        if (op == "$") {
            return "[substring(" + attr + ",string-length(" + attr + ")-string-length(" + lit +
                   ")+1)=" + lit + "]";
        }
        return "[contains(concat(' ',normalize-space(" + attr + "),' '),' " + v + " ')]";
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
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t'))
            ++pos_;
    }

    [[noreturn]] void fail(const char* what) {
        throw std::invalid_argument(std::string("bad selector \"") + std::string(s_) +
                                    "\": " + what + " at " + std::to_string(pos_));
    }

    std::string_view s_;
    size_t pos_ = 0;
};

bool is_raw_xpath(std::string_view s) {
    if (s.empty()) return false;
    if (s[0] == '/' || s[0] == '(') return true;
    return s[0] == '.' && s.size() > 1 && (s[1] == '/' || s[1] == '.' || s[1] == ' ');
}

}  // namespace

std::string css_to_xpath(std::string_view css) {
    if (is_raw_xpath(css)) return std::string(css);
    return Parser(css).parse();
}

}  // namespace forum
