// maxProperties, minProperties, required, properties, patternProperties, additionalProperties,
// dependencies, propertyNames (draft-07 validation §6.5); dependentRequired (draft 2020-12
// validation §6.5.4) and dependentSchemas (core §10.2.2.4), the two halves of "dependencies".
#include <algorithm>
#include <utility>

#include "json/reader.hpp"
#include "json/schema/keywords.hpp"
#include "json/writer.hpp"

namespace idp::json::schema {
namespace {

using NamedNodes = std::vector<std::pair<std::string, const Node*>>;
using PatternNodes = std::vector<std::pair<EcmaRegex, const Node*>>;

const Node* find_named(const NamedNodes& sorted, std::string_view name) {
  auto it = std::lower_bound(sorted.begin(), sorted.end(), name,
                             [](const auto& entry, std::string_view n) { return entry.first < n; });
  return it != sorted.end() && it->first == name ? it->second : nullptr;
}

class PropertiesKeyword final : public Keyword {
 public:
  PropertiesKeyword(std::string location, NamedNodes sorted)
      : Keyword("properties", std::move(location)), m_properties(std::move(sorted)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsObject()) return true;
    bool ok = true;
    for (auto it = instance.MemberBegin(); it != instance.MemberEnd(); ++it) {
      const Node* node = find_named(m_properties, view(it->name));
      if (node == nullptr) continue;
      Evaluation::Step step(ev, view(it->name));
      if (!ev.evaluate(*node, it->value)) {
        ok = false;
        if (!ev.collecting()) return false;
      }
    }
    return ok;
  }

 private:
  NamedNodes m_properties;
};

// A name too long for the regex engine (EcmaRegex::k_max_subject) cannot be classified: it is
// refused rather than let through unchecked.
constexpr std::string_view k_name_too_long =
    "is a property name too long to be checked against \"patternProperties\"";

class PatternPropertiesKeyword final : public Keyword {
 public:
  PatternPropertiesKeyword(std::string location, PatternNodes patterns)
      : Keyword("patternProperties", std::move(location)), m_patterns(std::move(patterns)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsObject()) return true;
    bool ok = true;
    for (auto it = instance.MemberBegin(); it != instance.MemberEnd(); ++it) {
      for (const auto& [regex, node] : m_patterns) {
        if (!ev.spend(regex.steps(it->name.GetStringLength()))) return false;
        auto result = regex.search(view(it->name));
        if (result == EcmaRegex::Result::no_match) continue;
        Evaluation::Step step(ev, view(it->name));
        bool passed = false;
        if (result == EcmaRegex::Result::match)
          passed = ev.evaluate(*node, it->value);
        else
          ev.report(*this, std::string(k_name_too_long));
        if (!passed) {
          ok = false;
          if (!ev.collecting()) return false;
        }
      }
    }
    return ok;
  }

 private:
  PatternNodes m_patterns;
};

class AdditionalPropertiesKeyword final : public Keyword {
 public:
  AdditionalPropertiesKeyword(std::string location, const Node* node,
                              std::vector<std::string> named, std::vector<EcmaRegex> patterns)
      : Keyword("additionalProperties", std::move(location)),
        m_node(node),
        m_named(std::move(named)),
        m_patterns(std::move(patterns)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsObject()) return true;
    bool ok = true;
    for (auto it = instance.MemberBegin(); it != instance.MemberEnd(); ++it) {
      std::string_view name = view(it->name);
      if (std::binary_search(m_named.begin(), m_named.end(), name)) continue;
      bool matched = false, unknown = false;
      for (const auto& regex : m_patterns) {
        if (!ev.spend(regex.steps(name.size()))) return false;
        auto result = regex.search(name);
        matched = result == EcmaRegex::Result::match;
        unknown = unknown || result == EcmaRegex::Result::too_long;
        if (matched) break;
      }
      if (matched) continue;
      bool passed = false;
      if (unknown) {
        ev.report_member(*this, name, std::string(k_name_too_long));
      } else if (m_node->constant == false) {
        ev.report_member(*this, name, "is not an allowed property");
      } else {
        Evaluation::Step step(ev, name);
        passed = ev.evaluate(*m_node, it->value);
      }
      if (!passed) {
        ok = false;
        if (!ev.collecting()) return false;
      }
    }
    return ok;
  }

 private:
  const Node* m_node;
  std::vector<std::string> m_named;  // sorted
  std::vector<EcmaRegex> m_patterns;
};

