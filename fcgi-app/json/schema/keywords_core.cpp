// type, enum, const (draft-07 validation §6.1).
#include <array>

#include "json/schema/json_compare.hpp"
#include "json/schema/keywords.hpp"

namespace idp::json::schema {
namespace {

struct TypeName {
  std::string_view name;
  std::string_view article;  // for "must be a string", "must be an object"
  bool (*matches)(const rapidjson::Value&);
};

constexpr std::array k_types{
    TypeName{"null", "", [](const rapidjson::Value& v) { return v.IsNull(); }},
    TypeName{"boolean", "a ", [](const rapidjson::Value& v) { return v.IsBool(); }},
    TypeName{"object", "an ", [](const rapidjson::Value& v) { return v.IsObject(); }},
    TypeName{"array", "an ", [](const rapidjson::Value& v) { return v.IsArray(); }},
    TypeName{"number", "a ", [](const rapidjson::Value& v) { return v.IsNumber(); }},
    TypeName{"string", "a ", [](const rapidjson::Value& v) { return v.IsString(); }},
    TypeName{"integer", "an ",
             [](const rapidjson::Value& v) { return v.IsNumber() && is_integer(v); }},
};

const TypeName* find_type(const rapidjson::Value& v) {
  if (!v.IsString()) return nullptr;
  std::string_view name(v.GetString(), v.GetStringLength());
  for (const auto& t : k_types)
    if (t.name == name) return &t;
  return nullptr;
}

class TypeKeyword final : public Keyword {
 public:
  TypeKeyword(std::string location, std::vector<const TypeName*> types)
      : Keyword("type", std::move(location)), m_types(std::move(types)) {
    m_message = "must be ";
    for (std::size_t i = 0; i < m_types.size(); ++i) {
      if (i > 0) m_message += i + 1 == m_types.size() ? " or " : ", ";
      m_message += std::string(m_types[i]->article) + std::string(m_types[i]->name);
    }
  }
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    for (const TypeName* t : m_types)
      if (t->matches(instance)) return true;
    ev.report(*this, m_message);
    return false;
  }

 private:
  std::vector<const TypeName*> m_types;
  std::string m_message;
};

class EnumKeyword final : public Keyword {
 public:
  EnumKeyword(std::string location, rapidjson::Value values)
      : Keyword("enum", std::move(location)),
        m_values(std::move(values)),
        m_message("is not one of " + excerpt(m_values, 200)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (!ev.spend(m_values.Size() / 16 + 1)) return false;
    for (const auto& allowed : m_values.GetArray())
      if (equal(allowed, instance)) return true;
    ev.report(*this, m_message);
    return false;
  }

 private:
  rapidjson::Value m_values;
  std::string m_message;
};

class ConstKeyword final : public Keyword {
 public:
  ConstKeyword(std::string location, rapidjson::Value value)
      : Keyword("const", std::move(location)),
        m_value(std::move(value)),
        m_message("must be equal to " + excerpt(m_value, 200)) {}
  bool check(const rapidjson::Value& instance, Evaluation& ev) const override {
    if (equal(m_value, instance)) return true;
    ev.report(*this, m_message);
    return false;
  }

 private:
  rapidjson::Value m_value;
  std::string m_message;
};

constexpr std::string_view k_type_names =
    "\"null\", \"boolean\", \"object\", \"array\", \"number\", \"string\" or \"integer\"";

}  // namespace

Status compile_type(KeywordSite& site) {
  std::vector<const TypeName*> types;
  if (site.value.IsString()) {
    const TypeName* t = find_type(site.value);
    if (t == nullptr) return site.malformed("must be one of " + std::string(k_type_names));
    types.push_back(t);
  } else if (site.value.IsArray()) {
    for (const auto& item : site.value.GetArray()) {
      const TypeName* t = find_type(item);
      if (t == nullptr)
        return site.malformed("must list type names among " + std::string(k_type_names));
      types.push_back(t);
    }
    if (types.empty()) return site.malformed("must list at least one type");
  } else {
    return site.malformed("must be a type name or an array of type names");
  }
  site.add(std::make_unique<TypeKeyword>(site.location, std::move(types)));
  return ok_status();
}

Status compile_enum(KeywordSite& site) {
  if (!site.value.IsArray()) return site.malformed("must be an array");
  site.add(std::make_unique<EnumKeyword>(site.location, site.compiler.copy(site.value)));
  return ok_status();
}

Status compile_const(KeywordSite& site) {
  site.add(std::make_unique<ConstKeyword>(site.location, site.compiler.copy(site.value)));
  return ok_status();
}

}  // namespace idp::json::schema
