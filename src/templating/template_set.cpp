#include "templating/template_set.h"

#include <cstdlib>
#include <fmt/format.h>

#include "base/file_name.h"
#include "ingest/read_file.h"
#include "letter/letter.h"
#include "letter/metadata.h"
#include "templating/template_file.h"

namespace letterdiff {

namespace {

constexpr std::uintmax_t kMaxTemplateBytes = 20u * 1024 * 1024;

}  // namespace

TemplateSet::TemplateSet(std::shared_ptr<Vocabulary> vocabulary) : vocabulary_(std::move(vocabulary)) {
  for (const auto marker : {kRecipientSlot, kCouncilSlot, kDateSlot, kRoleSlot}) vocabulary_->intern_slot(marker);
}

void TemplateSet::add(Template tpl) {
  std::string group = tpl.group;
  entries_.insert_or_assign(std::move(group), std::make_unique<Entry>(std::move(tpl), *vocabulary_));
}

const Template* TemplateSet::find(std::string_view group) const {
  const auto it = entries_.find(group);
  return it == entries_.end() ? nullptr : &it->second->tpl;
}

const TemplateMatcher* TemplateSet::matcher(std::string_view group) const {
  const auto it = entries_.find(group);
  return it == entries_.end() ? nullptr : &it->second->matcher;
}

const Template* TemplateSet::nearest(std::string_view group) const {
  const int year = group_end_year(group);
  const Template* best = nullptr;
  int best_distance = 0;
  for (const auto& [other, entry] : entries_) {
    const int other_year = group_end_year(other);
    if (other == group || year == 0 || other_year == 0) continue;
    const int distance = std::abs(other_year - year);
    if (!best || distance < best_distance || (distance == best_distance && other_year > group_end_year(best->group)))
      best = &entry->tpl, best_distance = distance;
  }
  return best;
}

void TemplateSet::set_support(std::string_view group, std::span<const int> support, int letters) {
  const auto it = entries_.find(group);
  if (it == entries_.end()) return;
  Template& tpl = it->second->tpl;
  for (std::size_t t = 0; t < support.size() && t < tpl.paragraphs.size(); ++t) tpl.paragraphs[t].support = support[t];
  tpl.letters = letters;
}

std::vector<const Template*> TemplateSet::templates() const {
  std::vector<const Template*> out;
  for (const auto& [group, entry] : entries_) out.push_back(&entry->tpl);
  return out;
}

std::string template_file_name(std::string_view group) { return file_stem(group) + ".tpl"; }

std::filesystem::path template_path(const std::filesystem::path& dir, std::string_view group) {
  return dir / template_file_name(group);
}

std::optional<Template> read_template_file(const std::filesystem::path& path, Vocabulary& vocabulary,
                                           Diagnostics& diagnostics, std::string_view expected_group) {
  const auto text = read_file(path, kMaxTemplateBytes, diagnostics);
  if (!text) return std::nullopt;
  auto tpl = read_template(*text, path.string(), vocabulary, diagnostics);
  // Saved under another year's name, it would be used for the wrong letters.
  if (tpl && !expected_group.empty() && tpl->group != expected_group) {
    diagnostics.push_back({Severity::error, path.string(),
                           fmt::format("its group line says {} but its file name says {}; rename the file to {} or "
                                       "correct its group line",
                                       tpl->group, expected_group, template_file_name(tpl->group)),
                           0});
    return std::nullopt;
  }
  return tpl;
}

std::optional<Template> template_in_dir(const std::filesystem::path& dir, const std::string& group,
                                        std::size_t letters, Vocabulary& vocabulary, Diagnostics& diagnostics) {
  const auto path = template_path(dir, group);
  std::error_code ec;
  if (std::filesystem::exists(path, ec)) return read_template_file(path, vocabulary, diagnostics, group);
  diagnostics.push_back({Severity::note, path.string(),
                         fmt::format("no template for group {}; learnt it from its {} letter{}", group, letters,
                                     letters == 1 ? "" : "s"),
                         0});
  return std::nullopt;
}

}  // namespace letterdiff
