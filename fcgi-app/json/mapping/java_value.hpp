#pragma once
// JSON values seen the way idp-server's Java code sees them after json-smart or Jackson parsed
// them: objects are Maps, arrays Lists, integers Integer/Long/BigInteger by size, fractions
// Double. Equality is Objects.equals (an Integer 1 is not a Double 1.0), text is toString().
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <string>

namespace idp::json::mapping {

using Allocator = rapidjson::MemoryPoolAllocator<>;

// A value flowing through the functions of one rule: JSON, or a java.time object made by `now`
// without a pattern or by the datetime conversion. Those serialize to JSON the way idp-server's
// Jackson writes them (`json`) but print as their toString() (`text`).
struct Item {
  rapidjson::Value json;  // null is Java's null
  std::string text;       // toString() of a date-time
  bool temporal = false;

  Item() = default;
  explicit Item(rapidjson::Value v) : json(std::move(v)) {}
  bool is_null() const { return !temporal && json.IsNull(); }
  bool is_string() const { return !temporal && json.IsString(); }
  bool is_list() const { return !temporal && json.IsArray(); }
  bool is_map() const { return !temporal && json.IsObject(); }
};

enum class JavaType {
  null,
  boolean,
  integer,
  long_integer,
  big_integer,
  floating,
  string,
  list,
  map
};
JavaType java_type(const rapidjson::Value& v);
bool is_java_number(const rapidjson::Value& v);

// Objects.equals over JSON values, and a hash consistent with it.
bool java_equals(const rapidjson::Value& a, const rapidjson::Value& b);
bool java_equals(const Item& a, const Item& b);
std::uint64_t java_hash(const rapidjson::Value& v);

// String.valueOf: "null", "true", "12", "1.5E10", the text itself. Lists and maps print as compact
// JSON (Java would print some of them as "[a, b]" or "{k=v}").
std::string java_string(const rapidjson::Value& v);
std::string java_string(const Item& item);

// Number.intValue / longValue: Long and BigInteger keep their low bits, Double truncates toward
// zero and saturates (NaN is 0).
std::int32_t java_int_value(const rapidjson::Value& number);
std::int64_t java_long_value(const rapidjson::Value& number);
double java_double_value(const rapidjson::Value& number);

// Nodes plus string bytes: what a copy of `v` costs against the output budget.
std::size_t weight(const rapidjson::Value& v);

}  // namespace idp::json::mapping
