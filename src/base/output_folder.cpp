#include "base/output_folder.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <map>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <streambuf>

#include <fmt/format.h>

#include "base/file_name.h"
#include "base/text.h"

namespace letterdiff {

namespace {

constexpr std::string_view kTemporaryPrefix = ".letterdiff-tmp-";

// What the signal handler needs to remove this run's temporary files, kept
// where it can read them safely: the folder's descriptor and how many names
// were handed out. The names are ".letterdiff-tmp-<pid>-<n>".
std::atomic<int> g_folder{-1};
std::atomic<unsigned> g_issued{0};

// Async-signal-safe: only unlinkat and hand-made names.
void remove_temporaries_and_die(int signal) {
  const int folder = g_folder.load();
  if (folder >= 0) {
    char name[64];
    std::memcpy(name, kTemporaryPrefix.data(), kTemporaryPrefix.size());
    const auto put = [](char* at, unsigned long value) {
      char digits[24];
      int n = 0;
      do digits[n++] = static_cast<char>('0' + value % 10); while ((value /= 10) != 0);
      while (n > 0) *at++ = digits[--n];
      return at;
    };
    char* after_pid = put(name + kTemporaryPrefix.size(), static_cast<unsigned long>(::getpid()));
    *after_pid++ = '-';
    for (unsigned i = 0, issued = g_issued.load(); i < issued; ++i) {
      *put(after_pid, i) = '\0';
      ::unlinkat(folder, name, 0);
    }
  }
  ::signal(signal, SIG_DFL);
  ::raise(signal);
}

void remove_temporaries_on_signals() {
  static const bool installed = [] {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_die;
    sigemptyset(&action.sa_mask);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) {
      struct sigaction before {};
      ::sigaction(s, nullptr, &before);
      if (before.sa_handler == SIG_IGN) continue;  // nohup and the like: ignored it stays
      ::sigaction(s, &action, nullptr);
    }
    return true;
  }();
  (void)installed;
}

// What the folder holds as the run starts, by name: whether each is a regular
// file. Temporary files of a run that was killed (its process is gone) are
// removed, not listed.
std::map<std::string, bool, std::less<>> list_folder(int folder) {
  std::map<std::string, bool, std::less<>> present;
  const int fd = ::openat(folder, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  DIR* listing = fd < 0 ? nullptr : ::fdopendir(fd);
  if (!listing) {
    if (fd >= 0) ::close(fd);
    return present;
  }
  std::vector<std::string> abandoned;
  while (const dirent* e = ::readdir(listing)) {
    const std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    if (name.starts_with(kTemporaryPrefix)) {
      const long pid = std::strtol(name.data() + kTemporaryPrefix.size(), nullptr, 10);
      if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) abandoned.emplace_back(name);
      continue;
    }
    bool regular = e->d_type == DT_REG;
    if (e->d_type == DT_UNKNOWN) {  // some file systems do not say: ask
      struct stat st {};
      regular = ::fstatat(folder, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode);
    }
    present.emplace(name, regular);
  }
  ::closedir(listing);
  for (const auto& name : abandoned) ::unlinkat(folder, name.c_str(), 0);
  return present;
}

// Moves a written file to its name. A name that is not letterdiff's is never
// replaced, even by a file that appeared there while the run went on: the move
// then fails with EEXIST (the check and the move are one step where the file
// system can make them one).
bool place(int folder, const std::string& temporary, const std::string& name, bool replace) {
  if (replace) return ::renameat(folder, temporary.c_str(), folder, name.c_str()) == 0;
  if (::renameat2(folder, temporary.c_str(), folder, name.c_str(), RENAME_NOREPLACE) == 0) return true;
  if (errno != EINVAL && errno != ENOSYS) return false;
  struct stat st {};
  if (::fstatat(folder, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0) return errno = EEXIST, false;
  return ::renameat(folder, temporary.c_str(), folder, name.c_str()) == 0;
}

// An ostream's buffer over a file descriptor, remembering the first error.
class DescriptorBuffer : public std::streambuf {
 public:
  explicit DescriptorBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    for (const char* p = pbase(); p < pptr();) {
      const ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (error_ == 0) error_ = n < 0 ? errno : EIO;
        setp(buffer_, buffer_ + sizeof buffer_);
        return false;
      }
      p += n;
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_ == 0;
  }

  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

std::optional<std::string> read_manifest(int folder) {
  const int fd = ::openat(folder, std::string(kManifestName).c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return std::nullopt;
  std::string text;
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size < (64 << 20)) {
    text.resize(static_cast<std::size_t>(st.st_size));
    std::size_t got = 0;
    for (ssize_t n; got < text.size() && (n = ::read(fd, text.data() + got, text.size() - got)) > 0;)
      got += static_cast<std::size_t>(n);
    text.resize(got);
  }
  ::close(fd);
  return text;
}

}  // namespace

std::string write_error_words(int error) {
  switch (error) {
    case ENOSPC: return "the disk is full";
    case EDQUOT: return "the disk quota is used up";
    case ENAMETOOLONG: return "the name is too long for the file system";
    case EACCES:
    case EPERM: return "permission denied";
    case EROFS: return "the file system is read-only";
    case ENOTDIR: return "a file stands where a folder is needed";
    case EISDIR: return "a folder stands where the file goes";
    case ENOENT: return "the folder no longer exists";
    case EIO: return "an input/output error (a failing disk?)";
    default: return std::strerror(error);
  }
}

OutputFolder::OutputFolder(std::filesystem::path dir, int fd) : dir_(std::move(dir)), fd_(fd) {}

OutputFolder::~OutputFolder() {
  for (const auto& p : pending_) ::unlinkat(fd_, p.temporary.c_str(), 0);
  if (g_folder.load() == fd_) g_folder.store(-1);
  ::close(fd_);
}

std::unique_ptr<OutputFolder> OutputFolder::open(const std::filesystem::path& dir, Diagnostics& ds) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    const int error = ec ? ec.value() : errno;
    ds.push_back({Severity::error, dir.string(), fmt::format("cannot create the output folder: {}", write_error_words(error)), 0});
    return nullptr;
  }
  auto present = list_folder(fd);
  remove_temporaries_on_signals();
  g_folder.store(fd);
  std::unique_ptr<OutputFolder> folder(new OutputFolder(dir, fd));
  folder->present_ = std::move(present);
  if (const auto manifest = read_manifest(fd))
    for (const auto line : split_lines(*manifest))
      if (is_plain_file_name(line) && line != kManifestName) folder->known_.emplace(line);
  return folder;
}

