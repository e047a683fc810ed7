#include "json/schema/compiler.hpp"

#include <array>

#include "json/reader.hpp"
#include "json/schema/dialect.hpp"
#include "json/schema/json_pointer.hpp"
#include "json/schema/keywords.hpp"
#include "json/schema/uri.hpp"

namespace idp::json::schema {
namespace {

// The keywords whose value is a subschema, a list of them, or a map of them (draft-07 core §9,
// validation §6; draft 2020-12 core §10), in the dialects where they hold schemas. "$defs" is
// draft 2019-09's name for "definitions"; both are read in every dialect.
struct Applicator {
  std::string_view name;
  unsigned dialects;
};
constexpr std::array k_schema_keywords{Applicator{"additionalItems", k_draft_07 | k_draft_2019_09},
                                       Applicator{"additionalProperties", k_every_dialect},
                                       Applicator{"contains", k_every_dialect},
                                       Applicator{"propertyNames", k_every_dialect},
                                       Applicator{"if", k_every_dialect},
                                       Applicator{"then", k_every_dialect},
                                       Applicator{"else", k_every_dialect},
                                       Applicator{"not", k_every_dialect},
                                       Applicator{"items", k_every_dialect}};
constexpr std::array k_list_keywords{
    Applicator{"items", k_draft_07 | k_draft_2019_09}, Applicator{"prefixItems", k_draft_2020_12},
    Applicator{"allOf", k_every_dialect}, Applicator{"anyOf", k_every_dialect},
    Applicator{"oneOf", k_every_dialect}};
constexpr std::array k_map_keywords{
    Applicator{"properties", k_every_dialect},  Applicator{"patternProperties", k_every_dialect},
    Applicator{"definitions", k_every_dialect}, Applicator{"$defs", k_every_dialect},
    Applicator{"dependencies", k_draft_07},     Applicator{"dependentSchemas", k_since_2019_09}};

template <std::size_t N>
bool one_of(const std::array<Applicator, N>& keywords, std::string_view name, Dialect dialect) {
  for (const auto& k : keywords)
    if (k.name == name) return in(k.dialects, dialect);
  return false;
}

bool is_schema(const rapidjson::Value& v) {
  return v.IsObject() || v.IsBool();
}

// The URI without its fragment, and the fragment ("" when there is none).
std::pair<std::string, std::string> split_fragment(const std::string& uri) {
  std::size_t hash = uri.find('#');
  if (hash == std::string::npos) return {uri, ""};
  return {uri.substr(0, hash), uri.substr(hash + 1)};
}

// draft 2020-12 core §8.2.2: ^[A-Za-z_][-A-Za-z0-9._]*$; draft 2019-09 core §8.2.3:
// ^[A-Za-z][-A-Za-z0-9.:_]*$.
bool is_anchor_name(std::string_view name, Dialect dialect) {
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (name.empty()) return false;
  bool modern = dialect == Dialect::draft_2020_12;
  if (!letter(name[0]) && !(modern && name[0] == '_')) return false;
  for (char c : name.substr(1))
    if (!letter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.' && c != '_' &&
        !(!modern && c == ':'))
      return false;
  return true;
}

}  // namespace

std::string child_location(const std::string& location, std::string_view member) {
  std::string out = location;
  out += '/';
  for (char c : escape_pointer_token(member)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x21 || u == 0x7F ||
        std::string_view("%\"#<>[\\]^`{|}").find(c) != std::string_view::npos) {
      static constexpr char k_hex[] = "0123456789ABCDEF";
      out += '%';
      out += k_hex[u >> 4];
      out += k_hex[u & 15];
    } else {
      out += c;
    }
  }
  return out;
}

