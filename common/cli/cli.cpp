#include "common/cli/cli.hpp"

#include "common/core/exit_codes.hpp"

namespace forum {

namespace {

void take_last(CLI::App& app) {
    for (CLI::Option* o : app.get_options()) {
        if (o->get_expected_max() == 1 &&
            o->get_multi_option_policy() != CLI::MultiOptionPolicy::TakeAll)
            o->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
    }
    for (CLI::App* sub : app.get_subcommands({}))
        take_last(*sub);
}

}  // namespace

std::optional<int> parse_command_line(CLI::App& app, int argc, char** argv) {
    take_last(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_code::kUsage;
    }
    return std::nullopt;
}

}  // namespace forum
