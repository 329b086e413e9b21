#include "cli/manual.h"

#include <fmt/format.h>

#include <sstream>
#include <vector>

namespace letterdiff {

namespace {

constexpr const char* kDescription = R"(.B letterdiff
reads a pile of form letters, such as the Local Government and Social Care
Ombudsman's annual review letters to every English council, learns the
boilerplate they share as one template per year, and shows only what is
specific to each recipient: the paragraphs written for one council alone, the
standard paragraphs only some councils received (with how many), the
statistics, and how the template's wording changed between years.
.PP
Output files are written only into the folder named with
.BR \-o ;
a file letterdiff did not write there is never replaced, and each file appears
whole or not at all.
)";

constexpr const char* kEnvironment = R"(.SH ENVIRONMENT
.TP
.B LETTERDIFF_DATA_DIR
Where letterdiff's own data is: the shipped templates and topics.rules in its
templates folder. By default share/letterdiff beside the installed program
(bin/../share/letterdiff); never the current folder.
.TP
.B NO_COLOR
When set and not empty, no colour unless
.B \-\-color always
is given.
.TP
.B TERM
When dumb, no progress line.
.SH FILES
.TP
.I /usr/share/letterdiff/templates/
The shipped templates (YEAR.tpl) and topic rules (topics.rules).
.TP
.I DIR/.letterdiff\-manifest
What letterdiff wrote into an output folder, so that a later run replaces only
its own files and
.B \-\-prune
removes only those.
.SH "SEE ALSO"
.BR diff (1),
.BR wdiff (1),
and the README and docs folder of letterdiff's source.
)";

// Text for roff: backslashes and hyphens escaped, no line starting a request.
std::string roff(std::string_view text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
    line_start = c == '\n';
  }
  return out;
}

// The help's footer, paragraph by paragraph: "Examples:" and "Exit status:" become
// sections of their own (kept as set), the rest goes where it stands.
struct Footer {
  std::string text, examples, exit_status;
};

Footer split_footer(const std::string& footer) {
  Footer parts;
  std::istringstream in(footer);
  std::string line, paragraph;
  const auto flush = [&] {
    if (paragraph.starts_with("Examples:\n")) parts.examples += paragraph.substr(10);
    else if (paragraph.starts_with("Exit status:\n")) parts.exit_status += paragraph.substr(13);
    else if (!paragraph.empty()) parts.text += paragraph + "\n";
    paragraph.clear();
  };
  while (std::getline(in, line)) {
    if (line.empty()) flush();
    else paragraph += line + "\n";
  }
  flush();
  return parts;
}

std::string set_as_is(const std::string& text) { return ".PP\n.nf\n" + roff(text) + ".fi\n"; }

std::string option_entry(const CLI::Option& option) {
  std::string names;
  for (const auto& s : option.get_snames()) names += (names.empty() ? "" : ", ") + fmt::format("\\fB\\-{}\\fR", s);
  for (const auto& l : option.get_lnames()) names += (names.empty() ? "" : ", ") + fmt::format("\\fB\\-\\-{}\\fR", roff(l));
  if (names.empty()) names = fmt::format("\\fI{}\\fR", roff(option.get_option_text()));
  else if (option.get_type_size_max() != 0) names += fmt::format(" \\fI{}\\fR", roff(option.get_option_text()));
  return fmt::format(".TP\n{}\n{}\n", names, roff(option.get_description()));
}

std::string synopsis(const CLI::App& command) {
  std::string line = fmt::format(".B letterdiff {}\n[\\fIOPTIONS\\fR]", command.get_name());
  for (const CLI::Option* o : command.get_options({}))
    if (o->get_positional() && !o->nonpositional()) line += fmt::format(" \\fI{}\\fR", roff(o->get_option_text()));
  return line + "\n";
}

}  // namespace

std::string manual_page(const CLI::App& app, const std::string& version) {
  std::vector<const CLI::App*> commands;
  for (const CLI::App* sub : app.get_subcommands({}))
    if (!sub->get_group().empty() && sub->get_name() != "help") commands.push_back(sub);
  const Footer footer = split_footer(app.get_footer());
  std::string page = fmt::format(".TH LETTERDIFF 1 \"\" \"{}\" \"User Commands\"\n.SH NAME\n"
                                 "letterdiff \\- show what is specific to each of a pile of form letters\n"
                                 ".SH SYNOPSIS\n",
                                 roff(version));
  for (const CLI::App* c : commands) page += synopsis(*c) + ".br\n";
  page += ".B letterdiff help\n[\\fICOMMAND\\fR]\n.br\n.B letterdiff\n\\-\\-help | \\-\\-version\n";
  page += ".SH DESCRIPTION\n" + std::string(kDescription) + ".PP\n" + roff(footer.text);
  page += ".SH OPTIONS\nThese mean the same on every command; so do \\fB\\-f\\fR (\\fB\\-\\-format\\fR) and \\fB\\-o\\fR (\\fB\\-\\-output\\fR, a folder, or \\fB\\-\\fR for standard output).\n";
  const CLI::App* first = commands.front();
  std::vector<std::string> common;
  for (const CLI::Option* o : first->get_options({}))
    if (o->nonpositional() && std::all_of(commands.begin(), commands.end(), [&](const CLI::App* c) {
          const CLI::Option* same = c->get_option_no_throw(o->get_name());
          return same && same->get_description() == o->get_description();
        })) {
      page += option_entry(*o);
      common.push_back(o->get_name());
    }
  page += ".SH COMMANDS\n";
  for (const CLI::App* c : commands) {
    page += fmt::format(".SS \"letterdiff {}\"\n{}\n", c->get_name(), roff(c->get_description()));
    for (const CLI::Option* o : c->get_options({}))
      if (std::find(common.begin(), common.end(), o->get_name()) == common.end()) page += option_entry(*o);
    const Footer own = split_footer(c->get_footer());
    if (!own.text.empty()) page += ".PP\n" + roff(own.text);
    if (!own.examples.empty()) page += ".PP\nExamples:\n" + set_as_is(own.examples);
  }
  if (!footer.exit_status.empty()) page += ".SH \"EXIT STATUS\"\n" + set_as_is(footer.exit_status);
  if (!footer.examples.empty()) page += ".SH EXAMPLES\n" + set_as_is(footer.examples);
  return page + kEnvironment;
}

}  // namespace letterdiff