class RequiredKeyword final : public Keyword {
 public:
  RequiredKeyword(std::string location, std::vector<std::string> names)
      : Keyword("required", std::move(location)), m_names(std::move(names)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsObject()) return true;
    bool ok = true;
    for (const auto& name : m_names) {
      if (instance.HasMember(rapidjson::Value(rapidjson::StringRef(name.data(), name.size()))))
        continue;
      ok = false;
      if (!ev.report_member(*this, name, "is a required property")) return false;
    }
    return ok;
  }

 private:
  std::vector<std::string> m_names;
};

class PropertyCountKeyword final : public Keyword {
 public:
  PropertyCountKeyword(std::string_view name, std::string location, std::uint64_t limit,
                       bool maximum)
      : Keyword(name, std::move(location)),
        m_limit(limit),
        m_maximum(maximum),
        m_message(std::string(maximum ? "must have at most " : "must have at least ") +
                  count_of(limit, "property")) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsObject()) return true;
    std::uint64_t size = instance.MemberCount();
    if (m_maximum ? size <= m_limit : size >= m_limit) return true;
    ev.report(*this, m_message);
    return false;
  }

 private:
  std::uint64_t m_limit;
  bool m_maximum;
  std::string m_message;
};

class PropertyNamesKeyword final : public Keyword {
 public:
  PropertyNamesKeyword(std::string location, const Node* node)
      : Keyword("propertyNames", std::move(location)), m_node(node) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsObject()) return true;
    bool ok = true;
    for (auto it = instance.MemberBegin(); it != instance.MemberEnd(); ++it) {
      rapidjson::Value name(rapidjson::StringRef(it->name.GetString(), it->name.GetStringLength()));
      if (ev.matches(*m_node, name)) continue;
      if (ev.stopped()) return false;
      ok = false;
      if (!ev.report_member(*this, view(it->name),
                            "is not a valid property name (\"propertyNames\")"))
        return false;
    }
    return ok;
  }

 private:
  const Node* m_node;
};

// One entry of "dependencies", "dependentRequired" or "dependentSchemas": the members required
// with `name`, or a schema the whole object must then match.
struct Dependency {
  std::string name;
  std::vector<std::string> members;
  const Node* node = nullptr;
};

class DependenciesKeyword final : public Keyword {
 public:
  DependenciesKeyword(std::string_view name, std::string location,
                      std::vector<Dependency> dependencies)
      : Keyword(name, std::move(location)), m_dependencies(std::move(dependencies)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!instance.IsObject()) return true;
    bool ok = true;
    for (const auto& dep : m_dependencies) {
      if (!instance.HasMember(
              rapidjson::Value(rapidjson::StringRef(dep.name.data(), dep.name.size()))))
        continue;
      if (dep.node != nullptr) {
        if (!ev.evaluate(*dep.node, instance)) {
          ok = false;
          if (!ev.collecting()) return false;
        }
        continue;
      }
      for (const auto& member : dep.members) {
        if (instance.HasMember(
                rapidjson::Value(rapidjson::StringRef(member.data(), member.size()))))
          continue;
        ok = false;
        if (!ev.report_member(*this, member,
                              "is a required property when " + quote(dep.name) + " is present"))
          return false;
      }
    }
    return ok;
  }

 private:
  std::vector<Dependency> m_dependencies;
};

Expected<NamedNodes> named_nodes(KeywordSite& site, const rapidjson::Value& map,
                                 const std::string& location) {
  NamedNodes nodes;
  for (auto it = map.MemberBegin(); it != map.MemberEnd(); ++it) {
    auto node = site.compiler.subschema(it->value, child_location(location, view(it->name)));
    if (!node) return fail(node.error());
    nodes.emplace_back(std::string(view(it->name)), *node);
  }
  std::sort(nodes.begin(), nodes.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return nodes;
}

Expected<std::vector<std::string>> string_list(const rapidjson::Value& v) {
  std::vector<std::string> names;
  if (!v.IsArray()) return fail("not an array");
  for (const auto& item : v.GetArray()) {
    if (!item.IsString()) return fail("not a string");
    names.emplace_back(view(item));
  }
  return names;
}

}  // namespace

Status compile_properties(KeywordSite& site) {
  if (!site.value.IsObject()) return site.malformed("must be an object whose members are schemas");
  auto nodes = named_nodes(site, site.value, site.location);
  if (!nodes) return fail(nodes.error());
  site.add(std::make_unique<PropertiesKeyword>(site.location, std::move(*nodes)));
  return ok_status();
}

