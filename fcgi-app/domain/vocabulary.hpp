#pragma once
// The protocol vocabularies configuration values are checked against: one table per registry
// (grant types, client authentication methods, JWA algorithms …), so that a typo in a
// configuration is refused with the list of what is accepted instead of failing at request time.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/field_reader.hpp"

namespace idp::domain::vocabulary {

const json::Choices& grant_types();          // RFC 6749, CIBA, RFC 7523
const json::Choices& response_types();       // space-separated: code token id_token vp_token | none
const json::Choices& response_modes();       // OAuth response modes, JARM, direct_post
const json::Choices& client_auth_methods();  // token_endpoint_auth_method values
const json::Choices& subject_types();        // public, pairwise
const json::Choices& code_challenge_methods();  // RFC 7636
const json::Choices& delivery_modes();          // CIBA poll, ping, push
const json::Choices& display_values();          // OIDC Core 3.1.2.1
const json::Choices& claim_types();             // OIDC Core 5.6
const json::Choices& jws_algorithms();          // RFC 7518 3.1, RFC 8037, RFC 8812
const json::Choices& jwe_key_algorithms();      // RFC 7518 4.1
const json::Choices& jwe_content_algorithms();  // RFC 7518 5.1

// Why `text` is not a JWK Set document (a JSON object with a "keys" array), or nothing when it is.
// The keys themselves are not interpreted here.
std::optional<std::string> jwk_set_problem(std::string_view text);

// "openid profile  email" -> {"openid", "profile", "email"}.
std::vector<std::string> split_scope(std::string_view scope);

}  // namespace idp::domain::vocabulary
