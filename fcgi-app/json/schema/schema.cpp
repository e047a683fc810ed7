#include "json/schema/schema.hpp"

#include "json/schema/compiler.hpp"
#include "json/schema/node.hpp"

namespace idp::json::schema {

Expected<Schema> Schema::compile(const rapidjson::Value& schema, const Options& options) {
  auto compiled = std::make_shared<Compiled>();
  compiled->limits = options.limits;
  Compiler compiler(schema, options, *compiled);
  if (auto status = compiler.run(); !status) return fail("invalid JSON Schema: " + status.error());
  return Schema(std::move(compiled));
}

std::vector<Violation> Schema::validate(const rapidjson::Value& instance) const {
  std::vector<Violation> violations;
  Evaluation ev(m_compiled->limits, &violations);
  ev.evaluate(*m_compiled->root, instance);
  ev.finish();
  return violations;
}

bool Schema::is_valid(const rapidjson::Value& instance) const {
  Evaluation ev(m_compiled->limits, nullptr);
  return ev.evaluate(*m_compiled->root, instance) && !ev.stopped();
}

Dialect Schema::dialect() const {
  return m_compiled->dialect;
}

}  // namespace idp::json::schema
