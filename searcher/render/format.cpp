#include "searcher/render/format.hpp"

namespace forum {

const std::map<std::string, Format>& format_names() {
    static const std::map<std::string, Format> names = {{"text", Format::kText},
                                                        {"json", Format::kJson},
                                                        {"jsonl", Format::kJsonl},
                                                        {"csv", Format::kCsv},
                                                        {"ids", Format::kIds}};
    return names;
}

std::optional<Format> parse_format(std::string_view name) {
    auto it = format_names().find(std::string(name));
    if (it == format_names().end()) return std::nullopt;
    return it->second;
}

}  // namespace forum
