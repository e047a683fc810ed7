#include "oidc/verified_claims_output.hpp"

#include "json/reader.hpp"
#include "oidc/verified_claims.hpp"

namespace idp::oidc {
namespace {

const rapidjson::Value* stored_of(const domain::AuthorizationServer& server,
                                  const domain::User& user) {
  if (!server.verified_claims_supported || !user.verified_claims) return nullptr;
  const rapidjson::Value& stored = user.verified_claims->value();
  return stored.IsObject() || stored.IsArray() ? &stored : nullptr;
}

VerifiedClaimsSelection selection_of(const domain::AuthorizationServer& server, std::int64_t now) {
  return {now, &server.claims_in_verified_claims_supported};
}

void put(rapidjson::Value& claims, Allocator& a, std::optional<rapidjson::Value> selected) {
  if (!selected) return;
  if (auto it = claims.FindMember("verified_claims"); it != claims.MemberEnd())
    it->value = std::move(*selected);
  else
    claims.AddMember("verified_claims", std::move(*selected), a);
}

// The verified_claims member of the claims parameter's `target` ("id_token" / "userinfo"),
// copied into `doc`; null when there is none. The parameter was checked when it was received.
const rapidjson::Value* requested(rapidjson::Document& doc, std::string_view claims_request,
                                  const char* target) {
  if (claims_request.empty()) return nullptr;
  auto parsed = json::parse(claims_request);
  if (!parsed || !parsed->IsObject()) return nullptr;
  doc = std::move(*parsed);
  auto it = doc.FindMember(target);
  if (it == doc.MemberEnd() || !it->value.IsObject()) return nullptr;
  auto vc = it->value.FindMember("verified_claims");
  return vc == it->value.MemberEnd() ? nullptr : &vc->value;
}

std::optional<rapidjson::Value> by_scopes(const domain::AuthorizationServer& server,
                                          const rapidjson::Value& stored,
                                          const std::vector<std::string>& scopes, std::int64_t now,
                                          Allocator& a) {
  rapidjson::Document scratch;
  auto request = scope_verified_claims_request(scopes, scratch.GetAllocator());
  if (!request) return std::nullopt;
  return select_verified_claims(*request, stored, selection_of(server, now), a);
}

}  // namespace

void add_id_token_verified_claims(rapidjson::Value& claims, Allocator& a,
                                  const domain::AuthorizationServer& server,
                                  const domain::User& user, std::string_view claims_request,
                                  std::int64_t now) {
  const rapidjson::Value* stored = stored_of(server, user);
  if (!stored) return;
  rapidjson::Document doc;
  if (const rapidjson::Value* request = requested(doc, claims_request, "id_token"))
    put(claims, a, select_verified_claims(*request, *stored, selection_of(server, now), a));
}

void add_userinfo_verified_claims(rapidjson::Value& claims, Allocator& a,
                                  const domain::AuthorizationServer& server,
                                  const domain::User& user, std::string_view claims_request,
                                  const std::vector<std::string>& scopes, std::int64_t now) {
  const rapidjson::Value* stored = stored_of(server, user);
  if (!stored) return;
  rapidjson::Document doc;
  if (const rapidjson::Value* request = requested(doc, claims_request, "userinfo"))
    put(claims, a, select_verified_claims(*request, *stored, selection_of(server, now), a));
  else if (wants_access_token_verified_claims(server, scopes))
    put(claims, a, by_scopes(server, *stored, scopes, now, a));
}

bool wants_access_token_verified_claims(const domain::AuthorizationServer& server,
                                        const std::vector<std::string>& scopes) {
  return server.verified_claims_supported &&
         server.extension.access_token_selective_verified_claims &&
         has_verified_claims_scope(scopes);
}

std::optional<rapidjson::Value> access_token_verified_claims(
    const domain::AuthorizationServer& server, const domain::User& user,
    const std::vector<std::string>& scopes, std::int64_t now, Allocator& a) {
  const rapidjson::Value* stored = stored_of(server, user);
  if (!stored || !wants_access_token_verified_claims(server, scopes)) return std::nullopt;
  return by_scopes(server, *stored, scopes, now, a);
}

}  // namespace idp::oidc
