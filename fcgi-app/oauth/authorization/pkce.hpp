#pragma once
// Proof Key for Code Exchange (RFC 7636): the code_challenge sent to the authorization endpoint
// and the code_verifier sent to the token endpoint.
#include <optional>
#include <string_view>

namespace idp::oauth {

enum class CodeChallengeMethod { plain, S256 };

// "plain" or "S256" (case-sensitive, RFC 7636 §4.3); nothing for anything else.
std::optional<CodeChallengeMethod> parse_code_challenge_method(std::string_view text);
std::string_view to_string(CodeChallengeMethod method);

// RFC 7636 §4.1: code-verifier = 43*128unreserved, unreserved = ALPHA / DIGIT / "-" / "." / "_" /
// "~".
bool is_valid_code_verifier(std::string_view verifier);

// RFC 7636 §4.2: a plain challenge is a verifier; an S256 challenge is BASE64URL(SHA256(verifier))
// and so exactly 43 base64url characters encoding 32 bytes. Anything else can never match a
// verifier and is refused at the authorization endpoint already.
bool is_valid_code_challenge(std::string_view challenge, CodeChallengeMethod method);

// RFC 7636 §4.6: the verifier is well-formed and transforms into the challenge (constant-time
// comparison).
bool verify_code_verifier(std::string_view verifier, std::string_view challenge,
                          CodeChallengeMethod method);

}  // namespace idp::oauth
