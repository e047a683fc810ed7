// libFuzzer target for the mapping rules and conditions (fcgi-app/json/mapping): the first line
// of the input is a configuration, the rest a context document, both through the guarded JSON
// reader. The configuration is tried as a rule array, as the functions of one rule, as a
// ConditionSpec, as any_of groups and as a condition list. Compiling, applying and evaluating
// must never crash or hang, and:
// - apply() gives an object, the same one twice in a row (no state leaks between calls), and
//   its text reads back as JSON;
// - every reported error is a message, never empty.
#include <rapidjson/document.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "json/mapping/condition.hpp"
#include "json/mapping/rules.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace {

using namespace idp::json::mapping;

void check(bool condition) {
  if (!condition) __builtin_trap();
}

Environment fixed_environment() {
  Environment env;
  env.clock = [] {
    return std::chrono::system_clock::time_point(std::chrono::seconds(1736904600));
  };
  env.random = [](unsigned char* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out[i] = static_cast<unsigned char>(i * 37 + 11);
  };
  return env;
}

void run_rules(const rapidjson::Value& config, const rapidjson::Value& context) {
  // Smaller budgets than production keep each run short; the code paths are the same.
  Limits limits;
  limits.max_output = 1 << 20;
  limits.max_rules = 64;
  auto rules = Rules::compile(config, limits);
  if (!rules) {
    check(!rules.error().empty());
    return;
  }
  Environment env = fixed_environment();
  std::vector<std::string> errors;
  rapidjson::Document first = rules->apply(context, env, &errors);
  check(first.IsObject());
  for (const auto& e : errors) check(!e.empty());
  std::string text = idp::json::write(first);
  rapidjson::Document second = rules->apply(context, env);
  check(idp::json::write(second) == text);
  check(idp::json::parse(text, {.max_depth = 1024, .max_bytes = 64u << 20}).ok());
  rapidjson::Document target(rapidjson::kObjectType);
  rules->apply_into(context, target, target.GetAllocator(), env);
  check(target.IsObject());
}

void run(const rapidjson::Value& config, const rapidjson::Value& context) {
  run_rules(config, context);
  // The configuration as the functions of one rule reading the whole context.
  if (config.IsArray() || config.IsObject()) {
    rapidjson::Document rule;
    rule.Parse(R"([{"from": "$", "to": "r"}])");
    rapidjson::Value functions(rapidjson::kArrayType);
    if (config.IsArray())
      functions.CopyFrom(config, rule.GetAllocator());
    else
      functions.PushBack(rapidjson::Value(config, rule.GetAllocator()), rule.GetAllocator());
    rule[0].AddMember("functions", functions, rule.GetAllocator());
    run_rules(rule, context);
  }
  if (auto c = Condition::compile(config))
    (void)c->evaluate(context);
  else
    check(!c.error().empty());
  if (auto c = AnyOfConditions::compile(config)) (void)c->evaluate(context);
  if (auto c = ConditionList::compile(config)) (void)c->evaluate(context);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t newline = text.find('\n');
  if (newline == std::string_view::npos) return 0;
  auto config = idp::json::parse(text.substr(0, newline));
  auto context = idp::json::parse(text.substr(newline + 1));
  if (!config || !context) return 0;
  run(*config, *context);
  return 0;
}
