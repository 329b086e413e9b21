// Expands the paths given on the command line into the letter files to read:
// folders are walked recursively for .txt, .md and .pdf files, following folder
// links but reading each folder once (so a link loop ends), in a sorted order that
// does not depend on the file system or on the order of the arguments.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace letterdiff {

std::vector<std::string> collect_files(std::span<const std::string> inputs, Diagnostics& diagnostics);

bool is_letter_file_name(std::string_view name);

}  // namespace letterdiff
