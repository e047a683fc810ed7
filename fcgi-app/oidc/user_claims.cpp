#include "oidc/user_claims.hpp"

#include <algorithm>

#include "domain/stored.hpp"
#include "json/writer.hpp"

namespace idp::oidc {
namespace {

using Text = std::optional<std::string> domain::User::*;

struct TextClaim {
  std::string_view name;
  Text member;
};

constexpr TextClaim k_text_claims[] = {
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
    {"email", &domain::User::email},
    {"phone_number", &domain::User::phone_number},
};

// OIDC Core §5.4.
struct ScopeClaims {
  std::string_view scope;
  std::vector<std::string_view> claims;
};
const ScopeClaims k_scope_claims[] = {
    {"profile",
     {"name", "family_name", "given_name", "middle_name", "nickname", "preferred_username",
      "profile", "picture", "website", "gender", "birthdate", "zoneinfo", "locale"}},
    {"email", {"email", "email_verified"}},
    {"address", {"address"}},
    {"phone", {"phone_number", "phone_number_verified"}},
};

constexpr std::string_view k_custom_prefix = "claims:";

rapidjson::Value name_value(std::string_view name, Allocator& a) {
  return json::string_value(name, a);
}

void add_address(rapidjson::Value& claims, Allocator& a, const domain::Address& ad) {
  rapidjson::Value address(rapidjson::kObjectType);
  auto add = [&](const char* name, const std::optional<std::string>& value) {
    if (value) address.AddMember(rapidjson::StringRef(name), json::string_value(*value, a), a);
  };
  add("formatted", ad.formatted);
  add("street_address", ad.street_address);
  add("locality", ad.locality);
  add("region", ad.region);
  add("postal_code", ad.postal_code);
  add("country", ad.country);
  claims.AddMember("address", address, a);
}

// idp-server's claims:<name>: an attribute of the user, or one of its custom_properties.
void add_custom_claim(rapidjson::Value& claims, Allocator& a, const rapidjson::Value& user_json,
                      std::string_view name) {
  if (claims.HasMember(rapidjson::StringRef(name.data(), name.size()))) return;
  const std::string_view attribute = name == "ex_sub" ? "external_user_id" : name;
  const rapidjson::Value* value = nullptr;
  if (auto it = user_json.FindMember(rapidjson::StringRef(attribute.data(), attribute.size()));
      it != user_json.MemberEnd() && attribute != "sub" && attribute != "hashed_password")
    value = &it->value;
  else if (auto props = user_json.FindMember("custom_properties");
           props != user_json.MemberEnd() && props->value.IsObject())
    if (auto it = props->value.FindMember(rapidjson::StringRef(name.data(), name.size()));
        it != props->value.MemberEnd())
      value = &it->value;
  if (value) claims.AddMember(name_value(name, a), rapidjson::Value(*value, a), a);
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

void add_user_claim(rapidjson::Value& claims, Allocator& a, const domain::User& user,
                    std::string_view name) {
  if (name == "sub" || claims.HasMember(rapidjson::StringRef(name.data(), name.size()))) return;
  for (const auto& c : k_text_claims)
    if (c.name == name) {
      if (const auto& value = user.*c.member)
        claims.AddMember(name_value(name, a), json::string_value(*value, a), a);
      return;
    }
  if (name == "email_verified" && user.email)
    claims.AddMember("email_verified", user.email_verified, a);
  else if (name == "phone_number_verified" && user.phone_number)
    claims.AddMember("phone_number_verified", user.phone_number_verified, a);
  else if (name == "address" && user.address)
    add_address(claims, a, *user.address);
}

void add_scope_claims(rapidjson::Value& claims, Allocator& a, const domain::User& user,
                      const std::vector<std::string>& scopes, bool custom_claims_scope_mapping) {
  std::optional<rapidjson::Value> user_json;
  for (const auto& scope : scopes) {
    for (const auto& s : k_scope_claims)
      if (s.scope == scope)
        for (auto name : s.claims) add_user_claim(claims, a, user, name);
    if (custom_claims_scope_mapping && scope.starts_with(k_custom_prefix) &&
        scope.size() > k_custom_prefix.size()) {
      if (!user_json) user_json = domain::to_value(user, a, /*include_secrets=*/false);
      add_custom_claim(claims, a, *user_json,
                       std::string_view(scope).substr(k_custom_prefix.size()));
    }
  }
}

void add_requested_claims(rapidjson::Value& claims, Allocator& a, const domain::User& user,
                          const std::vector<std::string>& names) {
  for (const auto& name : names) add_user_claim(claims, a, user, name);
}

}  // namespace idp::oidc
