// libFuzzer target: arbitrary bytes as a compact JWS, verified against a fixed JWKS (the public
// RFC 7520 / RFC 8037 example keys), then the payload as JWT claims. Nothing may crash, leak or
// hang; a forged signature must never verify (the keys' private halves are not here).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jose/jws.hpp"
#include "jose/jwt.hpp"

using namespace idp;

namespace {

// RFC 7520 §4.1 (RSA), §4.3 (EC P-521), §4.4 (oct), RFC 8037 A.2 (Ed25519): public members only,
// except the HMAC key, which is needed to reach the HS* code paths.
constexpr std::string_view k_jwks = R"({"keys":[
{"kty":"RSA","kid":"bilbo.baggins@hobbiton.example","use":"sig","n":"n4EPtAOCc9AlkeQHPzHStgAbgs7bTZLwUBZdR8_KuKPEHLd4rHVTeT-O-XV2jRojdNhxJWTDvNd7nqQ0VEiZQHz_AJmSCpMaJMRBSFKrKb2wqVwGU_NsYOYL-QtiWN2lbzcEe6XC0dApr5ydQLrHqkHHig3RBordaZ6Aj-oBHqFEHYpPe7Tpe-OfVfHd1E6cS6M1FZcD1NNLYD5lFHpPI9bTwJlsde3uhGqC0ZCuEHg8lhzwOHrtIQbS0FVbb9k3-tVTU4fg_3L_vniUFAKwuCLqKnS2BYwdq_mzSnbLY7h_qixoR7jig3__kRhuaxwUkRz5iaiQkqgc5gHdrNP5zw","e":"AQAB"},
{"kty":"EC","kid":"bilbo.baggins@hobbiton.example","use":"sig","crv":"P-521","x":"AHKZLLOsCOzz5cY97ewNUajB957y-C-U88c3v13nmGZx6sYl_oJXu9A5RkTKqjqvjyekWF-7ytDyRXYgCF5cj0Kt","y":"AdymlHvOiLxXkEhayXQnNCvDX4h9htZaCJN34kfmC6pV5OhQHiraVySsUdaQkAgDPrwQrJmbnX9cwlGfP-HqHZR1"},
{"kty":"oct","kid":"018c0ae5-4d9b-471b-bfd6-eef314bc7037","use":"sig","alg":"HS256","k":"hJtXIZ2uSN5kbQfbtTNWbpdmhkV8FJG-Onbc6mxCcYg"},
{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}
]})";

const jose::Jwks& keys() {
  static const jose::Jwks set = [] {
    auto parsed = jose::Jwks::parse(k_jwks);
    if (!parsed || parsed->keys().size() != 4) __builtin_trap();
    return std::move(parsed).value();
  }();
  return set;
}

void check_claims(std::string_view payload) {
  jose::ClaimsRules rules;
  rules.now = std::chrono::sys_seconds(std::chrono::seconds(1'700'000'000));
  rules.issuer = "https://idp.example";
  rules.audiences = {"client"};
  rules.max_age = std::chrono::seconds(600);
  auto claims = jose::JwtClaims::parse(payload);
  if (claims) {
    (void)claims->validate(rules);
    (void)claims->sub();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto verified = jose::verify_compact(input, keys());
  if (verified) {
    // Only the genuine RFC examples can verify: their payloads are not JSON objects, or are.
    check_claims(verified->payload);
  }
  auto decoded = jose::decode_unverified(input, {.understood_crit = {"exp"}});
  if (decoded) check_claims(decoded->payload);
  if (verified && !decoded) __builtin_trap();  // verification implies decodability
  return 0;
}
