// libFuzzer target for the JSON Schema validator (fcgi-app/json/schema): the first line of the
// input is a schema, the rest an instance, both through the guarded JSON reader. Compiling and
// validating must never crash or hang, and the answers must agree with each other:
// - validate() finds no violation exactly when is_valid() says valid;
// - every violation points into the instance (or, for "required", "dependencies" and
//   "dependentRequired", at a member of an object that is there);
// - the management error body built from the violations is JSON.
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "json/reader.hpp"
#include "json/schema/json_pointer.hpp"
#include "json/schema/management_errors.hpp"
#include "json/schema/schema.hpp"

namespace {

void check(bool condition) {
  if (!condition) __builtin_trap();
}

std::string_view parent(std::string_view pointer) {
  std::size_t slash = pointer.rfind('/');
  return slash == std::string_view::npos ? std::string_view() : pointer.substr(0, slash);
}

void run(const rapidjson::Value& schema_json, const rapidjson::Value& instance,
         idp::json::schema::Options options) {
  using namespace idp::json::schema;
  // Smaller budgets than production keep each run short; the code paths are the same.
  options.limits.max_steps = 20000;
  options.limits.max_violations = 50;
  auto schema = Schema::compile(schema_json, options);
  if (!schema) {
    check(!schema.error().empty());
    return;
  }
  auto violations = schema->validate(instance);
  check(violations.empty() == schema->is_valid(instance));
  check(violations.size() <= options.limits.max_violations + 1);
  for (const auto& v : violations) {
    check(!v.message.empty());
    if (v.keyword.empty()) continue;  // a stop at a limit
    const rapidjson::Value* at = resolve_pointer(instance, v.instance_location);
    if (at == nullptr) {
      check(v.keyword == "required" || v.keyword == "dependencies" ||
            v.keyword == "dependentRequired");
      const rapidjson::Value* object = resolve_pointer(instance, parent(v.instance_location));
      check(object != nullptr && object->IsObject());
    }
  }
  check(idp::json::parse(management_error_body(violations, "invalid request")).ok());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t newline = text.find('\n');
  if (newline == std::string_view::npos) return 0;
  auto schema = idp::json::parse(text.substr(0, newline));
  auto instance = idp::json::parse(text.substr(newline + 1));
  if (!schema || !instance) return 0;
  run(*schema, *instance, {});
  run(*schema, *instance, idp::json::schema::Options::idp_server());
  return 0;
}
