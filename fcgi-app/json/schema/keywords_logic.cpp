// allOf, anyOf, oneOf, not (draft-07 core §9.2.1), if/then/else (§9.2.2), "$ref" (§8.3) and the
// "definitions" container (validation §9).
#include "json/schema/keywords.hpp"

namespace idp::json::schema {
namespace {

class AllOfKeyword final : public Keyword {
 public:
  AllOfKeyword(std::string location, std::vector<const Node*> nodes)
      : Keyword("allOf", std::move(location)), m_nodes(std::move(nodes)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    // The subschemas' own violations say what is wrong; allOf adds nothing to them.
    bool ok = true;
    for (const Node* node : m_nodes) {
      if (!ev.evaluate(*node, instance)) {
        ok = false;
        if (!ev.collecting()) return false;
      }
    }
    return ok;
  }

 private:
  std::vector<const Node*> m_nodes;
};

class AnyOfKeyword final : public Keyword {
 public:
  AnyOfKeyword(std::string location, std::vector<const Node*> nodes)
      : Keyword("anyOf", std::move(location)), m_nodes(std::move(nodes)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    for (const Node* node : m_nodes)
      if (ev.matches(*node, instance)) return true;
    if (ev.stopped()) return false;
    ev.report(*this, "must match at least one of the " + count_of(m_nodes.size(), "schema") +
                         " in \"anyOf\"");
    return false;
  }

 private:
  std::vector<const Node*> m_nodes;
};

class OneOfKeyword final : public Keyword {
 public:
  OneOfKeyword(std::string location, std::vector<const Node*> nodes)
      : Keyword("oneOf", std::move(location)), m_nodes(std::move(nodes)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    std::vector<std::size_t> matched;
    for (std::size_t i = 0; i < m_nodes.size() && matched.size() < 2; ++i)
      if (ev.matches(*m_nodes[i], instance)) matched.push_back(i);
    if (ev.stopped()) return false;
    if (matched.size() == 1) return true;
    std::string message = "must match exactly one of the " + count_of(m_nodes.size(), "schema") +
                          " in \"oneOf\", but matches ";
    if (matched.empty())
      message += "none";
    else
      message += "more than one (" + std::to_string(matched[0]) + " and " +
                 std::to_string(matched[1]) + ")";
    ev.report(*this, message);
    return false;
  }

 private:
  std::vector<const Node*> m_nodes;
};

class NotKeyword final : public Keyword {
 public:
  NotKeyword(std::string location, const Node* node)
      : Keyword("not", std::move(location)), m_node(node) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    bool matched = ev.matches(*m_node, instance);
    // A validation that stopped inside "not" proves nothing either way.
    if (ev.stopped()) return false;
    if (!matched) return true;
    ev.report(*this, "must not match the schema in \"not\"");
    return false;
  }

 private:
  const Node* m_node;
};

class IfKeyword final : public Keyword {
 public:
  IfKeyword(std::string location, const Node* condition, const Node* then, const Node* otherwise)
      : Keyword("if", std::move(location)), m_if(condition), m_then(then), m_else(otherwise) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    bool condition = ev.matches(*m_if, instance);
    if (ev.stopped()) return false;
    const Node* branch = condition ? m_then : m_else;
    return branch == nullptr || ev.evaluate(*branch, instance);
  }

 private:
  const Node* m_if;
  const Node* m_then;
  const Node* m_else;
};

class ReferenceKeyword final : public Keyword {
 public:
  ReferenceKeyword(std::string location, const Node* target)
      : Keyword("$ref", std::move(location)), m_target(target) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    return ev.evaluate(*m_target, instance);
  }

 private:
  const Node* m_target;
};

Expected<const Node*> sibling_schema(KeywordSite& site, std::string_view name) {
  const rapidjson::Value* value = site.sibling(name);
  if (value == nullptr) return static_cast<const Node*>(nullptr);
  return site.compiler.subschema(*value, child_location(site.node.location, name));
}

}  // namespace

std::unique_ptr<Keyword> make_reference(std::string location, const Node* target) {
  return std::make_unique<ReferenceKeyword>(std::move(location), target);
}

Status compile_all_of(KeywordSite& site) {
  auto nodes = site.schema_list(/*non_empty=*/true);
  if (!nodes) return fail(nodes.error());
  site.add(std::make_unique<AllOfKeyword>(site.location, std::move(*nodes)));
  return ok_status();
}

Status compile_any_of(KeywordSite& site) {
  auto nodes = site.schema_list(/*non_empty=*/true);
  if (!nodes) return fail(nodes.error());
  site.add(std::make_unique<AnyOfKeyword>(site.location, std::move(*nodes)));
  return ok_status();
}

Status compile_one_of(KeywordSite& site) {
  auto nodes = site.schema_list(/*non_empty=*/true);
  if (!nodes) return fail(nodes.error());
  site.add(std::make_unique<OneOfKeyword>(site.location, std::move(*nodes)));
  return ok_status();
}

Status compile_not(KeywordSite& site) {
  auto node = site.schema_value();
  if (!node) return fail(node.error());
  site.add(std::make_unique<NotKeyword>(site.location, *node));
  return ok_status();
}

Status compile_if(KeywordSite& site) {
  auto condition = site.schema_value();
  if (!condition) return fail(condition.error());
  auto then = sibling_schema(site, "then");
  if (!then) return fail(then.error());
  auto otherwise = sibling_schema(site, "else");
  if (!otherwise) return fail(otherwise.error());
  // draft-07 core §9.2.2: without "then" and "else", "if" has no effect on validation.
  if (*then != nullptr || *otherwise != nullptr)
    site.add(std::make_unique<IfKeyword>(site.location, *condition, *then, *otherwise));
  return ok_status();
}

Status compile_schema_only(KeywordSite& site) {
  auto node = site.schema_value();
  if (!node) return fail(node.error());
  return ok_status();
}

Status compile_schema_map(KeywordSite& site) {
  if (!site.value.IsObject()) return site.malformed("must be an object whose members are schemas");
  for (auto it = site.value.MemberBegin(); it != site.value.MemberEnd(); ++it) {
    auto node = site.compiler.subschema(
        it->value,
        child_location(site.location, {it->name.GetString(), it->name.GetStringLength()}));
    if (!node) return fail(node.error());
  }
  return ok_status();
}

}  // namespace idp::json::schema
