#pragma once
// The values filter expressions compute with (RFC 9535 §2.4.1): a ValueType is a JSON value or
// Nothing; a NodesType is a nodelist.
#include <rapidjson/document.h>

#include <cstdint>
#include <vector>

namespace idp::json::path {

using Nodelist = std::vector<const rapidjson::Value*>;

class MaybeValue {
 public:
  MaybeValue() = default;  // Nothing
  explicit MaybeValue(const rapidjson::Value& v) : m_ref(&v) {}
  // A value computed by a function (length(), count()), held by this object.
  static MaybeValue number(std::uint64_t n) {
    MaybeValue result;
    result.m_own.SetUint64(n);
    result.m_owned = true;
    return result;
  }

  bool nothing() const { return m_ref == nullptr && !m_owned; }
  const rapidjson::Value& get() const { return m_owned ? m_own : *m_ref; }

 private:
  const rapidjson::Value* m_ref = nullptr;
  rapidjson::Value m_own;
  bool m_owned = false;
};

}  // namespace idp::json::path