Status Compiler::run() {
  if (!is_schema(m_root)) return fail("the schema must be an object or a boolean");
  m_dialect = m_options.default_dialect;
  if (m_root.IsObject())
    if (auto schema = m_root.FindMember("$schema"); schema != m_root.MemberEnd()) {
      if (!schema->value.IsString())
        return fail("#/$schema: must be a string (the URI of a dialect's meta-schema)");
      auto dialect = dialect_of(view(schema->value));
      if (!dialect) return fail("#/$schema: " + dialect.error());
      m_dialect = *dialect;
    }
  m_out.dialect = m_dialect;
  m_resources[""] = &m_root;
  if (auto indexed = index(m_root, "", "#", 0); !indexed) return indexed;
  Node* root = node_for(m_root, "#", "");
  while (!m_pending.empty()) {
    Pending item = m_pending.front();
    m_pending.pop_front();
    if (auto compiled = compile_node(item); !compiled) return compiled;
  }
  if (auto cycles = check_reference_cycles(); !cycles) return cycles;
  m_out.root = root;
  return ok_status();
}

Status Compiler::index(const rapidjson::Value& v, std::string base, const std::string& location,
                       std::size_t depth) {
  if (depth > m_options.limits.max_schema_depth)
    return fail(location + ": subschemas nest deeper than " +
                std::to_string(m_options.limits.max_schema_depth) + " levels");
  if (!v.IsObject()) {
    m_info.emplace(&v, Info{base, location});
    return ok_status();
  }
  // draft-07 core §8.3: the other members of a "$ref" object are ignored, "$id" included.
  // Since draft 2019-09 "$ref" is a keyword like the others (2020-12 core §8.2.3.1).
  if (m_dialect == Dialect::draft_07 && v.HasMember("$ref")) {
    m_info.emplace(&v, Info{base, location});
    return ok_status();
  }
  if (auto checked = check_dialect(v, location); !checked) return checked;
  if (auto identified = index_identifiers(v, base, location); !identified) return identified;
  m_info.emplace(&v, Info{base, location});
  for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
    std::string_view name = view(it->name);
    const rapidjson::Value& value = it->value;
    std::string at = child_location(location, name);
    if (one_of(k_schema_keywords, name, m_dialect) && is_schema(value)) {
      if (auto s = index(value, base, at, depth + 1); !s) return s;
    } else if (one_of(k_list_keywords, name, m_dialect) && value.IsArray()) {
      for (rapidjson::SizeType i = 0; i < value.Size(); ++i)
        if (auto s = index(value[i], base, child_location(at, std::to_string(i)), depth + 1); !s)
          return s;
    } else if (one_of(k_map_keywords, name, m_dialect) && value.IsObject()) {
      for (auto m = value.MemberBegin(); m != value.MemberEnd(); ++m)
        if (is_schema(m->value))
          if (auto s = index(m->value, base, child_location(at, view(m->name)), depth + 1); !s)
            return s;
    }
  }
  return ok_status();
}

Status Compiler::check_dialect(const rapidjson::Value& v, const std::string& location) const {
  auto schema = v.FindMember("$schema");
  if (schema == v.MemberEnd()) return ok_status();
  std::string at = child_location(location, "$schema");
  if (!schema->value.IsString())
    return fail(at + ": must be a string (the URI of a dialect's meta-schema)");
  auto dialect = dialect_of(view(schema->value));
  if (!dialect) return fail(at + ": " + dialect.error());
  if (*dialect != m_dialect)
    return fail(at + ": names " + std::string(dialect_name(*dialect)) +
                ", but this document is read as " + std::string(dialect_name(m_dialect)) +
                " (the root \"$schema\" chooses one dialect for the whole document)");
  return ok_status();
}

