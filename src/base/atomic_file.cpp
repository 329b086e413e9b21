#include "base/atomic_file.h"

#include <fmt/format.h>
#include <unistd.h>

#include <fstream>

namespace letterdiff {

bool write_file_atomically(const std::filesystem::path& path, std::string_view content, Diagnostics& ds) {
  return write_file_atomically(
      path, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); }, ds);
}

bool write_file_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& write,
                           Diagnostics& ds) {
  const auto temporary = path.parent_path() / fmt::format(".{}.tmp{}", path.filename().string(), ::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    write(out);
    out.flush();
    if (!out) {
      ds.push_back({Severity::error, path.string(), "cannot write (check the folder exists and is writable)", 0});
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    ds.push_back({Severity::error, path.string(), fmt::format("cannot write: {}", ec.message()), 0});
    std::filesystem::remove(temporary, ec);
    return false;
  }
  return true;
}

}  // namespace letterdiff
