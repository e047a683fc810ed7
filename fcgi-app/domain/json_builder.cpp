#include "domain/json_builder.hpp"

#include "json/writer.hpp"

namespace idp::domain {

JsonBuilder::JsonBuilder(rapidjson::Document::AllocatorType& allocator) : m_allocator(&allocator) {}

rapidjson::Value JsonBuilder::name_value(std::string_view name) {
  return idp::json::string_value(name, *m_allocator);
}

JsonBuilder& JsonBuilder::string(std::string_view name, std::string_view value) {
  m_object.AddMember(name_value(name), idp::json::string_value(value, *m_allocator), *m_allocator);
  return *this;
}

JsonBuilder& JsonBuilder::optional_string(std::string_view name,
                                          const std::optional<std::string>& value) {
  if (value) string(name, *value);
  return *this;
}

JsonBuilder& JsonBuilder::nonempty_string(std::string_view name, std::string_view value) {
  if (!value.empty()) string(name, value);
  return *this;
}

JsonBuilder& JsonBuilder::boolean(std::string_view name, bool value) {
  m_object.AddMember(name_value(name), rapidjson::Value(value), *m_allocator);
  return *this;
}

JsonBuilder& JsonBuilder::optional_boolean(std::string_view name,
                                           const std::optional<bool>& value) {
  if (value) boolean(name, *value);
  return *this;
}

JsonBuilder& JsonBuilder::integer(std::string_view name, std::int64_t value) {
  m_object.AddMember(name_value(name), rapidjson::Value(static_cast<int64_t>(value)), *m_allocator);
  return *this;
}

JsonBuilder& JsonBuilder::optional_integer(std::string_view name,
                                           const std::optional<std::int64_t>& value) {
  if (value) integer(name, *value);
  return *this;
}

JsonBuilder& JsonBuilder::strings(std::string_view name, const std::vector<std::string>& values) {
  rapidjson::Value array(rapidjson::kArrayType);
  array.Reserve(static_cast<rapidjson::SizeType>(values.size()), *m_allocator);
  for (const auto& v : values)
    array.PushBack(idp::json::string_value(v, *m_allocator), *m_allocator);
  m_object.AddMember(name_value(name), array, *m_allocator);
  return *this;
}

JsonBuilder& JsonBuilder::nonempty_strings(std::string_view name,
                                           const std::vector<std::string>& values) {
  if (!values.empty()) strings(name, values);
  return *this;
}

JsonBuilder& JsonBuilder::string_map(
    std::string_view name, const std::vector<std::pair<std::string, std::string>>& entries) {
  JsonBuilder inner(*m_allocator);
  for (const auto& [key, v] : entries) inner.string(key, v);
  return value(name, inner.build());
}

JsonBuilder& JsonBuilder::value(std::string_view name, rapidjson::Value&& value) {
  m_object.AddMember(name_value(name), value, *m_allocator);
  return *this;
}

JsonBuilder& JsonBuilder::raw(std::string_view name, const json::FrozenJson& frozen) {
  return value(name, rapidjson::Value(frozen.value(), *m_allocator));
}

JsonBuilder& JsonBuilder::optional_raw(std::string_view name,
                                       const std::optional<json::FrozenJson>& frozen) {
  if (frozen) raw(name, *frozen);
  return *this;
}

JsonBuilder& JsonBuilder::extra(const json::FrozenJson& members) {
  const auto& v = members.value();
  if (!v.IsObject()) return *this;
  for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
    if (m_object.HasMember(it->name)) continue;
    m_object.AddMember(rapidjson::Value(it->name, *m_allocator),
                       rapidjson::Value(it->value, *m_allocator), *m_allocator);
  }
  return *this;
}

std::string write_value(const rapidjson::Value& value) {
  return idp::json::write(value);
}

}  // namespace idp::domain
