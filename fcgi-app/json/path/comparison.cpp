#include "json/path/comparison.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

namespace idp::json::path {
namespace {

// A long double holds every int64, uint64 and double exactly (64-bit significand or more), so
// numbers of different RapidJSON kinds compare by their exact values.
static_assert(std::numeric_limits<long double>::digits >= 64);

long double exact(const rapidjson::Value& v) {
  if (v.IsInt64()) return static_cast<long double>(v.GetInt64());
  if (v.IsUint64()) return static_cast<long double>(v.GetUint64());
  return static_cast<long double>(v.GetDouble());
}

std::string_view text(const rapidjson::Value& v) {
  return {v.GetString(), v.GetStringLength()};
}

const rapidjson::Value* find_member(const rapidjson::Value& object, const rapidjson::Value& name,
                                    Budget& budget) {
  for (auto m = object.MemberBegin(); m != object.MemberEnd(); ++m) {
    if (!budget.visit()) return nullptr;
    if (text(m->name) == text(name)) return &m->value;
  }
  return nullptr;
}

// <, for values that are not Nothing: numbers by value, strings by their Unicode scalar values
// (which UTF-8 byte order preserves); false for every other pair.
bool less(const rapidjson::Value& a, const rapidjson::Value& b, Budget& budget) {
  if (!budget.visit()) return false;
  if (a.IsNumber() && b.IsNumber()) return exact(a) < exact(b);
  if (a.IsString() && b.IsString()) {
    if (!budget.text(std::min(a.GetStringLength(), b.GetStringLength()))) return false;
    return text(a) < text(b);
  }
  return false;
}

}  // namespace

bool equal(const rapidjson::Value& a, const rapidjson::Value& b, Budget& budget) {
  std::vector<std::pair<const rapidjson::Value*, const rapidjson::Value*>> pending{{&a, &b}};
  while (!pending.empty()) {
    const auto [x, y] = pending.back();
    pending.pop_back();
    if (!budget.visit()) return false;
    if (x->IsNumber() && y->IsNumber()) {
      if (exact(*x) != exact(*y)) return false;
      continue;
    }
    // true and false are different RapidJSON types, as the RFC wants them unequal.
    if (x->GetType() != y->GetType()) return false;
    if (x->IsString()) {
      if (x->GetStringLength() != y->GetStringLength()) return false;
      if (!budget.text(x->GetStringLength()) || text(*x) != text(*y)) return false;
    } else if (x->IsArray()) {
      if (x->Size() != y->Size()) return false;
      for (rapidjson::SizeType i = 0; i < x->Size(); ++i) pending.emplace_back(&(*x)[i], &(*y)[i]);
    } else if (x->IsObject()) {
      // Same names, and equal values under each (member order does not matter).
      if (x->MemberCount() != y->MemberCount()) return false;
      for (auto m = x->MemberBegin(); m != x->MemberEnd(); ++m) {
        const rapidjson::Value* other = find_member(*y, m->name, budget);
        if (other == nullptr) return false;
        pending.emplace_back(&m->value, other);
      }
    }
  }
  return true;
}

// §2.3.5.2.2: == is true when both sides are Nothing or equal values; < only for two numbers or
// two strings; the other operators are built from these two.
bool compare(const MaybeValue& left, CompareOp op, const MaybeValue& right, Budget& budget) {
  auto eq = [&] {
    if (left.nothing() || right.nothing()) return left.nothing() && right.nothing();
    return equal(left.get(), right.get(), budget);
  };
  auto lt = [&](const MaybeValue& a, const MaybeValue& b) {
    return !a.nothing() && !b.nothing() && less(a.get(), b.get(), budget);
  };
  switch (op) {
    case CompareOp::eq:
      return eq();
    case CompareOp::ne:
      return !eq();
    case CompareOp::lt:
      return lt(left, right);
    case CompareOp::le:
      return lt(left, right) || eq();
    case CompareOp::gt:
      return lt(right, left);
    case CompareOp::ge:
      return lt(right, left) || eq();
  }
  return false;
}

}  // namespace idp::json::path
