#include "json/schema/json_compare.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>

#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::json::schema {
namespace {

// long double holds every int64, uint64 and double exactly on the platforms we build for (x86-64:
// 64-bit mantissa; AArch64: binary128), so one comparison covers every storage pairing.
long double as_long_double(const rapidjson::Value& v) {
  if (v.IsInt64()) return static_cast<long double>(v.GetInt64());
  if (v.IsUint64()) return static_cast<long double>(v.GetUint64());
  return static_cast<long double>(v.GetDouble());
}

std::size_t mix(std::size_t seed, std::size_t value) {
  return seed ^ (value + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

std::size_t number_hash(const rapidjson::Value& v) {
  if (v.IsInt64()) return std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(v.GetInt64()));
  if (v.IsUint64()) return std::hash<std::uint64_t>{}(v.GetUint64());
  double d = v.GetDouble();
  // An integral double must hash like the integer it equals.
  if (std::floor(d) == d && d >= -9223372036854775808.0 && d < 18446744073709551616.0) {
    if (d < 0)
      return std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(static_cast<std::int64_t>(d)));
    return std::hash<std::uint64_t>{}(static_cast<std::uint64_t>(d));
  }
  std::uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return std::hash<std::uint64_t>{}(bits);
}

}  // namespace

int compare_numbers(const rapidjson::Value& a, const rapidjson::Value& b) {
  long double x = as_long_double(a);
  long double y = as_long_double(b);
  return x < y ? -1 : (x > y ? 1 : 0);
}

bool is_integer(const rapidjson::Value& v) {
  if (v.IsInt64() || v.IsUint64()) return true;
  if (!v.IsDouble()) return false;
  double d = v.GetDouble();
  return std::isfinite(d) && std::floor(d) == d;
}

bool equal(const rapidjson::Value& a, const rapidjson::Value& b) {
  if (a.IsNumber() && b.IsNumber()) return compare_numbers(a, b) == 0;
  if (a.GetType() != b.GetType()) return false;
  switch (a.GetType()) {
    case rapidjson::kNullType:
    case rapidjson::kFalseType:
    case rapidjson::kTrueType:
      return true;
    case rapidjson::kStringType:
      return view(a) == view(b);
    case rapidjson::kArrayType: {
      if (a.Size() != b.Size()) return false;
      for (rapidjson::SizeType i = 0; i < a.Size(); ++i)
        if (!equal(a[i], b[i])) return false;
      return true;
    }
    case rapidjson::kObjectType: {
      // Member names are unique (json::parse refuses duplicates), so same count plus every member
      // of `a` found equal in `b` is equality.
      if (a.MemberCount() != b.MemberCount()) return false;
      for (auto it = a.MemberBegin(); it != a.MemberEnd(); ++it) {
        auto other = b.FindMember(it->name);
        if (other == b.MemberEnd() || !equal(it->value, other->value)) return false;
      }
      return true;
    }
    case rapidjson::kNumberType:
      break;
  }
  return false;
}

std::size_t hash(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType:
      return 0x6e756c6cU;
    case rapidjson::kFalseType:
      return 0x66616c73U;
    case rapidjson::kTrueType:
      return 0x74727565U;
    case rapidjson::kNumberType:
      return number_hash(v);
    case rapidjson::kStringType:
      return mix(1, std::hash<std::string_view>{}(view(v)));
    case rapidjson::kArrayType: {
      std::size_t h = mix(2, v.Size());
      for (const auto& item : v.GetArray()) h = mix(h, hash(item));
      return h;
    }
    case rapidjson::kObjectType: {
      // Order-independent: a sum of per-member hashes.
      std::size_t sum = 0;
      for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it)
        sum += mix(std::hash<std::string_view>{}(view(it->name)), hash(it->value));
      return mix(3, sum);
    }
  }
  return 0;
}

std::string excerpt(const rapidjson::Value& v, std::size_t max_chars) {
  std::string text = write(v);
  if (text.size() <= max_chars) return text;
  std::size_t cut = max_chars;
  // Do not cut inside a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  text.resize(cut);
  text += "\xE2\x80\xA6";
  return text;
}

}  // namespace idp::json::schema
