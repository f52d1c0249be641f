#pragma once

#include <string>
#include <string_view>

namespace forum {

// The lower-case host of an absolute URL ("https://Defence.PK:443/pdf/" → "defence.pk"); empty
// when the URL has none.
std::string url_host(std::string_view url);

}  // namespace forum
