// libFuzzer target: arbitrary bytes as a JWK and as a JWK Set. Whatever parses must serialise,
// re-parse to the same thing, give a thumbprint, and never publish private members.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "jose/jwk.hpp"
#include "jose/jwks.hpp"

using namespace idp;

namespace {

void exercise(const jose::Jwk& jwk) {
  const std::string full = jwk.to_json(true);
  auto again = jose::Jwk::parse(full);
  if (!again || again->to_json(true) != full) __builtin_trap();  // round trip is exact
  if (again->thumbprint() != jwk.thumbprint()) __builtin_trap();
  auto pub = jwk.public_only();
  if (pub && pub->has_private()) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  if (auto jwk = jose::Jwk::parse(input)) exercise(*jwk);
  if (auto set = jose::Jwks::parse(input)) {
    for (const auto& key : set->keys()) exercise(key);
    // Extra members are kept verbatim, so only a set of recognised members is checked here.
    const std::string published = set->public_json();
    auto reparsed = jose::Jwks::parse(published);
    if (!reparsed) __builtin_trap();
    for (const auto& key : reparsed->keys())
      if (key.has_private()) __builtin_trap();
    (void)set->to_json(true);
  }
  return 0;
}
