#pragma once
// RFC 7520 examples as our types, for the jose tests.
#include <rapidjson/document.h>

#include <boost/test/unit_test.hpp>
#include <stdexcept>
#include <string>

#include "base/base64.hpp"
#include "jose/jwk.hpp"
#include "json/writer.hpp"
#include "test_data.hpp"

namespace idp::test {

inline rapidjson::Document cookbook(const std::string& file) {
  rapidjson::Document doc;
  doc.Parse(read_data("jose-cookbook/" + file).c_str());
  if (doc.HasParseError()) throw std::runtime_error("bad test data: " + file);
  return doc;
}

inline jose::Jwk jwk_of(const rapidjson::Value& v) {
  auto jwk = jose::Jwk::parse(json::write(v));
  if (!jwk) throw std::runtime_error("test key does not parse: " + jwk.error());
  return std::move(jwk).value();
}

inline jose::Jwk cookbook_jwk(const std::string& file) {
  return jwk_of(cookbook(file)["input"]["key"]);
}

inline jose::Jwk must(Expected<jose::Jwk> jwk) {
  if (!jwk) throw std::runtime_error(jwk.error());
  return std::move(jwk).value();
}

inline std::string b64u(std::string_view s) {
  return base64::encode_url(s);
}

// "header.payload.signature" with a header and payload of our choosing.
inline std::string compact(std::string_view header, std::string_view payload,
                           std::string_view sig = "c2ln") {
  return b64u(header) + "." + b64u(payload) + "." + std::string(sig);
}

}  // namespace idp::test

// For BOOST_TEST messages: the error of a failed Expected.
#define IDP_ERR(e) ((e).ok() ? std::string() : (e).error())