Status Compiler::index_identifiers(const rapidjson::Value& v, std::string& base,
                                   const std::string& location) {
  auto id = v.FindMember("$id");
  if (m_dialect == Dialect::draft_07) {
    if (id == v.MemberEnd()) return ok_status();
    if (!id->value.IsString()) return fail(child_location(location, "$id") + ": must be a string");
    auto [uri, fragment] = split_fragment(resolve_uri(base, view(id->value)));
    if (!fragment.empty() && fragment[0] == '/')
      return fail(child_location(location, "$id") +
                  ": must not hold a JSON Pointer fragment (draft-07 core §8.2)");
    if (!fragment.empty()) m_anchors.emplace(uri + "#" + fragment, &v);
    if (view(id->value).empty() || view(id->value)[0] != '#') {
      m_resources.emplace(uri, &v);
      base = uri;
    }
    return ok_status();
  }
  if (id != v.MemberEnd()) {
    std::string at = child_location(location, "$id");
    if (!id->value.IsString()) return fail(at + ": must be a string");
    auto [uri, fragment] = split_fragment(resolve_uri(base, view(id->value)));
    // draft 2020-12 core §8.2.1 (2019-09 §8.2.2): an empty fragment at most; subschemas are
    // named with "$anchor".
    if (!fragment.empty())
      return fail(at + ": must not hold a fragment (" + std::string(dialect_name(m_dialect)) +
                  "); name a subschema with \"$anchor\"");
    if (auto [it, added] = m_resources.emplace(uri, &v); !added && it->second != &v)
      return fail(at + ": \"" + uri + "\" already identifies another subschema");
    base = uri;
  }
  if (auto anchor = v.FindMember("$anchor"); anchor != v.MemberEnd()) {
    std::string at = child_location(location, "$anchor");
    if (!anchor->value.IsString() || !is_anchor_name(view(anchor->value), m_dialect))
      return fail(at + (m_dialect == Dialect::draft_2020_12
                            ? ": must be a name: a letter or \"_\", then letters, digits, "
                              "\"-\", \".\" or \"_\" (draft 2020-12 core §8.2.2)"
                            : ": must be a name: a letter, then letters, digits, \"-\", \".\", "
                              "\":\" or \"_\" (draft 2019-09 core §8.2.3)"));
    std::string name = base + "#" + std::string(view(anchor->value));
    if (auto [it, added] = m_anchors.emplace(name, &v); !added && it->second != &v)
      return fail(at + ": \"" + std::string(view(anchor->value)) +
                  "\" already names another subschema of this resource");
  }
  return ok_status();
}

Node* Compiler::node_for(const rapidjson::Value& value, const std::string& location,
                         const std::string& base) {
  if (auto it = m_nodes.find(&value); it != m_nodes.end()) return it->second;
  auto node = std::make_unique<Node>();
  Node* raw = node.get();
  auto info = m_info.find(&value);
  raw->location = info != m_info.end() ? info->second.location : location;
  m_out.nodes.push_back(std::move(node));
  m_nodes.emplace(&value, raw);
  m_pending.push_back(Pending{&value, raw, info != m_info.end() ? info->second.base : base});
  return raw;
}

Expected<const Node*> Compiler::subschema(const rapidjson::Value& value,
                                          const std::string& location) {
  if (!is_schema(value)) return fail(location + ": must be a schema (an object or a boolean)");
  return static_cast<const Node*>(node_for(value, location, m_current_base));
}

Status Compiler::compile_node(const Pending& item) {
  const rapidjson::Value& v = *item.value;
  Node& node = *item.node;
  m_current_base = item.base;
  if (v.IsBool()) {
    node.constant = v.GetBool();
    return ok_status();
  }
  // draft-07 core §8.3: a "$ref" object is nothing but the reference.
  if (m_dialect == Dialect::draft_07)
    if (auto ref = v.FindMember("$ref"); ref != v.MemberEnd())
      return compile_reference(ref->value, node);
  for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
    std::string_view name = view(it->name);
    if (m_dialect != Dialect::draft_07) {
      if (name == "$ref") {
        if (auto compiled = compile_reference(it->value, node); !compiled) return compiled;
        continue;
      }
      // A keyword of the dialect that the validator does not implement is refused, never read
      // as an annotation: "unevaluatedProperties": false ignored would accept what it refuses.
      if (auto refusal = refused_keyword(name, m_dialect))
        return fail(child_location(node.location, name) + ": " + std::string(*refusal));
    }
    const KeywordEntry* entry = find_keyword(name, m_dialect);
    if (entry == nullptr) continue;  // an annotation, or a keyword of another vocabulary
    KeywordSite site{*this, v, it->value, entry->name, child_location(node.location, entry->name),
                     node};
    if (auto compiled = entry->compile(site); !compiled) return compiled;
  }
  return ok_status();
}

