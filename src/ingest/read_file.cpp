#include "ingest/read_file.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fmt/format.h>

#include "ingest/document.h"

namespace letterdiff {

namespace {

// A stream read to its end, up to max_bytes.
std::optional<std::string> read_stream(int fd, const std::string& name, std::uintmax_t max_bytes, Diagnostics& ds) {
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ds.push_back({Severity::error, name, fmt::format("cannot read: {}; skipped", std::strerror(errno)), 0});
      return std::nullopt;
    }
    if (n == 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > max_bytes) {
      ds.push_back({Severity::error, name,
                    fmt::format("more than {} bytes; skipped (raise the limit with --max-bytes)", max_bytes), 0});
      return std::nullopt;
    }
  }
}

}  // namespace

std::optional<std::string> read_file(const std::filesystem::path& path, std::uintmax_t max_bytes,
                                     Diagnostics& ds, Stream streams, bool* streamed) {
  const std::string name = path.string();
  if (streamed) *streamed = false;
  if (streams == Stream::allowed && name == "-") {
    if (streamed) *streamed = true;
    return read_stream(0, kStandardInput, max_bytes, ds);
  }
  // One open and one fstat per file. Non-blocking, so that a pipe is refused
  // below instead of waiting for a writer.
  int fd = ::open(name.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
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
  if (streams == Stream::allowed && S_ISFIFO(st.st_mode)) {
    // Named on the command line: read to its end, as cat does. Not opened again:
    // a writer may already have written and gone, and a pipe's bytes go with its
    // last reader. poll waits for the writer (a reader opened without blocking
    // hears no hang-up before one came); then reads block until it closes.
    pollfd ready{fd, POLLIN, 0};
    while (::poll(&ready, 1, -1) < 0 && errno == EINTR) {
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    if (streamed) *streamed = true;
    auto bytes = read_stream(fd, name, max_bytes, ds);
    ::close(fd);
    return bytes;
  }
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
