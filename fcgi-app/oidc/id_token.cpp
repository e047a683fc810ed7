#include "oidc/id_token.hpp"

#include <rapidjson/document.h>

#include "base/base64.hpp"
#include "crypto/digest.hpp"
#include "domain/token_policy.hpp"
#include "jose/jws.hpp"
#include "json/writer.hpp"
#include "oauth/authorization/claims_request.hpp"
#include "oidc/user_claims.hpp"
#include "oidc/verified_claims_output.hpp"

namespace idp::oidc {
namespace {

bool fits(const jose::Jwk& key, crypto::SignatureAlg alg) {
  std::string_view name = crypto::to_string(alg);
  if (!key.has_private() || key.use() == "enc") return false;
  if (!key.alg().empty()) return key.alg() == name;
  switch (key.kty()) {
    case jose::KeyType::rsa:
      return name[0] == 'R' || name[0] == 'P';
    case jose::KeyType::ec:
      return name[0] == 'E' && name != "EdDSA";
    case jose::KeyType::okp:
      return name == "EdDSA";
    case jose::KeyType::oct:
      return false;
  }
  return false;
}

const jose::Jwk* signing_key(const IdTokenInput& in, crypto::SignatureAlg alg) {
  const std::string& kid = in.server.extension.id_token_signed_key_id;
  if (!kid.empty())
    if (const jose::Jwk* key = in.keys.find(kid); key && fits(*key, alg)) return key;
  for (const auto& key : in.keys.keys())
    if (fits(key, alg)) return &key;
  return nullptr;
}

// The client's id_token_signed_response_alg; when it registered none, RS256 (the OIDC
// Registration §2 default) if the server has a key for it, else the alg of the key the server
// names for ID tokens (extension.id_token_signed_key_id), as idp-server does for servers with
// EC keys only.
std::string id_token_alg(const IdTokenInput& in) {
  if (in.client.id_token_signed_response_alg) return *in.client.id_token_signed_response_alg;
  if (signing_key(in, crypto::SignatureAlg::rs256)) return "RS256";
  const std::string& kid = in.server.extension.id_token_signed_key_id;
  if (!kid.empty())
    if (const jose::Jwk* key = in.keys.find(kid); key && !key->alg().empty()) return key->alg();
  return "RS256";
}

}  // namespace

std::string half_hash(std::string_view alg, std::string_view value) {
  std::string digest = alg.ends_with("384")   ? crypto::sha384(value)
                       : alg.ends_with("512") ? crypto::sha512(value)
                                              : crypto::sha256(value);
  return base64::encode_url(std::string_view(digest).substr(0, digest.size() / 2));
}

Expected<std::string> issue_id_token(const IdTokenInput& in) {
  auto alg = crypto::signature_alg_from_string(id_token_alg(in));
  if (!alg) return fail("unsupported id_token_signed_response_alg");
  const jose::Jwk* key = signing_key(in, *alg);
  if (!key) return fail("no key to sign ID tokens with " + std::string(crypto::to_string(*alg)));

  const auto policy = domain::token_policy(in.server, in.client);
  rapidjson::Document claims(rapidjson::kObjectType);
  auto& a = claims.GetAllocator();
  claims.AddMember("iss", json::string_value(in.server.issuer, a), a);
  const std::string& sub = in.subject.empty() ? in.user.sub.value_or("") : in.subject;
  claims.AddMember("sub", json::string_value(sub, a), a);
  claims.AddMember("aud", json::string_value(in.client.client_id, a), a);
  claims.AddMember("exp", in.now + policy.id_token_duration, a);
  claims.AddMember("iat", in.now, a);
  if (in.auth_time > 0) claims.AddMember("auth_time", in.auth_time, a);
  if (!in.nonce.empty()) claims.AddMember("nonce", json::string_value(in.nonce, a), a);
  std::string_view alg_name = crypto::to_string(*alg);
  if (!in.access_token.empty())
    claims.AddMember("at_hash", json::string_value(half_hash(alg_name, in.access_token), a), a);
  if (!in.code.empty())
    claims.AddMember("c_hash", json::string_value(half_hash(alg_name, in.code), a), a);
  if (!in.amr.empty()) {
    rapidjson::Value amr(rapidjson::kArrayType);
    std::size_t start = 0;
    while (start < in.amr.size()) {
      std::size_t end = in.amr.find(' ', start);
      if (end == std::string::npos) end = in.amr.size();
      amr.PushBack(json::string_value(std::string_view(in.amr).substr(start, end - start), a), a);
      start = end + 1;
    }
    claims.AddMember("amr", amr, a);
  }
  if (!in.sid.empty()) claims.AddMember("sid", json::string_value(in.sid, a), a);
  if (!in.acr.empty()) claims.AddMember("acr", json::string_value(in.acr, a), a);
  claims.AddMember("azp", json::string_value(in.client.client_id, a), a);
  // Without id_token_strict_mode idp-server puts the scope's claims into the ID token too (seed
  // 004); in strict mode they are only at the UserInfo endpoint (OIDC Core §5.4).
  if (!in.server.extension.id_token_strict_mode)
    add_scope_claims(claims, a, in.user, in.scopes,
                     in.server.extension.custom_claims_scope_mapping);
  // OIDC Core §5.5: what the claims parameter asks for in the ID token, in either mode.
  add_requested_claims(claims, a, in.user, oauth::requested_claim_names(in.claims, "id_token"));
  // OIDC4IDA §6.1: claims.id_token.verified_claims, in either mode as well.
  add_id_token_verified_claims(claims, a, in.server, in.user, in.claims, in.now);
  return jose::sign_compact(json::write(claims), *key, *alg, {.typ = "JWT"});
}

}  // namespace idp::oidc
