#include "json/field_reader.hpp"

#include <algorithm>

#include "base/strings.hpp"
#include "json/writer.hpp"

namespace idp::json {

// Owns its allocator: a Document would reserve a 64 KiB chunk for every small frozen value.
struct FrozenJson::Holder {
  explicit Holder(const rapidjson::Value& source) : allocator(k_chunk), value(source, allocator) {}

  static constexpr std::size_t k_chunk = 1024;
  rapidjson::MemoryPoolAllocator<> allocator;
  rapidjson::Value value;
};

FrozenJson FrozenJson::copy_of(const rapidjson::Value& value) {
  FrozenJson frozen;
  if (!value.IsNull()) frozen.m_holder = std::make_shared<const Holder>(value);
  return frozen;
}

const rapidjson::Value& FrozenJson::value() const {
  static const rapidjson::Value k_null;
  return m_holder ? m_holder->value : k_null;
}

bool FrozenJson::empty() const {
  const auto& v = value();
  return v.IsNull() || (v.IsObject() && v.MemberCount() == 0);
}

bool operator==(const FrozenJson& a, const FrozenJson& b) {
  if (a.m_holder == b.m_holder) return true;
  return a.value() == b.value();
}

namespace {

constexpr std::size_t k_summary_limit = 20;
constexpr std::size_t k_echo_limit = 64;

// The offending value as a JSON string literal: escaped (no control characters reach a log) and
// cut at a UTF-8 boundary when long.
std::string echo(std::string_view value) {
  if (value.size() <= k_echo_limit) return quote(value);
  std::size_t cut = k_echo_limit;
  while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;
  return quote(value.substr(0, cut)) + "...";
}

std::string join(std::span<const std::string_view> names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += ", ";
    out += names[i];
  }
  return out;
}

bool same(std::string_view a, std::string_view b, Spelling spelling) {
  return spelling == Spelling::exact ? a == b : iequals(a, b);
}

std::string range_text(IntRange range) {
  constexpr auto lowest = std::numeric_limits<std::int64_t>::min();
  constexpr auto highest = std::numeric_limits<std::int64_t>::max();
  if (range.min != lowest && range.max != highest)
    return "out of range (expected an integer between " + std::to_string(range.min) + " and " +
           std::to_string(range.max) + ")";
  if (range.min != lowest)
    return "out of range (expected an integer >= " + std::to_string(range.min) + ")";
  return "out of range (expected an integer <= " + std::to_string(range.max) + ")";
}

const rapidjson::Value& empty_object() {
  static const rapidjson::Value k_empty(rapidjson::kObjectType);
  return k_empty;
}

}  // namespace

void FieldErrors::add(std::string_view path, std::string_view problem) {
  std::string message(path);
  if (!message.empty()) message += ": ";  // the document itself has no path
  message += problem;
  m_messages.push_back(std::move(message));
}

std::string FieldErrors::summary() const {
  std::string out;
  std::size_t shown = std::min(m_messages.size(), k_summary_limit);
  for (std::size_t i = 0; i < shown; ++i) {
    if (i > 0) out += "; ";
    out += m_messages[i];
  }
  if (m_messages.size() > shown)
    out += "; and " + std::to_string(m_messages.size() - shown) + " more problems";
  return out;
}

FieldReader::FieldReader(const rapidjson::Value& value, std::string path, FieldErrors& errors)
    : m_path(std::move(path)), m_errors(&errors) {
  if (value.IsObject()) {
    m_object = &value;
    m_read.assign(value.MemberCount(), false);
  } else {
    m_errors->add(m_path, "expected an object");
  }
}

std::string FieldReader::member_path(std::string_view name) const {
  std::string out = m_path;
  if (!out.empty()) out += '.';
  out += name;
  return out;
}

std::string FieldReader::item_path(std::string_view name, std::size_t index) const {
  return member_path(name) + "[" + std::to_string(index) + "]";
}

const rapidjson::Value* FieldReader::find(std::string_view name) const {
  if (m_object == nullptr) return nullptr;
  rapidjson::Value key(
      rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size())));
  auto it = m_object->FindMember(key);
  if (it == m_object->MemberEnd()) return nullptr;
  return &it->value;
}

