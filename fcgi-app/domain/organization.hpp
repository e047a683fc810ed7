#pragma once
// An organization owns tenants (organization.json).
#include <rapidjson/document.h>

#include <optional>
#include <string>

#include "base/expected.hpp"
#include "json/field_reader.hpp"

namespace idp::domain {

struct Organization {
  std::string id;  // UUID
  std::string name;
  std::optional<std::string> description;
  json::FrozenJson extra;
  bool operator==(const Organization&) const = default;
};

Organization read_organization(json::FieldReader& r);
// Error paths start with "organization.".
Expected<Organization> parse_organization(const rapidjson::Value& value);

rapidjson::Value to_value(const Organization& o, rapidjson::Document::AllocatorType& a,
                          bool include_secrets);
std::string to_json(const Organization& o, bool include_secrets);

}  // namespace idp::domain