Status compile_pattern_properties(KeywordSite& site) {
  if (!site.value.IsObject())
    return site.malformed("must be an object mapping regular expressions to schemas");
  PatternNodes patterns;
  for (auto it = site.value.MemberBegin(); it != site.value.MemberEnd(); ++it) {
    std::string at = child_location(site.location, view(it->name));
    auto regex = site.compiler.regex(it->name, at);
    if (!regex) return fail(regex.error());
    auto node = site.compiler.subschema(it->value, at);
    if (!node) return fail(node.error());
    patterns.emplace_back(*regex, *node);
  }
  site.add(std::make_unique<PatternPropertiesKeyword>(site.location, std::move(patterns)));
  return ok_status();
}

Status compile_additional_properties(KeywordSite& site) {
  auto node = site.schema_value();
  if (!node) return fail(node.error());
  if ((*node)->constant == true) return ok_status();  // allows everything
  // draft-07 §6.5.6: applies to the members that neither "properties" nor "patternProperties"
  // cover. Those siblings are checked by their own compilers; here only their names are needed.
  std::vector<std::string> named;
  if (const auto* properties = site.sibling("properties"); properties && properties->IsObject())
    for (auto it = properties->MemberBegin(); it != properties->MemberEnd(); ++it)
      named.emplace_back(view(it->name));
  std::sort(named.begin(), named.end());
  std::vector<EcmaRegex> patterns;
  if (const auto* pp = site.sibling("patternProperties"); pp && pp->IsObject()) {
    for (auto it = pp->MemberBegin(); it != pp->MemberEnd(); ++it) {
      auto regex = site.compiler.regex(
          it->name,
          child_location(child_location(site.node.location, "patternProperties"), view(it->name)));
      if (!regex) return fail(regex.error());
      patterns.push_back(*regex);
    }
  }
  site.add(std::make_unique<AdditionalPropertiesKeyword>(site.location, *node, std::move(named),
                                                         std::move(patterns)));
  return ok_status();
}

Status compile_required(KeywordSite& site) {
  auto names = string_list(site.value);
  if (!names) return site.malformed("must be an array of strings");
  if (!names->empty())
    site.add(std::make_unique<RequiredKeyword>(site.location, std::move(*names)));
  return ok_status();
}

Status compile_property_count(KeywordSite& site) {
  auto limit = site.non_negative_integer();
  if (!limit) return fail(limit.error());
  site.add(std::make_unique<PropertyCountKeyword>(site.name, site.location, *limit,
                                                  site.name == "maxProperties"));
  return ok_status();
}

Status compile_property_names(KeywordSite& site) {
  auto node = site.schema_value();
  if (!node) return fail(node.error());
  site.add(std::make_unique<PropertyNamesKeyword>(site.location, *node));
  return ok_status();
}

namespace {

// `members`, `schemas`: which forms of entry the keyword takes.
Status compile_dependency_map(KeywordSite& site, bool members, bool schemas,
                              std::string_view expected) {
  if (!site.value.IsObject()) return site.malformed(expected);
  std::string_view entry_expected = members && schemas ? "must be an array of strings or a schema"
                                    : members          ? "must be an array of strings"
                                                       : "must be a schema";
  std::vector<Dependency> dependencies;
  for (auto it = site.value.MemberBegin(); it != site.value.MemberEnd(); ++it) {
    std::string at = child_location(site.location, view(it->name));
    Dependency dep;
    dep.name = std::string(view(it->name));
    if (members && (it->value.IsArray() || !schemas)) {
      auto names = string_list(it->value);
      if (!names) return fail(at + ": " + std::string(entry_expected));
      dep.members = std::move(*names);
      if (dep.members.empty()) continue;
    } else {
      auto node = site.compiler.subschema(it->value, at);
      if (!node) return fail(at + ": " + std::string(entry_expected));
      dep.node = *node;
    }
    dependencies.push_back(std::move(dep));
  }
  if (!dependencies.empty())
    site.add(
        std::make_unique<DependenciesKeyword>(site.name, site.location, std::move(dependencies)));
  return ok_status();
}

}  // namespace

Status compile_dependencies(KeywordSite& site) {
  return compile_dependency_map(site, true, true,
                                "must be an object of schemas or arrays of property names");
}

Status compile_dependent_required(KeywordSite& site) {
  return compile_dependency_map(site, true, false, "must be an object of arrays of property names");
}

Status compile_dependent_schemas(KeywordSite& site) {
  return compile_dependency_map(site, false, true, "must be an object whose members are schemas");
}

}  // namespace idp::json::schema
