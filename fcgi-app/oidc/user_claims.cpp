#include "oidc/user_claims.hpp"

#include <algorithm>

#include "domain/stored.hpp"
#include "json/writer.hpp"

namespace idp::oidc {
namespace {

using Text = std::optional<std::string> domain::User::*;

struct TextClaim {
  const char* name;
  Text member;
};

constexpr TextClaim k_profile[] = {
    {"name", &domain::User::name},
    {"family_name", &domain::User::family_name},
    {"given_name", &domain::User::given_name},
    {"middle_name", &domain::User::middle_name},
    {"nickname", &domain::User::nickname},
    {"preferred_username", &domain::User::preferred_username},
    {"profile", &domain::User::profile},
    {"picture", &domain::User::picture},
    {"website", &domain::User::website},
    {"gender", &domain::User::gender},
    {"birthdate", &domain::User::birthdate},
    {"zoneinfo", &domain::User::zoneinfo},
    {"locale", &domain::User::locale},
};

void add_text(rapidjson::Value& claims, rapidjson::Document::AllocatorType& a, const char* name,
              const std::optional<std::string>& value) {
  if (value) claims.AddMember(rapidjson::StringRef(name), json::string_value(*value, a), a);
}

bool has(const std::vector<std::string>& scopes, const char* scope) {
  return std::find(scopes.begin(), scopes.end(), scope) != scopes.end();
}

}  // namespace

std::optional<domain::User> find_user(ports::UnitOfWork& uow, const std::string& tenant_id,
                                      const std::string& sub) {
  auto row = uow.users().find(tenant_id, sub);
  if (!row) return std::nullopt;
  auto user = domain::parse_stored(row->payload, "user", domain::parse_user);
  user.sub = sub;
  return user;
}

void add_scope_claims(rapidjson::Value& claims, rapidjson::Document::AllocatorType& a,
                      const domain::User& user, const std::vector<std::string>& scopes) {
  if (has(scopes, "profile"))
    for (const auto& c : k_profile) add_text(claims, a, c.name, user.*c.member);
  if (has(scopes, "email") && user.email) {
    add_text(claims, a, "email", user.email);
    claims.AddMember("email_verified", user.email_verified, a);
  }
  if (has(scopes, "phone") && user.phone_number) {
    add_text(claims, a, "phone_number", user.phone_number);
    claims.AddMember("phone_number_verified", user.phone_number_verified, a);
  }
  if (has(scopes, "address") && user.address) {
    rapidjson::Value address(rapidjson::kObjectType);
    const auto& ad = *user.address;
    add_text(address, a, "formatted", ad.formatted);
    add_text(address, a, "street_address", ad.street_address);
    add_text(address, a, "locality", ad.locality);
    add_text(address, a, "region", ad.region);
    add_text(address, a, "postal_code", ad.postal_code);
    add_text(address, a, "country", ad.country);
    claims.AddMember("address", address, a);
  }
}

}  // namespace idp::oidc
