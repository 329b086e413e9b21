#include "cli/completions.h"

#include <fmt/format.h>

#include <vector>

namespace letterdiff {

namespace {

enum class ValueKind { none, flag, words, folder, file };

struct OptionInfo {
  std::vector<std::string> names;  // "-o", "--output"
  std::string description;
  ValueKind kind = ValueKind::flag;
  std::vector<std::string> words;
};

struct CommandInfo {
  std::string name;
  std::string description;
  std::vector<OptionInfo> options;
  ValueKind positional = ValueKind::none;  // what its positional arguments are
  std::vector<std::string> positional_words;
};

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text + "|") {
    if (c != '|') {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  return words;
}

ValueKind kind_of(const CLI::Option& option, std::vector<std::string>& words) {
  if (option.get_type_size_max() == 0) return ValueKind::flag;
  const std::string& text = option.get_option_text();
  if (text.starts_with("DIR")) return ValueKind::folder;
  if (text == "N") return ValueKind::none;
  if (text.find('|') != std::string::npos && text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos) {
    words = split_words(text);
    return ValueKind::words;
  }
  if (text == "COMMAND" || text == "SHELL") return ValueKind::words;  // filled in by the caller
  return ValueKind::file;
}

CommandInfo describe(const CLI::App& command) {
  CommandInfo info{command.get_name(), command.get_description(), {}, ValueKind::none, {}};
  for (const CLI::Option* option : command.get_options({})) {
    std::vector<std::string> words;
    const ValueKind kind = kind_of(*option, words);
    if (option->get_positional() && !option->nonpositional()) {
      info.positional = kind;
      info.positional_words = words;
      continue;
    }
    OptionInfo o{{}, option->get_description(), kind, words};
    for (const auto& s : option->get_snames()) o.names.push_back("-" + s);
    for (const auto& l : option->get_lnames()) o.names.push_back("--" + l);
    info.options.push_back(std::move(o));
  }
  return info;
}

std::vector<CommandInfo> commands_of(const CLI::App& app) {
  std::vector<CommandInfo> commands{describe(app)};
  commands.front().name.clear();
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_group().empty()) continue;  // hidden
    names.push_back(sub->get_name());
    commands.push_back(describe(*sub));
  }
  commands.front().positional = ValueKind::words;
  commands.front().positional_words = names;
  for (auto& c : commands)
    if (c.name == "help") c.positional = ValueKind::words, c.positional_words = names;
  return commands;
}

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ") {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : std::string(separator)) + w;
  return out;
}

// Single quotes for the shells: ' closes, escapes and reopens.
std::string shell_quoted(std::string_view text) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string bash_reply(ValueKind kind, const std::vector<std::string>& words) {
  switch (kind) {
    case ValueKind::words: return fmt::format("COMPREPLY=($(compgen -W {} -- \"$cur\"))", shell_quoted(joined(words)));
    case ValueKind::folder: return "COMPREPLY=($(compgen -d -- \"$cur\"))";
    case ValueKind::file: return "COMPREPLY=($(compgen -f -- \"$cur\"))";
    default: return "COMPREPLY=()";
  }
}

std::string bash(const std::vector<CommandInfo>& commands) {
  std::string values, options;
  for (const auto& c : commands) {
    std::string flags;
    values += fmt::format("    {})\n      case $prev in\n", c.name.empty() ? "''" : c.name);
    for (const auto& o : c.options) {
      flags += (flags.empty() ? "" : " ") + joined(o.names);
      if (o.kind != ValueKind::flag)
        values += fmt::format("        {}) {}; return ;;\n", joined(o.names, "|"), bash_reply(o.kind, o.words));
    }
    values += "      esac\n";
    values += fmt::format("      if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W {} -- \"$cur\")); else {}; fi\n",
                          shell_quoted(flags), bash_reply(c.positional, c.positional_words));
    values += "      ;;\n";
  }
  return fmt::format(R"(# bash completion for letterdiff (made by: letterdiff completions bash)
_letterdiff() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}} command= i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${{COMP_WORDS[i]}} in -*) ;; *) command=${{COMP_WORDS[i]}}; break ;; esac
  done
  case $command in
{}  esac
}}
complete -o filenames -o bashdefault -F _letterdiff letterdiff
)",
                     values);
}

