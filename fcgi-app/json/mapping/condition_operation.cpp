#include "json/mapping/condition_operation.hpp"

#include <array>
#include <string>

#include "json/mapping/decimal.hpp"
#include "json/mapping/java_text.hpp"
#include "json/mapping/java_value.hpp"

namespace idp::json::mapping {

struct Operation {
  std::string_view name;
  bool (*test)(const Selection& target, const rapidjson::Value& expected, const JavaRegex* regex);
  Status (*check)(const rapidjson::Value& expected);
};

namespace {

// Objects.equals(target, expected) with the target as readRaw returns it.
bool equals(const Selection& t, const rapidjson::Value& e) {
  if (!t.is_list) return t.is_null() ? e.IsNull() : java_equals(*t.single, e);
  if (!e.IsArray() || e.Size() != t.list.size()) return false;
  for (rapidjson::SizeType i = 0; i < e.Size(); ++i)
    if (!java_equals(*t.list[i], e[i])) return false;
  return true;
}

// compareNumbers; nullopt where Java throws (and the condition is false).
std::optional<int> compare_numbers(const Selection& t, const rapidjson::Value& e) {
  if (t.is_list || t.is_null()) return std::nullopt;
  auto a = Decimal::of(*t.single);
  auto b = Decimal::of(e);
  if (!a || !b) return std::nullopt;
  return compare(*a, *b);
}

bool any_equal(const Selection& t, const rapidjson::Value& list) {
  if (!list.IsArray()) return false;
  for (const auto& e : list.GetArray())
    if (equals(t, e)) return true;
  return false;
}

Status any_value(const rapidjson::Value&) {
  return ok_status();
}

Status numeric_value(const rapidjson::Value& e) {
  if (!Decimal::of(e)) return fail("needs a number (or a numeric string) as value");
  return ok_status();
}

Status list_value(const rapidjson::Value& e) {
  if (!e.IsArray()) return fail("needs an array as value");
  return ok_status();
}

Status pattern_value(const rapidjson::Value& e) {
  if (!e.IsString()) return fail("needs a regular expression string as value");
  return ok_status();
}

const std::array<Operation, 12> k_operations = {{
    {"eq",
     [](const Selection& t, const rapidjson::Value& e, const JavaRegex*) { return equals(t, e); },
     any_value},
    {"ne",
     [](const Selection& t, const rapidjson::Value& e, const JavaRegex*) { return !equals(t, e); },
     any_value},
    {"gt",
     [](const Selection& t, const rapidjson::Value& e, const JavaRegex*) {
       auto c = compare_numbers(t, e);
       return c && *c > 0;
     },
     numeric_value},
    {"gte",
     [](const Selection& t, const rapidjson::Value& e, const JavaRegex*) {
       auto c = compare_numbers(t, e);
       return c && *c >= 0;
     },
     numeric_value},
    {"lt",
     [](const Selection& t, const rapidjson::Value& e, const JavaRegex*) {
       auto c = compare_numbers(t, e);
       return c && *c < 0;
     },
     numeric_value},
    {"lte",
     [](const Selection& t, const rapidjson::Value& e, const JavaRegex*) {
       auto c = compare_numbers(t, e);
       return c && *c <= 0;
     },
     numeric_value},
    {"in",
     [](const Selection& t, const rapidjson::Value& e, const JavaRegex*) {
       return any_equal(t, e);
     },
     list_value},
    {"nin",
     [](const Selection& t, const rapidjson::Value& e, const JavaRegex*) {
       return e.IsArray() && !any_equal(t, e);
     },
     list_value},
    {"exists",
     [](const Selection& t, const rapidjson::Value&, const JavaRegex*) { return !t.is_null(); },
     any_value},
    {"missing",
     [](const Selection& t, const rapidjson::Value&, const JavaRegex*) { return t.is_null(); },
     any_value},
    {"contains",
     [](const Selection& t, const rapidjson::Value& e, const JavaRegex*) {
       if (t.is_list) {
         for (const rapidjson::Value* v : t.list)
           if (java_equals(*v, e)) return true;
         return false;
       }
       if (t.is_null()) return false;
       if (t.single->IsArray()) {
         for (const auto& v : t.single->GetArray())
           if (java_equals(v, e)) return true;
         return false;
       }
       if (!t.single->IsString() || !e.IsString()) return false;
       std::string_view s(t.single->GetString(), t.single->GetStringLength());
       return s.find(std::string_view(e.GetString(), e.GetStringLength())) !=
              std::string_view::npos;
     },
     any_value},
    {"regex",
     [](const Selection& t, const rapidjson::Value&, const JavaRegex* regex) {
       if (t.is_list || t.is_null() || !t.single->IsString() || !regex) return false;
       return regex->matches(std::string_view(t.single->GetString(), t.single->GetStringLength()));
     },
     pattern_value},
}};

const Operation* find_operation(std::string_view name) {
  for (const Operation& op : k_operations)
    if (java::to_lower(name) == op.name) return &op;
  return nullptr;
}

}  // namespace

Expected<LeafTest> LeafTest::compile(std::string_view operation, const rapidjson::Value* value) {
  LeafTest leaf;
  leaf.m_op = find_operation(operation);
  if (!leaf.m_op)
    return fail("unknown operation '" + std::string(operation) +
                "' (eq, ne, gt, gte, lt, lte, in, nin, exists, missing, contains, regex)");
  auto doc = std::make_shared<rapidjson::Document>();
  if (value) doc->CopyFrom(*value, doc->GetAllocator());
  if (Status s = leaf.m_op->check(*doc); !s)
    return fail("operation '" + std::string(leaf.m_op->name) + "' " + s.error());
  if (leaf.m_op->name == "regex") {
    // Java refuses patterns longer than this (idp.condition.regex.maxLength).
    if (doc->GetStringLength() > 1000) return fail("the regular expression is longer than 1000");
    auto regex = JavaRegex::compile(std::string_view(doc->GetString(), doc->GetStringLength()));
    if (!regex) return fail(regex.error());
    leaf.m_regex = *regex;
  }
  leaf.m_value = std::move(doc);
  return leaf;
}

bool LeafTest::test(const Selection& target) const {
  return m_op->test(target, *m_value, m_regex.get());
}

}  // namespace idp::json::mapping
