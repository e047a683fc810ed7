#include "domain/client_extension.hpp"

#include "domain/json_builder.hpp"
#include "domain/vocabulary.hpp"

namespace idp::domain {
namespace {

constexpr json::IntRange k_duration{1, 2147483647};  // client.json: minimum 1

AvailableFederation read_federation(json::FieldReader& r) {
  const AvailableFederation d;
  AvailableFederation f;
  f.id = r.optional_string("id");
  if (!r.has("type")) r.problem("type", "missing required member");
  f.type = r.enum_or("type", k_federation_type_names, d.type);
  f.sso_provider = r.optional_string("sso_provider");
  f.auto_selected = r.bool_or("auto_selected", d.auto_selected);
  f.issuer = r.optional_string("issuer");
  f.jwt_bearer_grant_enabled = r.bool_or("jwt_bearer_grant_enabled", d.jwt_bearer_grant_enabled);
  f.subject_claim_mapping = r.optional_string("subject_claim_mapping");
  f.jwks_uri = r.optional_string("jwks_uri");
  f.jwks = r.optional_string("jwks");
  if (f.jwks && f.jwks->empty()) f.jwks.reset();
  if (f.jwks) {
    if (auto problem = vocabulary::jwk_set_problem(*f.jwks)) r.problem("jwks", *problem);
  }
  f.jwks_cache_ttl_seconds =
      r.int_or("jwks_cache_ttl_seconds", d.jwks_cache_ttl_seconds, {60, 2147483647});
  f.extra = r.rest();
  return f;
}

rapidjson::Value to_value(const AvailableFederation& f, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  b.optional_string("id", f.id)
      .string("type", json::name_of(k_federation_type_names, f.type))
      .optional_string("sso_provider", f.sso_provider)
      .boolean("auto_selected", f.auto_selected)
      .optional_string("issuer", f.issuer)
      .boolean("jwt_bearer_grant_enabled", f.jwt_bearer_grant_enabled)
      .optional_string("subject_claim_mapping", f.subject_claim_mapping)
      .optional_string("jwks_uri", f.jwks_uri)
      .optional_string("jwks", f.jwks)
      .integer("jwks_cache_ttl_seconds", f.jwks_cache_ttl_seconds)
      .extra(f.extra);
  return b.build();
}

}  // namespace

ClientExtension read_client_extension(json::FieldReader& r) {
  const ClientExtension d;
  ClientExtension e;
  e.access_token_type =
      r.optional_enum("access_token_type", k_access_token_type_names, json::Spelling::any_case);
  e.access_token_duration = r.optional_int("access_token_duration", k_duration);
  e.refresh_token_duration = r.optional_int("refresh_token_duration", k_duration);
  e.id_token_duration = r.optional_int("id_token_duration", k_duration);
  e.authorization_code_valid_duration =
      r.optional_int("authorization_code_valid_duration", k_duration);
  e.refresh_token_strategy = r.optional_enum(
      "refresh_token_strategy", k_refresh_token_strategy_names, json::Spelling::any_case);
  e.rotate_refresh_token = r.optional_bool("rotate_refresh_token");
  e.supported_jar = r.bool_or("supported_jar", d.supported_jar);
  r.for_each_object("available_federations", [&](json::FieldReader& item, std::size_t) {
    e.available_federations.push_back(read_federation(item));
  });
  e.default_ciba_authentication_interaction_type = r.optional_enum(
      "default_ciba_authentication_interaction_type", k_ciba_interaction_type_names);
  e.ciba_require_rar = r.bool_or("ciba_require_rar", d.ciba_require_rar);
  e.custom_properties = r.optional_object("custom_properties");
  e.extra = r.rest();
  return e;
}

rapidjson::Value to_value(const ClientExtension& e, rapidjson::Document::AllocatorType& a) {
  JsonBuilder b(a);
  if (e.access_token_type)
    b.string("access_token_type", json::name_of(k_access_token_type_names, *e.access_token_type));
  b.optional_integer("access_token_duration", e.access_token_duration)
      .optional_integer("refresh_token_duration", e.refresh_token_duration)
      .optional_integer("id_token_duration", e.id_token_duration)
      .optional_integer("authorization_code_valid_duration", e.authorization_code_valid_duration);
  if (e.refresh_token_strategy)
    b.string("refresh_token_strategy",
             json::name_of(k_refresh_token_strategy_names, *e.refresh_token_strategy));
  b.optional_boolean("rotate_refresh_token", e.rotate_refresh_token)
      .boolean("supported_jar", e.supported_jar);
  if (!e.available_federations.empty()) {
    rapidjson::Value list(rapidjson::kArrayType);
    for (const auto& f : e.available_federations) list.PushBack(to_value(f, a), a);
    b.value("available_federations", std::move(list));
  }
  if (e.default_ciba_authentication_interaction_type)
    b.string("default_ciba_authentication_interaction_type",
             json::name_of(k_ciba_interaction_type_names,
                           *e.default_ciba_authentication_interaction_type));
  b.boolean("ciba_require_rar", e.ciba_require_rar)
      .optional_raw("custom_properties", e.custom_properties)
      .extra(e.extra);
  return b.build();
}

}  // namespace idp::domain