std::string zsh_action(ValueKind kind, const std::vector<std::string>& words) {
  switch (kind) {
    case ValueKind::words: return fmt::format("({})", joined(words));
    case ValueKind::folder: return "_files -/";
    case ValueKind::file: return "_files";
    default: return " ";
  }
}

// An option's description in brackets: brackets and colons escaped.
std::string zsh_description(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
    out += c == '\'' ? '`' : c;
  }
  return out;
}

std::string zsh(const std::vector<CommandInfo>& commands) {
  std::string list, cases;
  for (const auto& c : commands) {
    if (c.name.empty()) continue;
    list += fmt::format("    {}\n", shell_quoted(c.name + ":" + zsh_description(c.description)));
    std::string specs;
    for (const auto& o : c.options) {
      const std::string value =
          o.kind == ValueKind::flag ? "" : fmt::format(":{}:{}", o.names.back().substr(2), zsh_action(o.kind, o.words));
      const std::string names = o.names.size() == 1 ? o.names.front() : "{" + joined(o.names, ",") + "}";
      const std::string exclusive = o.names.size() == 1 ? "" : "(" + joined(o.names) + ")";
      specs += fmt::format("        {}\\\n", shell_quoted(exclusive + names + "[" + zsh_description(o.description) + "]" + value));
    }
    if (c.positional != ValueKind::none)
      specs += fmt::format("        {}\\\n", shell_quoted("*:argument:" + zsh_action(c.positional, c.positional_words)));
    cases += fmt::format("    {})\n      _arguments -s \\\n{}      ;;\n", c.name, specs);
  }
  return fmt::format(R"(#compdef letterdiff
# zsh completion for letterdiff (made by: letterdiff completions zsh)
local -a commands
commands=(
{})
_arguments -C '(-h --help)'{{-h,--help}}'[show the help]' '--help-all[show the help of every command]' \
  '(-V --version)'{{-V,--version}}'[show the version]' '1:command:->command' '*::argument:->argument'
case $state in
  command) _describe command commands ;;
  argument)
  case $words[1] in
{}  esac
  ;;
esac
)",
                     list, cases);
}

std::string fish(const std::vector<CommandInfo>& commands) {
  std::string out = "# fish completion for letterdiff (made by: letterdiff completions fish)\ncomplete -c letterdiff -f\n";
  std::vector<std::string> names;
  for (const auto& c : commands)
    if (!c.name.empty()) names.push_back(c.name);
  for (const auto& c : commands) {
    const std::string condition = c.name.empty() ? "__fish_use_subcommand"
                                                 : "__fish_seen_subcommand_from " + c.name;
    if (!c.name.empty())
      out += fmt::format("complete -c letterdiff -n __fish_use_subcommand -a {} -d {}\n", c.name, shell_quoted(c.description));
    for (const auto& o : c.options) {
      std::string line = fmt::format("complete -c letterdiff -n {}", shell_quoted(condition));
      for (const auto& n : o.names) line += n.starts_with("--") ? " -l " + n.substr(2) : " -s " + n.substr(1);
      if (o.kind == ValueKind::words) line += " -x -a " + shell_quoted(joined(o.words));
      else if (o.kind == ValueKind::folder) line += " -x -a '(__fish_complete_directories)'";
      else if (o.kind == ValueKind::file) line += " -r -F";
      else if (o.kind == ValueKind::none) line += " -x";
      out += line + " -d " + shell_quoted(o.description) + "\n";
    }
    if (!c.name.empty() && c.positional == ValueKind::file)
      out += fmt::format("complete -c letterdiff -n {} -F\n", shell_quoted(condition));
    if (!c.name.empty() && c.positional == ValueKind::words)
      out += fmt::format("complete -c letterdiff -n {} -a {}\n", shell_quoted(condition), shell_quoted(joined(c.positional_words)));
  }
  return out;
}

}  // namespace

std::string completion_script(const CLI::App& app, std::string_view shell) {
  const auto commands = commands_of(app);
  if (shell == "zsh") return zsh(commands);
  if (shell == "fish") return fish(commands);
  return bash(commands);
}

}  // namespace letterdiff
