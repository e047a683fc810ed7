#include "identity/list_query.hpp"

#include "base/strings.hpp"
#include "json/writer.hpp"

namespace idp::identity {
namespace {

std::string text(const http::Params& q, std::string_view name) {
  return std::string(q.get(name).value_or(""));
}

Status uuid_or_empty(const std::string& value, std::string_view name) {
  if (value.empty() || is_uuid(value)) return ok_status();
  return fail(std::string(name) + " must be a UUID");
}

}  // namespace

Expected<ports::IdentityVerificationApplicationQuery> application_query(const http::Params& q) {
  ports::IdentityVerificationApplicationQuery query;
  query.id = text(q, "id");
  if (auto ok = uuid_or_empty(query.id, "id"); !ok) return fail(ok.error());
  query.verification_type = text(q, "type");
  query.client_id = text(q, "client_id");
  query.status = text(q, "status");
  query.external_application_id = text(q, "external_application_id");
  constexpr std::string_view k_details = "application_details.";
  rapidjson::Document details(rapidjson::kObjectType);
  auto& a = details.GetAllocator();
  for (const auto& [name, value] : q)
    if (name.starts_with(k_details) && !details.HasMember(name.c_str() + k_details.size()))
      details.AddMember(json::string_value(std::string_view(name).substr(k_details.size()), a),
                        json::string_value(value, a), a);
  query.details = json::write(details);
  return query;
}

Expected<ports::IdentityVerificationResultQuery> result_query(const http::Params& q) {
  ports::IdentityVerificationResultQuery query;
  query.id = text(q, "id");
  query.application_id = text(q, "application_id");
  for (auto [value, name] :
       {std::pair{&query.id, "id"}, std::pair{&query.application_id, "application_id"}})
    if (auto ok = uuid_or_empty(*value, name); !ok) return fail(ok.error());
  query.verification_type = text(q, "type");
  query.source = text(q, "source");
  return query;
}

}  // namespace idp::identity
