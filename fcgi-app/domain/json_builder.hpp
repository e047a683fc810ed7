#pragma once
// Writes one configuration object back to idp-server JSON: typed members in a fixed order, then
// the unknown members kept from the input (idp-server ignores members it does not know; we keep
// them so that a GET returns what a PUT stored).
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json/field_reader.hpp"

namespace idp::domain {

class JsonBuilder {
 public:
  explicit JsonBuilder(rapidjson::Document::AllocatorType& allocator);

  JsonBuilder& string(std::string_view name, std::string_view value);
  JsonBuilder& optional_string(std::string_view name, const std::optional<std::string>& value);
  // Only when not empty.
  JsonBuilder& nonempty_string(std::string_view name, std::string_view value);
  JsonBuilder& boolean(std::string_view name, bool value);
  JsonBuilder& optional_boolean(std::string_view name, const std::optional<bool>& value);
  JsonBuilder& integer(std::string_view name, std::int64_t value);
  JsonBuilder& optional_integer(std::string_view name, const std::optional<std::int64_t>& value);
  JsonBuilder& strings(std::string_view name, const std::vector<std::string>& values);
  // Only when not empty.
  JsonBuilder& nonempty_strings(std::string_view name, const std::vector<std::string>& values);
  JsonBuilder& string_map(std::string_view name,
                          const std::vector<std::pair<std::string, std::string>>& entries);
  JsonBuilder& value(std::string_view name, rapidjson::Value&& value);
  JsonBuilder& raw(std::string_view name, const json::FrozenJson& value);
  JsonBuilder& optional_raw(std::string_view name, const std::optional<json::FrozenJson>& value);
  // The members of `members` (an object, or null for none) that are not written yet.
  JsonBuilder& extra(const json::FrozenJson& members);

  rapidjson::Document::AllocatorType& allocator() { return *m_allocator; }
  rapidjson::Value build() { return std::move(m_object); }

 private:
  rapidjson::Value name_value(std::string_view name);

  rapidjson::Document::AllocatorType* m_allocator;
  rapidjson::Value m_object{rapidjson::kObjectType};
};

// Serialises a value built with JsonBuilder.
std::string write_value(const rapidjson::Value& value);

}  // namespace idp::domain
