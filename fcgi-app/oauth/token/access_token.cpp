#include "oauth/token/access_token.hpp"

#include <rapidjson/document.h>

#include "base/strings.hpp"
#include "crypto/digest.hpp"
#include "crypto/random.hpp"
#include "domain/token_policy.hpp"
#include "jose/jws.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "oauth/token/id_token_issuer.hpp"

namespace idp::oauth {
namespace {

std::string hex(std::string_view bytes) {
  static constexpr char k_digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out += k_digits[c >> 4];
    out += k_digits[c & 15];
  }
  return out;
}

// The key that signs access tokens: extension.token_signed_key_id, else the first signing key.
const jose::Jwk* signing_key(const EndpointContext& ctx) {
  const std::string& kid = ctx.server.extension.token_signed_key_id;
  if (!kid.empty()) return ctx.server_keys.find(kid);
  for (const auto& key : ctx.server_keys.keys())
    if (key.has_private() && key.use() != "enc" && key.kty() != jose::KeyType::oct) return &key;
  return nullptr;
}

std::optional<crypto::SignatureAlg> algorithm_of(const jose::Jwk& key) {
  if (!key.alg().empty()) return crypto::signature_alg_from_string(key.alg());
  switch (key.kty()) {
    case jose::KeyType::rsa:
      return crypto::SignatureAlg::rs256;
    case jose::KeyType::ec:
      return crypto::SignatureAlg::es256;
    case jose::KeyType::okp:
      return crypto::SignatureAlg::eddsa;
    case jose::KeyType::oct:
      return std::nullopt;
  }
  return std::nullopt;
}

// RFC 9068 §2.2: iss, exp, aud, sub, client_id, iat, jti, and scope; verified_claims (JSON, "" for
// none) as idp-server's access_token_selective_verified_claims selected them.
std::string jwt_claims(const EndpointContext& ctx, const Grant& grant, const std::string& jti,
                       std::int64_t exp, const std::string& scope,
                       const std::string& verified_claims) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  doc.AddMember("iss", json::string_value(ctx.server.issuer, a), a);
  doc.AddMember(
      "sub",
      json::string_value(grant.user_sub.empty() ? grant.client.client_id : grant.user_sub, a), a);
  doc.AddMember("aud", json::string_value(ctx.server.issuer, a), a);
  doc.AddMember("client_id", json::string_value(grant.client.client_id, a), a);
  doc.AddMember("iat", ctx.now, a);
  doc.AddMember("exp", exp, a);
  doc.AddMember("jti", json::string_value(jti, a), a);
  if (!scope.empty()) doc.AddMember("scope", json::string_value(scope, a), a);
  if (!verified_claims.empty())
    if (auto selected = json::parse(verified_claims))
      doc.AddMember("verified_claims", rapidjson::Value(*selected, a), a);
  return json::write(doc);
}

// OIDC4IDA §5.1 names access tokens as a channel for verified_claims; idp-server's
// access_token_selective_verified_claims fills it from the verified_claims:<claim> scopes. The
// oidc layer selects them (it knows the End-User); "" for none.
std::string verified_claims_of(const EndpointContext& ctx, const Grant& grant) {
  if (grant.user_sub.empty() || ctx.id_tokens == nullptr) return {};
  return ctx.id_tokens->access_token_verified_claims(ctx, grant.user_sub, grant.scopes);
}

}  // namespace

std::string token_hash(std::string_view token) {
  return hex(crypto::sha256(token));
}

OAuthResult<TokenRequestResult> issue_tokens(const EndpointContext& ctx, const Grant& grant) {
  const domain::TokenPolicy policy = domain::token_policy(ctx.server, grant.client);
  auto& random = crypto::system_random();
  ports::TokenRecord record;
  record.id = random.uuid_v4();
  record.grant_id = grant.grant_id.empty() ? record.id : grant.grant_id;
  record.client_id = grant.client.client_id;
  record.user_sub = grant.user_sub;
  record.scope = join(grant.scopes);
  record.grant_type = grant.grant_type;
  record.issued_at = ctx.now;
  record.claims = grant.claims;
  record.access_token_expires_at = ctx.now + policy.access_token_duration;

  const std::string verified_claims = verified_claims_of(ctx, grant);
  TokenRequestResult result;
  result.token_id = record.id;
  result.expires_in = policy.access_token_duration;
  result.scope = record.scope;
  if (policy.access_token_type == domain::AccessTokenType::jwt) {
    const jose::Jwk* key = signing_key(ctx);
    auto alg = key ? algorithm_of(*key) : std::nullopt;
    if (!key || !alg)
      return oauth_fail(OAuthErrorCode::server_error, "no key to sign access tokens is configured");
    std::string claims = jwt_claims(ctx, grant, record.id, record.access_token_expires_at,
                                    record.scope, verified_claims);
    auto jwt = jose::sign_compact(claims, *key, *alg, {.typ = "at+jwt"});
    if (!jwt) return oauth_fail(OAuthErrorCode::server_error, "access token signing failed");
    result.access_token = std::move(*jwt);
    record.payload = claims;
  } else {
    result.access_token = random.random_token(32);
    // Kept with the opaque token as idp-server keeps its custom claims (for introspection).
    if (!verified_claims.empty()) {
      std::string payload = "{\"verified_claims\":";
      payload += verified_claims;
      payload += '}';
      record.payload = std::move(payload);
    }
  }
  record.access_token_hash = token_hash(result.access_token);
  if (grant.with_refresh_token) {
    result.refresh_token = random.random_token(32);
    record.refresh_token_hash = token_hash(result.refresh_token);
    record.refresh_token_expires_at = grant.refresh_token_expires_at > 0
                                          ? grant.refresh_token_expires_at
                                          : ctx.now + policy.refresh_token_duration;
  }
  // A client_credentials token stands alone (no code, session or older token changes with it),
  // so it may share a commit with other requests' tokens.
  if (ctx.token_ledger != nullptr && grant.grant_type == "client_credentials")
    ctx.token_ledger->record(ctx.tenant_id, record);
  else
    ctx.uow.tokens().insert(ctx.tenant_id, record);
  return result;
}

http::Response token_response(const TokenRequestResult& result) {
  rapidjson::Document doc(rapidjson::kObjectType);
  auto& a = doc.GetAllocator();
  doc.AddMember("access_token", json::string_value(result.access_token, a), a);
  doc.AddMember("token_type", "Bearer", a);
  doc.AddMember("expires_in", result.expires_in, a);
  if (!result.scope.empty()) doc.AddMember("scope", json::string_value(result.scope, a), a);
  if (!result.refresh_token.empty())
    doc.AddMember("refresh_token", json::string_value(result.refresh_token, a), a);
  if (!result.id_token.empty())
    doc.AddMember("id_token", json::string_value(result.id_token, a), a);
  http::Response r = http::Response::json(200, json::write(doc));
  r.mark_token_bearing();
  return r;
}

}  // namespace idp::oauth
