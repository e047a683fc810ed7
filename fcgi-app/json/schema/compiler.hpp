#pragma once
// Internal to the validator: turns a schema document into the Node graph of node.hpp.
//
// The root "$schema" chooses the dialect (dialect.hpp), which decides the keyword table and how
// "$ref", "$id" and "$anchor" read. Two passes. The first walks the subschemas (through the
// keywords that hold schemas) to learn each one's base URI and location and to index "$id"
// resources and anchors ("$id": "#name" in draft-07, "$anchor" since draft 2019-09). The second
// compiles Nodes from a work list: a subschema or a "$ref" target becomes a Node at once and its
// keywords are compiled later, so neither recursive schemas nor long chains of references recurse
// in the compiler.
#include <rapidjson/document.h>

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/expected.hpp"
#include "json/schema/ecma_regex.hpp"
#include "json/schema/node.hpp"
#include "json/schema/schema.hpp"

namespace idp::json::schema {

struct Schema::Compiled {
  rapidjson::Document values;  // enum and const values, referenced by the keywords below
  std::vector<std::unique_ptr<Node>> nodes;
  const Node* root = nullptr;
  Limits limits;
  Dialect dialect = Dialect::draft_07;
};

class Compiler {
 public:
  Compiler(const rapidjson::Value& root, const Options& options, Schema::Compiled& out)
      : m_root(root), m_options(options), m_out(out) {}

  Status run();

  // For keyword compilers: the Node of a subschema found at `location`.
  Expected<const Node*> subschema(const rapidjson::Value& value, const std::string& location);
  // A compiled pattern (shared by "pattern", "patternProperties" and "additionalProperties").
  Expected<EcmaRegex> regex(const rapidjson::Value& pattern, const std::string& location);
  // A copy of `value` that lives as long as the compiled schema.
  rapidjson::Value copy(const rapidjson::Value& value);
  const Options& options() const { return m_options; }
  Dialect dialect() const { return m_dialect; }

 private:
  struct Info {
    std::string base;      // base URI in effect (draft-07 core §8.2)
    std::string location;  // "#/definitions/a"
  };
  struct Pending {
    const rapidjson::Value* value;
    Node* node;
    std::string base;
  };

  Status index(const rapidjson::Value& v, std::string base, const std::string& location,
               std::size_t depth);
  Status index_identifiers(const rapidjson::Value& v, std::string& base,
                           const std::string& location);
  Status check_dialect(const rapidjson::Value& v, const std::string& location) const;
  Status compile_node(const Pending& item);
  Status compile_reference(const rapidjson::Value& ref, Node& node);
  Expected<const Node*> reference(const rapidjson::Value& ref, const std::string& location);
  Node* node_for(const rapidjson::Value& value, const std::string& location,
                 const std::string& base);
  Status check_reference_cycles() const;

  const rapidjson::Value& m_root;
  const Options& m_options;
  Schema::Compiled& m_out;
  Dialect m_dialect = Dialect::draft_07;
  std::unordered_map<const rapidjson::Value*, Info> m_info;
  std::map<std::string, const rapidjson::Value*> m_resources;  // absolute URI → resource root
  std::map<std::string, const rapidjson::Value*> m_anchors;    // "uri#name" → subschema
  std::unordered_map<const rapidjson::Value*, Node*> m_nodes;
  std::map<std::string, EcmaRegex> m_regexes;
  std::deque<Pending> m_pending;
  std::string m_current_base;
};

// "#/properties/a" + "b" → "#/properties/a/b": the member name as a JSON Pointer token, with the
// characters a URI fragment cannot hold percent-encoded.
std::string child_location(const std::string& location, std::string_view member);

}  // namespace idp::json::schema
