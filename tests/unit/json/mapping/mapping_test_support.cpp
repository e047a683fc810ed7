#include "json/mapping/mapping_test_support.hpp"

#include <boost/test/unit_test.hpp>

#include "json/mapping/rules.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace mapping_test {

using idp::json::mapping::Environment;
using idp::json::mapping::Rules;

rapidjson::Document json(std::string_view text) {
  auto doc = idp::json::parse(text);
  if (!doc) BOOST_FAIL("not JSON: " + doc.error() + " in " + std::string(text));
  return std::move(*doc);
}

std::string write(const rapidjson::Value& v) {
  return idp::json::write(v);
}

Environment fixed_environment(std::chrono::system_clock::time_point at, unsigned char first) {
  Environment env;
  env.clock = [at] { return at; };
  auto next = std::make_shared<unsigned char>(first);
  env.random = [next](unsigned char* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) out[i] = (*next)++;
  };
  return env;
}

std::chrono::system_clock::time_point test_instant() {
  // 2025-01-15T01:30:00Z is 1736904600 seconds after the epoch.
  return std::chrono::system_clock::time_point(std::chrono::seconds(1736904600) +
                                               std::chrono::microseconds(123456));
}

Environment test_environment() {
  return fixed_environment(test_instant());
}

std::string map(std::string_view rules, std::string_view context, std::vector<std::string>* errors,
                const Environment& env) {
  auto r = json(rules);
  auto compiled = Rules::compile(r);
  if (!compiled) return std::string("compile error: ") += compiled.error();
  auto c = json(context);
  return write(compiled->apply(c, env, errors));
}

std::string call(std::string_view function, std::string_view input, const Environment& env) {
  std::string rules =
      R"([{"from": "$.input", "to": "result", "functions": [)" + std::string(function) + "]}]";
  std::string context = R"({"input": )" + std::string(input) + "}";
  auto r = json(rules);
  auto compiled = Rules::compile(r);
  if (!compiled) {
    // "[0].functions[0]: …" → the message alone.
    std::string e = compiled.error();
    std::size_t colon = e.find(": ");
    return std::string("compile error: ") += colon == std::string::npos ? e : e.substr(colon + 2);
  }
  auto c = json(context);
  std::vector<std::string> errors;
  auto out = compiled->apply(c, env, &errors);
  if (!errors.empty()) {
    std::string e = errors.front();
    std::size_t colon = e.find(": ");
    return std::string("error: ") += colon == std::string::npos ? e : e.substr(colon + 2);
  }
  auto it = out.FindMember("result");
  return it == out.MemberEnd() ? "(absent)" : write(it->value);
}

}  // namespace mapping_test
