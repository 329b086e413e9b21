// Writes a file so that a reader never sees half of it: the content goes to a
// temporary file beside the target, which is then renamed over it. An
// interrupted run leaves the previous file whole.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

#include "base/diagnostic.h"

namespace letterdiff {

bool write_file_atomically(const std::filesystem::path& path, std::string_view content, Diagnostics& diagnostics);
// The same for content too large to hold at once: write(out) streams it.
bool write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write,
                           Diagnostics& diagnostics);

}  // namespace letterdiff
