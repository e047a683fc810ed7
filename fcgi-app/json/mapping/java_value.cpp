#include "json/mapping/java_value.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string_view>
#include <vector>

#include "json/mapping/java_text.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::json::mapping {
namespace {

std::uint64_t mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
  return h;
}

// Double.equals compares doubleToLongBits: 0.0 and -0.0 differ, every NaN is the same.
std::uint64_t double_bits(double d) {
  if (std::isnan(d)) d = std::numeric_limits<double>::quiet_NaN();
  std::uint64_t bits = 0;
  std::memcpy(&bits, &d, sizeof bits);
  return bits;
}

bool equal_maps(const rapidjson::Value& a, const rapidjson::Value& b) {
  if (a.MemberCount() != b.MemberCount()) return false;
  if (a.MemberCount() <= 16) {
    for (const auto& m : a.GetObject()) {
      auto it = b.FindMember(m.name);
      if (it == b.MemberEnd() || !java_equals(m.value, it->value)) return false;
    }
    return true;
  }
  // Large maps: look names up in a sorted index rather than scanning for each.
  std::vector<const rapidjson::Value::Member*> index;
  index.reserve(b.MemberCount());
  for (const auto& m : b.GetObject()) index.push_back(&m);
  auto less = [](const rapidjson::Value::Member* x, const rapidjson::Value::Member* y) {
    return view(x->name) < view(y->name);
  };
  std::sort(index.begin(), index.end(), less);
  for (const auto& m : a.GetObject()) {
    auto it = std::lower_bound(index.begin(), index.end(), view(m.name),
                               [](const rapidjson::Value::Member* x, std::string_view name) {
                                 return view(x->name) < name;
                               });
    if (it == index.end() || view((*it)->name) != view(m.name) ||
        !java_equals(m.value, (*it)->value))
      return false;
  }
  return true;
}

}  // namespace

JavaType java_type(const rapidjson::Value& v) {
  if (v.IsNull()) return JavaType::null;
  if (v.IsBool()) return JavaType::boolean;
  if (v.IsString()) return JavaType::string;
  if (v.IsArray()) return JavaType::list;
  if (v.IsObject()) return JavaType::map;
  if (v.IsInt()) return JavaType::integer;
  if (v.IsInt64()) return JavaType::long_integer;
  if (v.IsUint64()) return JavaType::big_integer;
  return JavaType::floating;
}

bool is_java_number(const rapidjson::Value& v) {
  return v.IsNumber();
}

bool java_equals(const rapidjson::Value& a, const rapidjson::Value& b) {
  JavaType ta = java_type(a);
  if (ta != java_type(b)) return false;
  switch (ta) {
    case JavaType::null:
      return true;
    case JavaType::boolean:
      return a.GetBool() == b.GetBool();
    case JavaType::integer:
    case JavaType::long_integer:
      return a.GetInt64() == b.GetInt64();
    case JavaType::big_integer:
      return a.GetUint64() == b.GetUint64();
    case JavaType::floating:
      return double_bits(a.GetDouble()) == double_bits(b.GetDouble());
    case JavaType::string:
      return view(a) == view(b);
    case JavaType::list: {
      if (a.Size() != b.Size()) return false;
      for (rapidjson::SizeType i = 0; i < a.Size(); ++i)
        if (!java_equals(a[i], b[i])) return false;
      return true;
    }
    case JavaType::map:
      return equal_maps(a, b);
  }
  return false;
}

bool java_equals(const Item& a, const Item& b) {
  if (a.temporal || b.temporal) return a.temporal == b.temporal && a.text == b.text;
  return java_equals(a.json, b.json);
}

