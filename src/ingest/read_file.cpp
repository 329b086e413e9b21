#include "ingest/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

namespace letterdiff {

std::optional<std::string> read_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                     Diagnostics& ds) {
  const std::string name = path.string();
  // One open and one fstat per file. Non-blocking, so that a pipe is refused
  // below instead of waiting for a writer.
  const int fd = ::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    ds.push_back({Severity::error, name,
                  error == ENOENT ? "cannot read: no such file (a broken link?); skipped"
                                  : fmt::format("cannot read ({}); skipped", std::strerror(error)),
                  0});
    return std::nullopt;
  }
  const auto refuse = [&](std::string message) {
    ::close(fd);
    ds.push_back({Severity::error, name, std::move(message), 0});
    return std::nullopt;
  };
  struct stat st;
  if (::fstat(fd, &st) != 0) return refuse(fmt::format("cannot read: {}; skipped", std::strerror(errno)));
  if (!S_ISREG(st.st_mode))
    return refuse(fmt::format("not a regular file ({}); skipped", S_ISDIR(st.st_mode)    ? "a folder"
                                                                   : S_ISFIFO(st.st_mode) ? "a named pipe"
                                                                   : S_ISSOCK(st.st_mode) ? "a socket"
                                                                                          : "a device"));
  const auto size = static_cast<std::uintmax_t>(st.st_size);
  if (size > max_bytes)
    return refuse(
        fmt::format("{} bytes is over the {} byte limit; skipped (raise it with --max-bytes)", size, max_bytes));
  std::string bytes(size, '\0');
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::read(fd, bytes.data() + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  if (got != size) return refuse("cannot read (permission denied or I/O error); skipped");
  ::close(fd);
  return bytes;
}

}  // namespace letterdiff