std::string OutputFolder::path_of(std::string_view file_name) const { return (dir_ / file_name).string(); }

bool OutputFolder::write(std::string_view file_name, std::string_view content, Diagnostics& ds) {
  return write(file_name, [&](std::ostream& out) { out.write(content.data(), static_cast<std::streamsize>(content.size())); },
               ds);
}

bool OutputFolder::write(std::string_view file_name, const std::function<void(std::ostream&)>& write,
                         Diagnostics& ds) {
  if (!is_plain_file_name(file_name)) {  // names are made by file_stem: this is a bug, not bad input
    ds.push_back({Severity::error, path_of(file_name), "not written: not a plain file name inside the output folder", 0});
    failed_ = true;
    return false;
  }
  const std::string name(file_name);
  bool known = false;
  {
    const std::lock_guard lock(mutex_);
    attempted_.insert(name);
    known = known_.count(name) > 0;
  }
  // A file letterdiff did not write is never replaced: it is not in the manifest.
  if (name != kManifestName && !known && present_.contains(name)) {
    ds.push_back({Severity::error, path_of(name),
                  "already there and not written by letterdiff (not in .letterdiff-manifest): left as it is; move "
                  "it or choose another output folder",
                  0});
    failed_ = true;
    return false;
  }
  // Exclusive and without following links: a file or link already at the
  // temporary name (planted, or left by another run) is skipped, never opened.
  int fd = -1;
  std::string temporary;
  for (int attempt = 0; fd < 0 && attempt < (1 << 20); ++attempt) {
    temporary = fmt::format("{}{}-{}", kTemporaryPrefix, ::getpid(), g_issued.fetch_add(1));
    fd = ::openat(fd_, temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) break;
  }
  if (fd < 0) {
    ds.push_back({Severity::error, path_of(name), fmt::format("cannot write: {}", write_error_words(errno)), 0});
    failed_ = true;
    return false;
  }
  {
    const std::lock_guard lock(mutex_);
    pending_.push_back({temporary, name});  // from here the destructor removes it, whatever happens
  }
  int error = 0;
  {
    DescriptorBuffer buffer(fd);
    try {
      std::ostream out(&buffer);
      write(out);
      out.flush();
    } catch (...) {
      ::close(fd);
      throw;
    }
    error = buffer.error();
  }
  ::close(fd);
  if (error != 0) {
    ::unlinkat(fd_, temporary.c_str(), 0);
    {
      const std::lock_guard lock(mutex_);
      std::erase_if(pending_, [&](const Pending& p) { return p.temporary == temporary; });
    }
    ds.push_back({Severity::error, path_of(name), fmt::format("cannot write: {}", write_error_words(error)), 0});
    failed_ = true;
    return false;
  }
  return true;
}

