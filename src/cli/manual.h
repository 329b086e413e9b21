// The man page, made from the CLI11 app itself (every command, option and the
// help's examples and exit statuses), so that it never falls behind the program:
// `letterdiff help --man`, and the page the build installs.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace letterdiff {

std::string manual_page(const CLI::App& app, const std::string& version);

}  // namespace letterdiff
