// Shell completion scripts, made from the CLI11 app itself, so they always know
// every command and option: `letterdiff completions bash|zsh|fish`, and the
// files the build installs. An option's value is completed from its option text:
// "a|b|c" offers the words, DIR folders, FILE (or a letter) files, N nothing.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <string_view>

namespace letterdiff {

std::string completion_script(const CLI::App& app, std::string_view shell);

}  // namespace letterdiff