bool FieldReader::has(std::string_view name) const {
  const auto* v = find(name);
  return v != nullptr && !v->IsNull();
}

std::vector<std::string_view> FieldReader::member_names() const {
  std::vector<std::string_view> names;
  if (m_object == nullptr) return names;
  for (auto it = m_object->MemberBegin(); it != m_object->MemberEnd(); ++it)
    names.emplace_back(it->name.GetString(), it->name.GetStringLength());
  return names;
}

const rapidjson::Value* FieldReader::take(std::string_view name) {
  if (m_object == nullptr) return nullptr;
  rapidjson::Value key(
      rapidjson::StringRef(name.data(), static_cast<rapidjson::SizeType>(name.size())));
  auto it = m_object->FindMember(key);
  if (it == m_object->MemberEnd()) return nullptr;
  m_read[static_cast<std::size_t>(it - m_object->MemberBegin())] = true;
  return it->value.IsNull() ? nullptr : &it->value;
}

const rapidjson::Value* FieldReader::take_array(std::string_view name) {
  const auto* v = take(name);
  if (v != nullptr && !v->IsArray()) {
    problem(name, "expected an array");
    return nullptr;
  }
  return v;
}

void FieldReader::problem(std::string_view name, std::string_view what) {
  // A value that is not an object was reported once; its members have no problems of their own.
  if (m_object == nullptr) return;
  m_errors->add(member_path(name), what);
}

std::string FieldReader::required_string(std::string_view name) {
  if (!has(name)) {
    take(name);
    problem(name, "missing required member");
    return {};
  }
  return optional_string(name).value_or(std::string());
}

std::optional<std::string> FieldReader::optional_string(std::string_view name) {
  const auto* v = take(name);
  if (v == nullptr) return std::nullopt;
  if (!v->IsString()) {
    problem(name, "expected a string");
    return std::nullopt;
  }
  return std::string(v->GetString(), v->GetStringLength());
}

std::string FieldReader::required_uuid(std::string_view name) {
  if (!has(name)) return required_string(name);
  return optional_uuid(name).value_or(std::string());
}

std::optional<std::string> FieldReader::optional_uuid(std::string_view name) {
  auto value = optional_string(name);
  if (value && !is_uuid(*value)) {
    problem(name, "invalid value " + echo(*value) + " (expected a UUID)");
    return std::nullopt;
  }
  return value;
}

std::string FieldReader::string_or(std::string_view name, std::string_view fallback) {
  auto value = optional_string(name);
  return value ? std::move(*value) : std::string(fallback);
}

std::optional<std::string> FieldReader::check_choice(const std::string& path,
                                                     const std::string& value,
                                                     const Choices& choices) {
  if (choices.accepts != nullptr) {
    if (choices.accepts(value)) return value;
    m_errors->add(
        path, "invalid value " + echo(value) + " (expected " + std::string(choices.expected) + ")");
    return std::nullopt;
  }
  for (auto name : choices.names)
    if (same(value, name, choices.spelling)) return std::string(name);
  m_errors->add(path,
                "unknown value " + echo(value) + " (expected one of " + join(choices.names) + ")");
  return std::nullopt;
}

std::optional<std::string> FieldReader::optional_choice(std::string_view name,
                                                        const Choices& choices) {
  auto value = optional_string(name);
  if (!value || value->empty()) return std::nullopt;
  return check_choice(member_path(name), *value, choices);
}

std::optional<std::size_t> FieldReader::read_enum(std::string_view name,
                                                  std::span<const std::string_view> names,
                                                  Spelling spelling, bool empty_is_unset) {
  auto value = optional_string(name);
  if (!value || (empty_is_unset && value->empty())) return std::nullopt;
  for (std::size_t i = 0; i < names.size(); ++i)
    if (same(*value, names[i], spelling)) return i;
  problem(name, "unknown value " + echo(*value) + " (expected one of " + join(names) + ")");
  return std::nullopt;
}

std::optional<bool> FieldReader::optional_bool(std::string_view name) {
  const auto* v = take(name);
  if (v == nullptr) return std::nullopt;
  if (!v->IsBool()) {
    problem(name, "expected a boolean");
    return std::nullopt;
  }
  return v->GetBool();
}

