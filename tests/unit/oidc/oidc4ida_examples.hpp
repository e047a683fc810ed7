#pragma once
// The OIDC4IDA 1.0 examples of tests/data/oidc4ida/ (see its README), parsed.
#include <rapidjson/document.h>

#include <stdexcept>
#include <string>

#include "json/reader.hpp"
#include "json/writer.hpp"
#include "test_data.hpp"

namespace idp::test {

inline rapidjson::Document oidc4ida_example(const std::string& file) {
  auto doc = json::parse(read_data("oidc4ida/" + file));
  if (!doc) throw std::runtime_error(file + ": " + doc.error());
  return std::move(*doc);
}

inline rapidjson::Document parse_or_throw(const std::string& text) {
  auto doc = json::parse(text);
  if (!doc) throw std::runtime_error("bad test JSON: " + doc.error());
  return std::move(*doc);
}

// The verified_claims member of a request example's `target` ("userinfo" / "id_token") or of a
// response example.
inline const rapidjson::Value& verified_claims_of(const rapidjson::Value& doc,
                                                  const char* target = nullptr) {
  const rapidjson::Value& holder = target ? doc[target] : doc;
  return holder["verified_claims"];
}

inline std::string written(const rapidjson::Value& v) {
  return json::write(v);
}

// The verified_claims of response example `file`, written as JSON.
inline std::string written_file_member(const std::string& file) {
  return written(verified_claims_of(oidc4ida_example(file)));
}

}  // namespace idp::test
