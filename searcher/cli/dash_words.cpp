#include "searcher/cli/dash_words.hpp"

namespace forum {
namespace {

// The option an argument names where it stands, or the options of the app it falls through to:
// `--name`, `--name=value`, exactly `-x` (so that `-Vietnam` is a word, not -V and garbage), or
// `-xVALUE` when -x takes a value.
const CLI::Option* option_named(const CLI::App& where, const std::string& arg) {
    auto find = [&](const std::string& name) -> const CLI::Option* {
        for (const CLI::App* a = &where; a; a = a->get_fallthrough() ? a->get_parent() : nullptr) {
            if (const CLI::Option* o = a->get_option_no_throw(name)) return o;
        }
        return nullptr;
    };
    if (arg.starts_with("--")) return find(arg.substr(0, arg.find('=')));
    const CLI::Option* o = find(arg.substr(0, 2));
    if (arg.size() == 2 || (o && o->get_items_expected_max() > 0)) return o;
    return nullptr;
}

const CLI::App* subcommand_named(const CLI::App& app, const std::string& arg) {
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
        if (sub->check_name(arg)) return sub;
    }
    return nullptr;
}

}  // namespace

MarkedArgs mark_dash_words(const CLI::App& app, int argc, const char* const* argv) {
    MarkedArgs marked{{argv, argv + argc}};
    std::vector<std::string>& out = marked.args;
    const CLI::App* where = &app;
    bool first_word = true;
    size_t search_at = 0;  // where an explicit `search` stood, to be dropped
    for (size_t i = 1; i < out.size(); ++i) {
        std::string& arg = out[i];
        if (arg == "--") {
            marked.insist_command = where != &app;
            break;  // the rest are words already
        }
        if (arg.size() < 2 || arg[0] != '-') {
            if (first_word && arg == "search") {
                search_at = i;
            } else if (const CLI::App* sub = subcommand_named(app, arg)) {
                if (first_word) {
                    where = sub;
                } else {
                    arg.insert(0, " ");  // a word of the query, not a subcommand
                }
            }
            first_word = false;
            continue;
        }
        if (const CLI::Option* o = option_named(*where, arg)) {
            // Its value, unless given in the same argument, is the next argument.
            bool inline_value =
                arg.starts_with("--") ? arg.find('=') != std::string::npos : arg.size() > 2;
            if (o->get_items_expected_max() > 0 && !inline_value) ++i;
            continue;
        }
        if (arg.starts_with("--")) continue;  // an unknown option: CLI11 says so
        arg.insert(0, " ");
        first_word = false;
    }
    if (search_at > 0) out.erase(out.begin() + static_cast<std::ptrdiff_t>(search_at));
    return marked;
}

std::string unmark_dash_word(const std::string& arg) {
    return arg.starts_with(' ') ? arg.substr(1) : arg;
}

void unmark_dash_words(std::vector<std::string>& args) {
    for (auto& a : args)
        a = unmark_dash_word(a);
}

}  // namespace forum
