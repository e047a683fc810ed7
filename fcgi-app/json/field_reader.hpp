#pragma once
// Typed, path-aware reading of configuration JSON. Tenant, authorization-server, client and user
// documents are read once into typed objects (CONVENTIONS.md "Parse configuration once"); this
// reader is how: each read names a member, and each problem is reported with the full path of the
// member, e.g. `tenant.session_config.timeout_seconds: expected an integer`.
//
// Rules shared by every read:
// - an absent member and a member whose value is null read the same: the default applies;
// - a present member of the wrong type, an unknown enum value or an out-of-range integer is an
//   error; the read then returns the default so that reading goes on and finds further problems;
// - every problem is collected in a FieldErrors; the caller fails when it is not empty;
// - members that were never read are kept (`rest()`), so unknown members survive a round trip.
//
// Values must come from json::parse (depth-limited) or from our own builders.
#include <rapidjson/document.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace idp::json {

// An immutable JSON value, shared by its copies: free-form configuration (tenant attributes,
// verified_claims, custom_properties) and the unknown members kept for the round trip.
class FrozenJson {
 public:
  FrozenJson() = default;  // JSON null
  static FrozenJson copy_of(const rapidjson::Value& value);

  const rapidjson::Value& value() const;
  bool is_null() const { return value().IsNull(); }
  bool is_object() const { return value().IsObject(); }
  // Null, or an object without members.
  bool empty() const;

  friend bool operator==(const FrozenJson& a, const FrozenJson& b);

 private:
  struct Holder;
  std::shared_ptr<const Holder> m_holder;
};

// The problems found while reading one document, each as "path: problem".
class FieldErrors {
 public:
  void add(std::string_view path, std::string_view problem);
  bool empty() const { return m_messages.empty(); }
  std::size_t size() const { return m_messages.size(); }
  const std::vector<std::string>& messages() const { return m_messages; }
  // All messages joined with "; " (the first ones, when there are very many).
  std::string summary() const;

 private:
  std::vector<std::string> m_messages;
};

enum class Spelling { exact, any_case };

// One entry of an enum table: the protocol name and the C++ value.
template <class E>
struct EnumName {
  std::string_view name;
  E value;
};

template <class E, std::size_t N>
using EnumTable = std::array<EnumName<E>, N>;

template <class E, std::size_t N>
constexpr std::string_view name_of(const EnumTable<E, N>& table, E value) {
  for (const auto& entry : table)
    if (entry.value == value) return entry.name;
  return {};
}

// The values a string may take: a fixed list, or a test for composite values (space-separated
// response types) with a description of what it accepts for the error message.
struct Choices {
  std::span<const std::string_view> names;
  Spelling spelling = Spelling::exact;
  bool (*accepts)(std::string_view) = nullptr;
  std::string_view expected = {};
};

struct IntRange {
  std::int64_t min = std::numeric_limits<std::int64_t>::min();
  std::int64_t max = std::numeric_limits<std::int64_t>::max();
};

class FieldReader {
 public:
  // Reads the members of `value`, which must be an object; when it is not, that is reported
  // ("path: expected an object") and every read returns its default.
  FieldReader(const rapidjson::Value& value, std::string path, FieldErrors& errors);

  const std::string& path() const { return m_path; }
  bool is_object() const { return m_object != nullptr; }
  std::string member_path(std::string_view name) const;
  // The member is present and not null.
  bool has(std::string_view name) const;
  // Names of all members, in document order.
  std::vector<std::string_view> member_names() const;

  // "path.name: missing required member" when absent; "" is accepted.
  std::string required_string(std::string_view name);
  std::optional<std::string> optional_string(std::string_view name);
  std::string string_or(std::string_view name, std::string_view fallback);

  // An RFC 4122 UUID in its textual form (tenant, organization and user identifiers).
  std::string required_uuid(std::string_view name);
  std::optional<std::string> optional_uuid(std::string_view name);

