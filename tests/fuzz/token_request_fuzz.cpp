// libFuzzer target: an arbitrary token request body (RFC 6749 §3.2) through everything of the
// token request that is pure parsing: parse_oauth_params, the scope (RFC 6749 §3.3), the PKCE
// code_verifier (RFC 7636 §4.1), and the client assertion (RFC 7523) decoded without a key.
// Besides "no crash, no sanitizer report", it checks that what parses keeps its grammar: scope
// tokens are non-empty, unique and of the allowed characters and survive a round trip; a verifier
// that passes is 43 to 128 unreserved characters.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "http/form.hpp"
#include "jose/jws.hpp"
#include "oauth/authorization/pkce.hpp"
#include "oauth/scope.hpp"

using namespace idp;

namespace {

void require(bool condition) {
  if (!condition) __builtin_trap();
}

constexpr std::string_view k_rfc7636_challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

void check_scope(std::string_view text) {
  auto scopes = oauth::parse_scope(text);
  if (!scopes) return;
  std::set<std::string> seen;
  std::string joined;
  for (const auto& s : *scopes) {
    require(!s.empty());
    require(seen.insert(s).second);
    for (char c : s) require(c == 0x21 || (c >= 0x23 && c <= 0x5B) || (c >= 0x5D && c <= 0x7E));
    joined += (joined.empty() ? "" : " ") + s;
  }
  auto again = oauth::parse_scope(joined);
  require(again.ok() && *again == *scopes);
}

void check_code_verifier(std::string_view verifier) {
  const bool valid = oauth::is_valid_code_verifier(verifier);
  if (valid) {
    require(verifier.size() >= 43 && verifier.size() <= 128);
    require(std::all_of(verifier.begin(), verifier.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
             c == '-' || c == '.' || c == '_' || c == '~';
    }));
  }
  // A plain challenge equal to the verifier matches exactly when the verifier is well-formed.
  require(oauth::verify_code_verifier(verifier, verifier, oauth::CodeChallengeMethod::plain) ==
          valid);
  (void)oauth::verify_code_verifier(verifier, k_rfc7636_challenge,
                                    oauth::CodeChallengeMethod::S256);
}

void check_client_assertion(std::string_view assertion) {
  auto jws = jose::decode_unverified(assertion);
  if (jws) require(jws->header.IsObject());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (auto form = http::parse_oauth_params(in)) {
    if (auto scope = form->get("scope")) check_scope(*scope);
    if (auto verifier = form->get("code_verifier")) check_code_verifier(*verifier);
    if (auto assertion = form->get("client_assertion")) check_client_assertion(*assertion);
    if (auto method = form->get("code_challenge_method")) {
      auto parsed = oauth::parse_code_challenge_method(*method);
      if (parsed) require(oauth::to_string(*parsed) == *method);
    }
  }
  // The raw bytes as each value, so the fuzzer need not find the form syntax first.
  check_scope(in);
  check_code_verifier(in);
  return 0;
}
