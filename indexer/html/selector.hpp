#pragma once
// Engines name elements with a small CSS subset:
//
//   tag  .class  #id  [attr]  [attr=v]  [attr^=v]  [attr$=v]  [attr*=v]  [attr~=v]
//   descendant "a b", child "a > b", a leading "> b" (child of the scope), groups "a, b"
//
// Classes are matched on the whitespace-separated class list, as browsers do (XenForo emits
// class="message    message--post  js-post"). Selectors are matched natively on libxml2's tree:
// the equivalent XPath class predicates (concat/normalize-space per node) took 60% of extraction
// time in callgrind. A selector that starts with '/', '(' or "./" is XPath, run by libxml2, for
// the rare case CSS cannot say.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/tree.h>

namespace forum {

class Selector {
public:
    // Throws std::invalid_argument on syntax the subset does not have (engine selectors are
    // fixed strings, so that is a programming error).
    explicit Selector(std::string_view text);

    bool is_xpath() const { return !xpath_.empty(); }
    const std::string& xpath() const { return xpath_; }

    // Elements under `scope` (not `scope` itself) that match, in document order (CSS only).
    std::vector<xmlNode*> select(xmlNode* scope) const;
    xmlNode* first(xmlNode* scope) const;  // the first of those, or null

    struct Attribute {
        std::string name;
        char op = 0;  // 0: present; '=', '^', '$', '*', '~'
        std::string value;
    };
    struct Compound {
        std::string tag;  // empty: any
        std::string id;
        std::vector<std::string> classes;
        std::vector<Attribute> attributes;
        bool child_of_previous = false;  // "a > b": b's parent is a; else a is any ancestor
    };
    using Complex = std::vector<Compound>;  // left to right

private:
    // Matching carries state down the walk instead of searching ancestors, so that a page nested
    // millions of levels deep costs one pass: each compound of each alternative is a bit, set on
    // an element when the selector up to that compound matches there.
    enum class Need { kAny, kScopeChild, kParentBit, kAncestorBit };
    struct Step {
        Compound compound;
        Need need;  // for the first compound: kAny or kScopeChild; else on the previous bit
    };
    template <typename Visit>
    void walk(xmlNode* scope, Visit&& visit) const;

    std::vector<Step> steps_;          // at most 64, alternative after alternative
    std::uint64_t last_bits_ = 0;      // steps that complete an alternative
    std::uint64_t parent_bits_ = 0;    // bits a child's step needs on its parent
    std::uint64_t ancestor_bits_ = 0;  // bits a step needs on some ancestor
    bool starts_anywhere_ = false;     // some alternative may start at any depth
    std::string xpath_;
};

// The parsed selector for a fixed string, parsed once per thread.
const Selector& selector(std::string_view text);

}  // namespace forum
