#include "control/management/body_schemas.hpp"

#include <map>
#include <stdexcept>

#include "base/strings.hpp"
#include "json/reader.hpp"
#include "json/schema/management_errors.hpp"
#include "json/schema/schema.hpp"

namespace idp::control {
namespace {

// Compiled once, on first use; read-only afterwards (validate() is thread-safe).
const std::map<std::string, json::schema::Schema, std::less<>>& compiled() {
  static const auto schemas = [] {
    std::map<std::string, json::schema::Schema, std::less<>> out;
    for (const auto& s : embedded_schemas()) {
      auto doc = json::parse(s.text);
      if (!doc) throw std::logic_error("schema " + std::string(s.name) + ": " + doc.error());
      auto schema = json::schema::Schema::compile(*doc, json::schema::Options::idp_server());
      if (!schema) throw std::logic_error("schema " + std::string(s.name) + ": " + schema.error());
      out.emplace(std::string(s.name), std::move(*schema));
    }
    return out;
  }();
  return schemas;
}

}  // namespace

Status check_body(std::string_view name, const rapidjson::Value& body, std::string_view prefix) {
  auto it = compiled().find(name);
  if (it == compiled().end()) throw std::logic_error("no body schema " + std::string(name));
  auto violations = it->second.validate(body);
  if (violations.empty()) return ok_status();
  std::vector<std::string> messages;
  for (const auto& m : json::schema::error_messages(violations))
    messages.push_back(std::string(prefix) + m);
  return fail(join(messages, "; "));
}

Status all_of(const std::vector<Status>& checks) {
  std::vector<std::string> problems;
  for (const auto& c : checks)
    if (!c) problems.push_back(c.error());
  if (problems.empty()) return ok_status();
  return fail(join(problems, "; "));
}

}  // namespace idp::control
