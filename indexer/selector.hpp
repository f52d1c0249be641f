#pragma once
// Engines name elements with a small CSS subset; libxml2's XPath finds them.
//
//   tag  .class  #id  [attr]  [attr=v]  [attr^=v]  [attr$=v]  [attr*=v]  [attr~=v]
//   descendant "a b", child "a > b", a leading "> b" (child of the scope), groups "a, b"
//
// Classes are matched on the whitespace-separated class list, as browsers do (XenForo emits
// class="message    message--post  js-post"). A selector that starts with '.', '/' or '(' and is
// not a class selector is taken as XPath as it is, for the rare case CSS cannot say.

#include <string>
#include <string_view>

namespace forum {

// An XPath expression relative to the context node. Throws std::invalid_argument on syntax the
// subset does not have (engine selectors are fixed strings, so this is a programming error).
std::string css_to_xpath(std::string_view css);

}  // namespace forum