  // A string from a list. Absent, null and "" read as unset; the result has the spelling of the
  // list (so a case-insensitive match is normalised).
  std::optional<std::string> optional_choice(std::string_view name, const Choices& choices);

  bool bool_or(std::string_view name, bool fallback);
  std::optional<bool> optional_bool(std::string_view name);

  std::int64_t int_or(std::string_view name, std::int64_t fallback, IntRange range = {});
  std::optional<std::int64_t> optional_int(std::string_view name, IntRange range = {});

  // Arrays of strings; with `choices`, each item must be one of them ("name[2]: unknown value").
  // When an item is refused the whole array reads as the fallback.
  std::vector<std::string> strings_or(std::string_view name, std::vector<std::string> fallback,
                                      const Choices* choices = nullptr);
  std::optional<std::vector<std::string>> optional_strings(std::string_view name,
                                                           const Choices* choices = nullptr);

  // An object whose members are all strings (mtls_endpoint_aliases), in document order.
  std::vector<std::pair<std::string, std::string>> string_map(std::string_view name);

  template <class E, std::size_t N>
  E enum_or(std::string_view name, const EnumTable<E, N>& table, E fallback,
            Spelling spelling = Spelling::exact) {
    auto index = read_enum(name, names_of(table), spelling, /*empty_is_unset=*/false);
    return index ? table[*index].value : fallback;
  }

  // Absent, null and "" read as unset (idp-server writes "" for an unset value).
  template <class E, std::size_t N>
  std::optional<E> optional_enum(std::string_view name, const EnumTable<E, N>& table,
                                 Spelling spelling = Spelling::exact) {
    auto index = read_enum(name, names_of(table), spelling, /*empty_is_unset=*/true);
    if (!index) return std::nullopt;
    return table[*index].value;
  }

  // A nested object. Absent or null reads as an empty object (all defaults apply).
  FieldReader object(std::string_view name);

  // Free-form JSON kept as it is: any value, or an object.
  std::optional<FrozenJson> optional_json(std::string_view name);
  std::optional<FrozenJson> optional_object(std::string_view name);

  // Calls read_item(FieldReader& item, std::size_t index) for each element of an array of objects.
  template <class F>
  void for_each_object(std::string_view name, F&& read_item) {
    const rapidjson::Value* array = take_array(name);
    if (array == nullptr) return;
    for (rapidjson::SizeType i = 0; i < array->Size(); ++i) {
      FieldReader item((*array)[i], item_path(name, i), *m_errors);
      read_item(item, static_cast<std::size_t>(i));
    }
  }

  // Records a problem with a member found by the caller (a JWKS that does not parse, a minimum
  // above the maximum): "path.name: problem". Nothing is recorded when the value read is not an
  // object: that one error covers its members.
  void problem(std::string_view name, std::string_view what);
  FieldErrors& errors() const { return *m_errors; }

  // The members never read, as an object (null when every member was read).
  FrozenJson rest() const;

 private:
  const rapidjson::Value* find(std::string_view name) const;
  const rapidjson::Value* take(std::string_view name);
  const rapidjson::Value* take_array(std::string_view name);
  std::string item_path(std::string_view name, std::size_t index) const;
  std::optional<std::size_t> read_enum(std::string_view name,
                                       std::span<const std::string_view> names, Spelling spelling,
                                       bool empty_is_unset);
  std::optional<std::string> check_choice(const std::string& path, const std::string& value,
                                          const Choices& choices);

  template <class E, std::size_t N>
  static std::array<std::string_view, N> names_of(const EnumTable<E, N>& table) {
    std::array<std::string_view, N> names{};
    for (std::size_t i = 0; i < N; ++i) names[i] = table[i].name;
    return names;
  }

  const rapidjson::Value* m_object = nullptr;
  std::string m_path;
  FieldErrors* m_errors;
  std::vector<bool> m_read;
};

}  // namespace idp::json
