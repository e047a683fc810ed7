#include "identity/result_view.hpp"

#include "identity/application.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::identity {

rapidjson::Value result_json(const ports::IdentityVerificationResultRecord& r,
                             const std::string& tenant_id, rapidjson::Document::AllocatorType& a) {
  rapidjson::Value v(rapidjson::kObjectType);
  auto stored = [&](const std::string& text) {
    auto doc = json::parse(text);
    return doc ? rapidjson::Value(*doc, a) : rapidjson::Value(rapidjson::kObjectType);
  };
  v.AddMember("id", json::string_value(r.id, a), a);
  v.AddMember("type", json::string_value(r.verification_type, a), a);
  v.AddMember("tenant_id", json::string_value(tenant_id, a), a);
  v.AddMember("user_id", json::string_value(r.user_id, a), a);
  if (!r.application_id.empty())
    v.AddMember("application_id", json::string_value(r.application_id, a), a);
  v.AddMember("verified_claims", stored(r.verified_claims), a);
  v.AddMember("verified_at", json::string_value(local_date_time(r.verified_at), a), a);
  if (r.valid_until)
    v.AddMember("verified_until", json::string_value(local_date_time(r.valid_until), a), a);
  v.AddMember("source", json::string_value(r.source, a), a);
  if (!r.source_details.empty()) v.AddMember("source_details", stored(r.source_details), a);
  if (!r.attributes.empty()) v.AddMember("attributes", stored(r.attributes), a);
  return v;
}

rapidjson::Document results_json(const std::vector<ports::IdentityVerificationResultRecord>& rows,
                                 const std::string& tenant_id) {
  rapidjson::Document list(rapidjson::kArrayType);
  for (const auto& row : rows)
    list.PushBack(result_json(row, tenant_id, list.GetAllocator()), list.GetAllocator());
  return list;
}

rapidjson::Document applications_json(
    const std::vector<ports::IdentityVerificationApplicationRecord>& rows,
    const std::string& tenant_id) {
  rapidjson::Document list(rapidjson::kArrayType);
  for (const auto& row : rows)
    list.PushBack(Application(row).to_json(tenant_id, list.GetAllocator()), list.GetAllocator());
  return list;
}

}  // namespace idp::identity
