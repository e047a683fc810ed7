// libFuzzer target for the configuration readers (fcgi-app/domain): arbitrary bytes go through the
// guarded JSON reader, then through every parse_* function. Whatever parses must serialise, parse
// again, and (when the document holds no floating-point numbers, whose text form RapidJSON does not
// round-trip exactly) come back equal; the discovery document must carry no key material.
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "domain/discovery_document.hpp"
#include "domain/initialization.hpp"
#include "domain/organization.hpp"
#include "domain/system_configuration.hpp"
#include "domain/tenant.hpp"
#include "domain/token_policy.hpp"
#include "domain/user.hpp"
#include "json/reader.hpp"

namespace {

bool has_double(const rapidjson::Value& v) {
  if (v.IsDouble()) return true;
  if (v.IsObject()) {
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it)
      if (has_double(it->value)) return true;
  }
  if (v.IsArray()) {
    for (const auto& item : v.GetArray())
      if (has_double(item)) return true;
  }
  return false;
}

void check(bool condition) {
  if (!condition) __builtin_trap();
}

// What survives a round trip: the raw password is read, never written.
template <class T>
T written_part(T value) {
  return value;
}
idp::domain::User written_part(idp::domain::User user) {
  user.raw_password.reset();
  return user;
}
idp::domain::Initialization written_part(idp::domain::Initialization init) {
  init.user.raw_password.reset();
  return init;
}

// parse -> to_json -> parse must succeed and be stable; without secrets the output must parse.
template <class Parse>
void round_trip(const rapidjson::Value& input, Parse parse, bool exact) {
  auto first = parse(input);
  if (!first.ok()) {
    check(!first.error().empty());
    return;
  }
  check(idp::json::parse(idp::domain::to_json(*first, /*include_secrets=*/false)).ok());
  std::string written = idp::domain::to_json(*first, /*include_secrets=*/true);
  auto doc = idp::json::parse(written);
  check(doc.ok());
  auto second = parse(*doc);
  check(second.ok());
  check(idp::domain::to_json(*second, true) == written);
  if (exact) check(*second == written_part(*first));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto doc = idp::json::parse(text);
  if (!doc) return 0;
  const rapidjson::Value& v = *doc;
  bool exact = !has_double(v);

  using namespace idp::domain;
  round_trip(v, parse_organization, exact);
  round_trip(v, parse_tenant, exact);
  round_trip(v, parse_client, exact);
  round_trip(v, parse_user, exact);
  round_trip(v, parse_initialization, exact);
  round_trip(v, parse_tenant_registration, exact);
  round_trip(v, parse_system_configuration, exact);
  round_trip(v, parse_authorization_server, exact);

  if (auto server = parse_authorization_server(v)) {
    auto discovery = idp::json::parse(discovery_document(*server));
    check(discovery.ok());
    check(!discovery->HasMember("jwks"));
    check(!discovery->HasMember("extension"));
    if (auto client = parse_client(v)) (void)token_policy(*server, *client);
  }
  return 0;
}
