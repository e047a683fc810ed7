#include "identity/approval.hpp"

#include <stdexcept>

#include "domain/user.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::identity {
namespace {

void overlay(rapidjson::Value& target, const rapidjson::Value& source,
             rapidjson::Document::AllocatorType& a, int depth) {
  for (const auto& m : source.GetObject()) {
    auto it = target.FindMember(m.name);
    if (it == target.MemberEnd()) {
      target.AddMember(rapidjson::Value(m.name, a), rapidjson::Value(m.value, a), a);
    } else if (depth > 0 && it->value.IsObject() && m.value.IsObject()) {
      overlay(it->value, m.value, a, depth - 1);
    } else if (!m.value.IsNull()) {
      it->value.CopyFrom(m.value, a);
    }
  }
}

// Rules whose source was missing map to null (idp-server writes them so), and the objects and
// arrays built around them stay empty. A verified claim without a value is no claim (OIDC Core
// §5.3.2 omits what is not there): such members and the shells left of them go.
bool is_empty(const rapidjson::Value& v) {
  return v.IsNull() || (v.IsObject() && v.MemberCount() == 0) || (v.IsArray() && v.Empty());
}

void prune(rapidjson::Value& v) {
  if (v.IsObject()) {
    for (auto it = v.MemberBegin(); it != v.MemberEnd();) {
      prune(it->value);
      it = is_empty(it->value) ? v.EraseMember(it) : it + 1;
    }
  } else if (v.IsArray()) {
    for (auto it = v.Begin(); it != v.End();) {
      prune(*it);
      it = is_empty(*it) ? v.Erase(it) : it + 1;
    }
  }
}

}  // namespace

rapidjson::Document combine_verified_claims(const rapidjson::Value& stored,
                                            const rapidjson::Value& incoming,
                                            VerifiedClaimsPolicy policy) {
  rapidjson::Document out(rapidjson::kObjectType);
  auto& a = out.GetAllocator();
  if (policy == VerifiedClaimsPolicy::replace || !stored.IsObject()) {
    if (incoming.IsObject()) out.CopyFrom(incoming, a);
    return out;
  }
  out.CopyFrom(stored, a);
  if (incoming.IsObject()) overlay(out, incoming, a, policy == VerifiedClaimsPolicy::deep_merge);
  return out;
}

std::string record_verified_claims(ports::UnitOfWork& uow, const std::string& tenant_id,
                                   const VerificationConfiguration& config,
                                   const ApprovalTarget& target,
                                   const rapidjson::Value& verified_claims,
                                   const rapidjson::Value& source_details,
                                   VerifiedClaimsPolicy policy, std::int64_t now_ms,
                                   const std::string& result_id) {
  ports::IdentityVerificationResultRecord result;
  result.id = result_id;
  result.user_id = target.user_id;
  result.application_id = target.application_id;
  result.verification_type = config.type;
  rapidjson::Document claims(rapidjson::kObjectType);
  if (verified_claims.IsObject()) claims.CopyFrom(verified_claims, claims.GetAllocator());
  prune(claims);
  result.verified_claims = json::write(claims);
  result.verified_at = now_ms;
  result.source = target.source;
  if (source_details.IsObject() && source_details.MemberCount() > 0)
    result.source_details = json::write(source_details);
  if (config.attributes.is_object()) result.attributes = json::write(config.attributes.value());
  uow.identity_verification_results().insert(tenant_id, result);

  auto record = uow.users().find(tenant_id, target.user_id);
  if (!record) throw std::runtime_error("the user of an identity verification disappeared");
  auto payload = json::parse(record->payload);
  if (!payload) throw std::runtime_error("a stored user is not JSON");
  auto user = domain::parse_user(*payload);
  if (!user) throw std::runtime_error("a stored user no longer parses: " + user.error());

  rapidjson::Document stored(rapidjson::kNullType);
  if (user->verified_claims) stored.CopyFrom(user->verified_claims->value(), stored.GetAllocator());
  bool changes_claims = policy == VerifiedClaimsPolicy::replace || claims.MemberCount() > 0;
  if (changes_claims)
    user->verified_claims =
        json::FrozenJson::copy_of(combine_verified_claims(stored, claims, policy));
  if (config.result.user_status != "KEEP") {
    for (const auto& entry : domain::k_user_status_names)
      if (entry.name == config.result.user_status) user->status = entry.value;
  }
  record->payload = domain::to_json(*user, /*include_secrets=*/false);
  if (user->status)
    record->status = std::string(json::name_of(domain::k_user_status_names, *user->status));
  record->hashed_password.clear();  // keeps the stored one
  uow.users().upsert(tenant_id, *record);
  return result.id;
}

}  // namespace idp::identity