bool FieldReader::bool_or(std::string_view name, bool fallback) {
  return optional_bool(name).value_or(fallback);
}

std::optional<std::int64_t> FieldReader::optional_int(std::string_view name, IntRange range) {
  const auto* v = take(name);
  if (v == nullptr) return std::nullopt;
  if (!v->IsInt64()) {
    // Doubles (1.5, 1e3) and integers beyond int64 alike.
    problem(name, v->IsNumber() && !v->IsDouble() ? range_text(range) : "expected an integer");
    return std::nullopt;
  }
  std::int64_t n = v->GetInt64();
  if (n < range.min || n > range.max) {
    problem(name, range_text(range));
    return std::nullopt;
  }
  return n;
}

std::int64_t FieldReader::int_or(std::string_view name, std::int64_t fallback, IntRange range) {
  return optional_int(name, range).value_or(fallback);
}

std::optional<std::vector<std::string>> FieldReader::optional_strings(std::string_view name,
                                                                      const Choices* choices) {
  const auto* v = take(name);
  if (v == nullptr) return std::nullopt;
  if (!v->IsArray()) {
    problem(name, "expected an array of strings");
    return std::nullopt;
  }
  std::vector<std::string> out;
  out.reserve(v->Size());
  bool ok = true;
  for (rapidjson::SizeType i = 0; i < v->Size(); ++i) {
    const auto& item = (*v)[i];
    if (!item.IsString()) {
      m_errors->add(item_path(name, i), "expected a string");
      ok = false;
      continue;
    }
    std::string text(item.GetString(), item.GetStringLength());
    if (choices != nullptr) {
      auto checked = check_choice(item_path(name, i), text, *choices);
      if (!checked) {
        ok = false;
        continue;
      }
      text = std::move(*checked);
    }
    out.push_back(std::move(text));
  }
  if (!ok) return std::nullopt;
  return out;
}

std::vector<std::string> FieldReader::strings_or(std::string_view name,
                                                 std::vector<std::string> fallback,
                                                 const Choices* choices) {
  auto value = optional_strings(name, choices);
  return value ? std::move(*value) : std::move(fallback);
}

std::vector<std::pair<std::string, std::string>> FieldReader::string_map(std::string_view name) {
  std::vector<std::pair<std::string, std::string>> out;
  const auto* v = take(name);
  if (v == nullptr) return out;
  if (!v->IsObject()) {
    problem(name, "expected an object");
    return out;
  }
  for (auto it = v->MemberBegin(); it != v->MemberEnd(); ++it) {
    std::string key(it->name.GetString(), it->name.GetStringLength());
    if (!it->value.IsString()) {
      m_errors->add(member_path(name) + "." + key, "expected a string");
      continue;
    }
    out.emplace_back(std::move(key),
                     std::string(it->value.GetString(), it->value.GetStringLength()));
  }
  return out;
}

FieldReader FieldReader::object(std::string_view name) {
  const auto* v = take(name);
  return FieldReader(v == nullptr ? empty_object() : *v, member_path(name), *m_errors);
}

std::optional<FrozenJson> FieldReader::optional_json(std::string_view name) {
  const auto* v = take(name);
  if (v == nullptr) return std::nullopt;
  return FrozenJson::copy_of(*v);
}

std::optional<FrozenJson> FieldReader::optional_object(std::string_view name) {
  const auto* v = take(name);
  if (v == nullptr) return std::nullopt;
  if (!v->IsObject()) {
    problem(name, "expected an object");
    return std::nullopt;
  }
  return FrozenJson::copy_of(*v);
}

FrozenJson FieldReader::rest() const {
  if (m_object == nullptr) return {};
  rapidjson::MemoryPoolAllocator<> allocator(256);
  rapidjson::Value members(rapidjson::kObjectType);
  std::size_t i = 0;
  for (auto it = m_object->MemberBegin(); it != m_object->MemberEnd(); ++it, ++i) {
    if (m_read[i]) continue;
    rapidjson::Value name(it->name, allocator);
    rapidjson::Value value(it->value, allocator);
    members.AddMember(name, value, allocator);
  }
  if (members.MemberCount() == 0) return {};
  return FrozenJson::copy_of(members);
}

}  // namespace idp::json
