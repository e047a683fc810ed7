#include "domain/authentication_policy.hpp"

#include <algorithm>

#include "domain/json_builder.hpp"
#include "json/writer.hpp"

namespace idp::domain {
namespace {

bool has(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

AuthenticationPolicyConditions read_conditions(json::FieldReader& r) {
  AuthenticationPolicyConditions c;
  c.scopes = r.strings_or("scopes", {});
  c.acr_values = r.strings_or("acr_values", {});
  c.client_ids = r.strings_or("client_ids", {});
  c.extra = r.rest();
  return c;
}

AuthenticationPolicyRule read_rule(json::FieldReader& r) {
  AuthenticationPolicyRule rule;
  rule.description = r.string_or("description", "");
  rule.priority = r.int_or("priority", 0);
  auto conditions = r.object("conditions");
  rule.conditions = read_conditions(conditions);
  rule.available_methods = r.strings_or("available_methods", {});
  auto mapping = r.object("acr_mapping_rules");
  for (auto name : mapping.member_names()) {
    std::string acr(name);
    rule.acr_mapping_rules.emplace_back(acr, mapping.strings_or(acr, {}));
  }
  rule.extra = r.rest();
  return rule;
}

rapidjson::Value to_value(const AuthenticationPolicyRule& rule,
                          rapidjson::Document::AllocatorType& a) {
  JsonBuilder conditions(a);
  conditions.nonempty_strings("scopes", rule.conditions.scopes)
      .nonempty_strings("acr_values", rule.conditions.acr_values)
      .nonempty_strings("client_ids", rule.conditions.client_ids)
      .extra(rule.conditions.extra);
  JsonBuilder mapping(a);
  for (const auto& [acr, methods] : rule.acr_mapping_rules) mapping.strings(acr, methods);
  JsonBuilder b(a);
  b.nonempty_string("description", rule.description)
      .integer("priority", rule.priority)
      .value("conditions", conditions.build())
      .strings("available_methods", rule.available_methods);
  if (!rule.acr_mapping_rules.empty()) b.value("acr_mapping_rules", mapping.build());
  b.extra(rule.extra);
  return b.build();
}

}  // namespace

Expected<AuthenticationPolicy> parse_authentication_policy(const rapidjson::Value& value) {
  json::FieldErrors errors;
  json::FieldReader r(value, "authentication_policy", errors);
  AuthenticationPolicy p;
  p.id = r.required_uuid("id");
  p.flow = r.required_string("flow");
  if (p.flow.empty()) r.problem("flow", "must not be empty");
  p.enabled = r.bool_or("enabled", true);
  r.for_each_object("policies", [&](json::FieldReader& item, std::size_t) {
    p.policies.push_back(read_rule(item));
  });
  p.extra = r.rest();
  if (!errors.empty()) return fail(errors.summary());
  return p;
}

rapidjson::Value to_value(const AuthenticationPolicy& p, rapidjson::Document::AllocatorType& a) {
  rapidjson::Value rules(rapidjson::kArrayType);
  for (const auto& rule : p.policies) rules.PushBack(to_value(rule, a), a);
  JsonBuilder b(a);
  b.string("id", p.id)
      .string("flow", p.flow)
      .boolean("enabled", p.enabled)
      .value("policies", std::move(rules));
  b.extra(p.extra);
  return b.build();
}

std::string to_json(const AuthenticationPolicy& p) {
  rapidjson::Document doc;
  rapidjson::Value v = to_value(p, doc.GetAllocator());
  return json::write(v);
}

const AuthenticationPolicyRule* select_rule(const AuthenticationPolicy& policy,
                                            const std::vector<std::string>& scopes,
                                            const std::string& client_id,
                                            const std::vector<std::string>& acr_values) {
  if (!policy.enabled) return nullptr;
  const AuthenticationPolicyRule* best = nullptr;
  for (const auto& rule : policy.policies) {  // ties: the first in the document
    if (best && rule.priority <= best->priority) continue;
    const auto& c = rule.conditions;
    if (!std::all_of(c.scopes.begin(), c.scopes.end(),
                     [&](const std::string& s) { return has(scopes, s); }))
      continue;
    if (!c.client_ids.empty() && !has(c.client_ids, client_id)) continue;
    if (!c.acr_values.empty() &&
        std::none_of(acr_values.begin(), acr_values.end(),
                     [&](const std::string& v) { return has(c.acr_values, v); }))
      continue;
    best = &rule;
  }
  return best;
}

std::string acr_for(const AuthenticationPolicyRule& rule, const std::vector<std::string>& methods) {
  for (const auto& [acr, reaching] : rule.acr_mapping_rules)
    for (const auto& m : methods)
      if (has(reaching, m)) return acr;
  return "";
}

}  // namespace idp::domain
