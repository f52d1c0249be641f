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

std::vector<std::string> mark_dash_words(const CLI::App& app, int argc, const char* const* argv) {
    std::vector<std::string> out(argv, argv + argc);
    const CLI::App* where = &app;
    for (int i = 1; i < argc; ++i) {
        std::string& arg = out[static_cast<size_t>(i)];
        if (arg == "--") break;  // the rest are words already
        if (arg.size() < 2 || arg[0] != '-') {
            if (where == &app) {
                if (const CLI::App* sub = subcommand_named(app, arg)) where = sub;
            }
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
    }
    return out;
}

std::string unmark_dash_word(const std::string& arg) {
    return arg.starts_with(" -") ? arg.substr(1) : arg;
}

void unmark_dash_words(std::vector<std::string>& args) {
    for (auto& a : args)
        a = unmark_dash_word(a);
}

}  // namespace forum