Status Compiler::compile_reference(const rapidjson::Value& ref, Node& node) {
  std::string at = child_location(node.location, "$ref");
  auto target = reference(ref, at);
  if (!target) return fail(target.error());
  node.alias = *target;
  node.keywords.push_back(make_reference(at, *target));
  return ok_status();
}

Expected<const Node*> Compiler::reference(const rapidjson::Value& ref,
                                          const std::string& location) {
  if (!ref.IsString()) return fail(location + ": must be a string");
  std::string target = resolve_uri(m_current_base, view(ref));
  auto [uri, fragment] = split_fragment(target);
  auto refused = [&](std::string_view why) {
    return fail(location + ": cannot resolve \"" + std::string(view(ref)) +
                "\": " + std::string(why));
  };
  auto resource = m_resources.find(uri);
  if (resource == m_resources.end())
    return refused("only references within this schema document are supported; nothing is fetched");
  const rapidjson::Value* found = resource->second;
  if (!fragment.empty() && fragment[0] == '/') {
    auto pointer = percent_decode(fragment);
    if (!pointer) return refused("malformed percent-encoding");
    found = resolve_pointer(*resource->second, *pointer);
    if (found == nullptr) return refused("no such member in the schema");
  } else if (!fragment.empty()) {
    auto anchor = m_anchors.find(uri + "#" + fragment);
    if (anchor == m_anchors.end()) return refused("no subschema has this \"$id\"");
    found = anchor->second;
  }
  if (!is_schema(*found)) return refused("the target is not a schema");
  const Info& resource_info = m_info.at(resource->second);
  std::string target_location = resource_info.location;
  if (!fragment.empty() && fragment[0] == '/') target_location += fragment;
  return static_cast<const Node*>(node_for(*found, target_location, resource_info.base));
}

Status Compiler::check_reference_cycles() const {
  // A chain of "$ref" that comes back to itself applies the same schemas to the same value without
  // end (in draft-07, where a "$ref" object is nothing but the reference, it also constrains
  // nothing): refuse it. Recursion through other keywords moves into the instance or is
  // bounded at validation.
  enum class Mark { walking, done };
  std::unordered_map<const Node*, Mark> marks;
  for (const auto& node : m_out.nodes) {
    std::vector<const Node*> chain;
    const Node* current = node.get();
    while (current != nullptr && !marks.contains(current)) {
      marks.emplace(current, Mark::walking);
      chain.push_back(current);
      current = current->alias;
    }
    if (current != nullptr && marks.at(current) == Mark::walking)
      return fail(current->location + (m_dialect == Dialect::draft_07
                                           ? ": \"$ref\" cycle that never reaches a constraint"
                                           : ": \"$ref\" cycle that applies the same schemas to "
                                             "the same value without end"));
    for (const Node* n : chain) marks[n] = Mark::done;
  }
  return ok_status();
}

Expected<EcmaRegex> Compiler::regex(const rapidjson::Value& pattern, const std::string& location) {
  if (!pattern.IsString())
    return fail(location + ": must be a string (an ECMA-262 regular expression)");
  std::string text(view(pattern));
  if (auto it = m_regexes.find(text); it != m_regexes.end()) return it->second;
  auto compiled = EcmaRegex::compile(text);
  if (!compiled) return fail(location + ": " + compiled.error());
  m_regexes.emplace(text, *compiled);
  return compiled;
}

rapidjson::Value Compiler::copy(const rapidjson::Value& value) {
  return rapidjson::Value(value, m_out.values.GetAllocator());
}

}  // namespace idp::json::schema
