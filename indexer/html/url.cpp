#include "indexer/html/url.hpp"

#include <memory>

#include <libxml/uri.h>

namespace forum {

std::string url_host(std::string_view url) {
    std::string u(url);
    std::unique_ptr<xmlURI, decltype(&xmlFreeURI)> parsed(xmlParseURI(u.c_str()), &xmlFreeURI);
    if (!parsed || !parsed->server) return {};
    std::string host = parsed->server;
    for (char& c : host) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return host;
}

}  // namespace forum
