#include "oauth/authorization/pkce.hpp"

#include <algorithm>

#include "base/base64.hpp"
#include "crypto/digest.hpp"

namespace idp::oauth {
namespace {

bool is_unreserved(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

}  // namespace

std::optional<CodeChallengeMethod> parse_code_challenge_method(std::string_view text) {
  if (text == "plain") return CodeChallengeMethod::plain;
  if (text == "S256") return CodeChallengeMethod::S256;
  return std::nullopt;
}

std::string_view to_string(CodeChallengeMethod method) {
  return method == CodeChallengeMethod::S256 ? "S256" : "plain";
}

bool is_valid_code_verifier(std::string_view verifier) {
  return verifier.size() >= 43 && verifier.size() <= 128 &&
         std::all_of(verifier.begin(), verifier.end(), is_unreserved);
}

bool is_valid_code_challenge(std::string_view challenge, CodeChallengeMethod method) {
  if (method == CodeChallengeMethod::plain) return is_valid_code_verifier(challenge);
  if (challenge.size() != 43) return false;
  auto decoded = base64::decode_url(challenge);
  return decoded && decoded->size() == 32;
}

bool verify_code_verifier(std::string_view verifier, std::string_view challenge,
                          CodeChallengeMethod method) {
  if (!is_valid_code_verifier(verifier)) return false;
  if (method == CodeChallengeMethod::plain)
    return crypto::constant_time_equals(verifier, challenge);
  return crypto::constant_time_equals(base64::encode_url(crypto::sha256(verifier)), challenge);
}

}  // namespace idp::oauth