bool OutputFolder::commit(bool prune, std::span<const std::string_view> kinds, Diagnostics& ds) {
  // Files an earlier run wrote that this one did not even try to: letters no
  // longer given. Only files of the kinds this run writes count (its formats):
  // a report never removes templates, nor Markdown pages when it writes HTML.
  const auto of_this_kind = [&](const std::string& name) {
    return std::any_of(kinds.begin(), kinds.end(), [&](std::string_view ext) { return name.ends_with(ext); });
  };
  // The manifest lists what this run wrote and what earlier runs wrote that is
  // still there; never a name this run was refused (a file not ours stays not ours).
  std::set<std::string> manifest;
  for (const auto& p : pending_) manifest.insert(p.name);
  std::vector<std::string> stale;
  for (const auto& name : known_) {
    if (const auto it = present_.find(name); it == present_.end() || !it->second) continue;
    manifest.insert(name);
    if (!attempted_.count(name) && of_this_kind(name)) stale.push_back(name);
  }
  // Never prune after a failed write: the run's own view of what is current is incomplete.
  const bool pruning = prune && !failed_;
  if (pruning)
    for (const auto& name : stale)
      if (::unlinkat(fd_, name.c_str(), 0) == 0) manifest.erase(name);
  if (!stale.empty() && !pruning)
    ds.push_back({Severity::note, dir_.string(),
                  prune ? fmt::format("nothing pruned: this run could not write every file")
                        : fmt::format("{} file{} an earlier run wrote {} not written this time (letters no longer "
                                      "given?); --prune removes {}",
                                      stale.size(), stale.size() == 1 ? "" : "s", stale.size() == 1 ? "was" : "were",
                                      stale.size() == 1 ? "it" : "them"),
                  0});
  const auto write_manifest = [&] {
    std::string list;
    for (const auto& name : manifest) list += name + '\n';
    return write(kManifestName, list, ds);
  };
  bool ok = write_manifest();

  // One flush for every file rather than one per file: ten thousand pages cost
  // one wait for the disk.
  if (::syncfs(fd_) != 0) {
    ds.push_back({Severity::error, dir_.string(), fmt::format("cannot write: {}", write_error_words(errno)), 0});
    return false;  // the destructor removes the temporary files
  }
  // The pages, then the manifest, which must list only files in place.
  std::set<std::string_view> placed;  // a name written twice: the later write replaces the earlier
  bool unlisted = false;
  for (const auto& p : pending_) {
    if (p.name == kManifestName) continue;
    const bool ours = known_.contains(p.name) || placed.contains(p.name);
    if (place(fd_, p.temporary, p.name, ours)) {
      placed.insert(p.name);
      continue;
    }
    ds.push_back({Severity::error, path_of(p.name),
                  errno == EEXIST ? std::string("appeared while letterdiff ran and is not letterdiff's: left as it is; "
                                                "move it or choose another output folder")
                                  : fmt::format("cannot write: {}", write_error_words(errno)),
                  0});
    ::unlinkat(fd_, p.temporary.c_str(), 0);
    if (!ours) unlisted = manifest.erase(p.name) > 0 || unlisted;
    ok = false;
  }
  if (unlisted) {  // the manifest written above names a file that is not ours: written again without it
    for (const auto& p : pending_)
      if (p.name == kManifestName) ::unlinkat(fd_, p.temporary.c_str(), 0);
    std::erase_if(pending_, [](const Pending& p) { return p.name == kManifestName; });
    ok = write_manifest() && ::syncfs(fd_) == 0 && ok;
  }
  for (const auto& p : pending_)
    if (p.name == kManifestName && !place(fd_, p.temporary, p.name, true)) {
      ds.push_back({Severity::error, path_of(p.name), fmt::format("cannot write: {}", write_error_words(errno)), 0});
      ok = false;
    }
  pending_.clear();
  ::fsync(fd_);  // the renames themselves
  return ok && !failed_;
}

}  // namespace letterdiff
