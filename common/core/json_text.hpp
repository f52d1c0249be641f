#pragma once
// JSON text for anything holding outside text — file names, URLs, queries, page fields. Those may
// carry bytes that are not UTF-8 (a latin-1 file name, a raw 0xFF in a WARC URI, a query typed in
// another charset), on which nlohmann::json's dump() throws. Here each such byte becomes U+FFFD,
// so what is printed or stored is always valid JSON. Identities that must survive byte for byte
// (file names in the index state) are stored reversibly instead: see indexer/index_state.cpp.

#include <string>

#include <nlohmann/json.hpp>

namespace forum {

template <typename Json>
std::string json_text(const Json& j) {
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace forum
