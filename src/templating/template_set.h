// The templates of one run, by year group, with what aligning needs of them: the
// vocabulary their ids belong to (letters are tokenised with it or with extensions
// of it), each template's matcher, built once, and for the only letter of a year
// the nearest other year's template to compare it with. A group's template file
// is named here and nowhere else: <group>.tpl.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/vocabulary.h"
#include "templating/template.h"
#include "templating/template_matcher.h"

namespace letterdiff {

class TemplateSet {
 public:
  // An empty set with a vocabulary of its own, or one shared with other sets whose
  // templates it is compared with (the audit's years). The vocabulary knows the
  // metadata slots every letter carries, so letters can be tokenised into
  // extensions of it at once.
  TemplateSet() : TemplateSet(std::make_shared<Vocabulary>()) {}
  explicit TemplateSet(std::shared_ptr<Vocabulary> vocabulary);

  Vocabulary& vocabulary() { return *vocabulary_; }
  const Vocabulary& vocabulary() const { return *vocabulary_; }

  // The group's template, its tokens ids of vocabulary(); one per group.
  void add(Template tpl);
  const Template* find(std::string_view group) const;
  const TemplateMatcher* matcher(std::string_view group) const;
  // The other year closest in time to group's; between two as close, the newer.
  const Template* nearest(std::string_view group) const;
  // Support as the aligner saw it over every letter of the group: support[t] letters
  // carry paragraph t, of `letters` in the group.
  void set_support(std::string_view group, std::span<const int> support, int letters);

  std::vector<const Template*> templates() const;  // in group order
  bool empty() const { return entries_.empty(); }

 private:
  struct Entry {
    Entry(Template t, const Vocabulary& vocabulary) : tpl(std::move(t)), matcher(tpl, vocabulary) {}
    Template tpl;
    TemplateMatcher matcher;  // refers to tpl: an entry never moves
  };
  std::shared_ptr<Vocabulary> vocabulary_;  // on the heap: matchers refer to it when the set moves
  std::map<std::string, std::unique_ptr<Entry>, std::less<>> entries_;
};

// "<group>.tpl": the one place a template's file is named.
std::string template_file_name(std::string_view group);
// dir/<group>.tpl
std::filesystem::path template_path(const std::filesystem::path& dir, std::string_view group);

// A .tpl file read and parsed; nullopt with an error naming it when it cannot be,
// or, when it was looked up by its group (dir/<group>.tpl), when its group line
// names another.
std::optional<Template> read_template_file(const std::filesystem::path& path, Vocabulary& vocabulary,
                                           Diagnostics& diagnostics, std::string_view expected_group = {});

// The group's template from dir/<group>.tpl, or nullopt when there is none to be
// read there (said in a note, or by the reader's error): the caller learns it from
// the group's `letters` letters instead.
std::optional<Template> template_in_dir(const std::filesystem::path& dir, const std::string& group,
                                        std::size_t letters, Vocabulary& vocabulary, Diagnostics& diagnostics);

}  // namespace letterdiff