std::uint64_t java_hash(const rapidjson::Value& v) {
  switch (java_type(v)) {
    case JavaType::null:
      return 0x9e3779b97f4a7c15ULL;
    case JavaType::boolean:
      return v.GetBool() ? 1231 : 1237;
    case JavaType::integer:
    case JavaType::long_integer:
      return mix(static_cast<std::uint64_t>(v.GetInt64()) ^ 0x1000);
    case JavaType::big_integer:
      return mix(v.GetUint64() ^ 0x2000);
    case JavaType::floating:
      return mix(double_bits(v.GetDouble()) ^ 0x3000);
    case JavaType::string:
      return hash_bytes(view(v));
    case JavaType::list: {
      std::uint64_t h = 1;
      for (const auto& e : v.GetArray()) h = h * 31 + java_hash(e);
      return mix(h);
    }
    case JavaType::map: {
      // Order does not matter, as in AbstractMap.hashCode.
      std::uint64_t h = 0;
      for (const auto& m : v.GetObject()) h += hash_bytes(view(m.name)) ^ java_hash(m.value);
      return mix(h ^ 0x4000);
    }
  }
  return 0;
}

std::string java_string(const rapidjson::Value& v) {
  switch (java_type(v)) {
    case JavaType::null:
      return "null";
    case JavaType::boolean:
      return v.GetBool() ? "true" : "false";
    case JavaType::integer:
    case JavaType::long_integer:
      return std::to_string(v.GetInt64());
    case JavaType::big_integer:
      return std::to_string(v.GetUint64());
    case JavaType::floating:
      return java::double_to_string(v.GetDouble());
    case JavaType::string:
      return std::string(view(v));
    case JavaType::list:
    case JavaType::map:
      return json::write(v);
  }
  return {};
}

std::string java_string(const Item& item) {
  return item.temporal ? item.text : java_string(item.json);
}

std::int32_t java_int_value(const rapidjson::Value& n) {
  switch (java_type(n)) {
    case JavaType::integer:
      return n.GetInt();
    case JavaType::long_integer:
      return static_cast<std::int32_t>(n.GetInt64());  // low 32 bits, as Long.intValue
    case JavaType::big_integer:
      return static_cast<std::int32_t>(n.GetUint64());
    case JavaType::floating: {
      double d = n.GetDouble();
      if (std::isnan(d)) return 0;
      if (d >= 2147483647.0) return std::numeric_limits<std::int32_t>::max();
      if (d <= -2147483648.0) return std::numeric_limits<std::int32_t>::min();
      return static_cast<std::int32_t>(d);
    }
    default:
      return 0;
  }
}

std::int64_t java_long_value(const rapidjson::Value& n) {
  switch (java_type(n)) {
    case JavaType::integer:
    case JavaType::long_integer:
      return n.GetInt64();
    case JavaType::big_integer:
      return static_cast<std::int64_t>(n.GetUint64());
    case JavaType::floating: {
      double d = n.GetDouble();
      if (std::isnan(d)) return 0;
      if (d >= 9223372036854775807.0) return std::numeric_limits<std::int64_t>::max();
      if (d <= -9223372036854775808.0) return std::numeric_limits<std::int64_t>::min();
      return static_cast<std::int64_t>(d);
    }
    default:
      return 0;
  }
}

double java_double_value(const rapidjson::Value& n) {
  if (!n.IsNumber()) return 0;
  if (n.IsDouble()) return n.GetDouble();
  if (n.IsInt64()) return static_cast<double>(n.GetInt64());
  return static_cast<double>(n.GetUint64());
}

std::size_t weight(const rapidjson::Value& root) {
  std::size_t total = 0;
  std::vector<const rapidjson::Value*> stack{&root};
  while (!stack.empty()) {
    const rapidjson::Value* v = stack.back();
    stack.pop_back();
    total += 16;
    if (v->IsString()) {
      total += v->GetStringLength();
    } else if (v->IsArray()) {
      for (const auto& e : v->GetArray()) stack.push_back(&e);
    } else if (v->IsObject()) {
      for (const auto& m : v->GetObject()) {
        total += 16 + m.name.GetStringLength();
        stack.push_back(&m.value);
      }
    }
  }
  return total;
}

}  // namespace idp::json::mapping
