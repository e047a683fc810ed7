#include "control/management/identity_verification_management.hpp"

#include "base/strings.hpp"
#include "control/management_error.hpp"
#include "identity/application.hpp"
#include "identity/list_query.hpp"
#include "identity/result_view.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

constexpr std::string_view k_application_read = "idp:identity-verification-application:read";
constexpr std::string_view k_application_delete = "idp:identity-verification-application:delete";
constexpr std::string_view k_result_read = "idp:identity-verification-result:read";

// The user filter and the period, which only the management lists have: `q`'s user_id and its
// times in Unix milliseconds (management_call checked their form).
template <class Query>
std::optional<http::Response> add_user_and_period(const ManagementCall& call, Query& q,
                                                  const char* from_name, const char* to_name,
                                                  std::int64_t& from, std::int64_t& to) {
  q.user_id = std::string(call.query.get("user_id").value_or(""));
  if (!q.user_id.empty() && !is_uuid(q.user_id))
    return management_error(400, "invalid_request", "user_id must be a UUID");
  for (auto [name, out] : {std::pair{from_name, &from}, std::pair{to_name, &to}}) {
    auto t = query_time(call, name);
    if (!t) return t.error();
    *out = t->value_or(0) * 1000;
  }
  q.limit = call.limit;
  q.offset = call.offset;
  return std::nullopt;
}

}  // namespace

http::Response list_verification_applications(const ManagementCall& call,
                                              std::string_view tenant_id) {
  if (auto denied = require(call, k_application_read)) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto q = identity::application_query(call.query);
  if (!q) return management_error(400, "invalid_request", q.error());
  if (auto bad = add_user_and_period(call, *q, "from", "to", q->from, q->to)) return *bad;
  std::int64_t total = 0;
  auto rows = call.uow.identity_verification_applications().list(tenant->tenant_id, *q, total);
  auto list = identity::applications_json(rows, tenant->tenant_id);
  return list_answer(call, list, total);
}

http::Response get_verification_application(const ManagementCall& call, std::string_view tenant_id,
                                            std::string_view id) {
  if (auto denied = require(call, k_application_read)) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto row = is_uuid(id) ? call.uow.identity_verification_applications().find(tenant->tenant_id, id)
                         : std::nullopt;
  if (!row) return not_found("identity verification application");
  rapidjson::Document doc;
  return json_answer(
      json::write(identity::Application(*row).to_json(tenant->tenant_id, doc.GetAllocator())));
}

http::Response delete_verification_application(const ManagementCall& call,
                                               std::string_view tenant_id, std::string_view id) {
  if (auto denied = require(call, k_application_delete)) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto& applications = call.uow.identity_verification_applications();
  auto row = is_uuid(id) ? applications.find(tenant->tenant_id, id) : std::nullopt;
  if (!row) return not_found("identity verification application");
  rapidjson::Document doc;
  std::string before =
      json::write(identity::Application(*row).to_json(tenant->tenant_id, doc.GetAllocator()));
  if (!call.dry_run) applications.remove(tenant->tenant_id, id);
  record(call, {tenant->tenant_id, "identity_verification_application", std::string(id), "delete",
                before, ""});
  return delete_answer(call, "id", id);
}

http::Response list_verification_results(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, k_result_read)) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto q = identity::result_query(call.query);
  if (!q) return management_error(400, "invalid_request", q.error());
  if (auto bad = add_user_and_period(call, *q, "verified_at_from", "verified_at_to",
                                     q->verified_at_from, q->verified_at_to))
    return *bad;
  std::int64_t total = 0;
  auto rows = call.uow.identity_verification_results().list(tenant->tenant_id, *q, total);
  auto list = identity::results_json(rows, tenant->tenant_id);
  return list_answer(call, list, total);
}

http::Response get_verification_result(const ManagementCall& call, std::string_view tenant_id,
                                       std::string_view id) {
  if (auto denied = require(call, k_result_read)) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto row = is_uuid(id) ? call.uow.identity_verification_results().find(tenant->tenant_id, id)
                         : std::nullopt;
  if (!row) return not_found("identity verification result");
  rapidjson::Document doc;
  return json_answer(
      json::write(identity::result_json(*row, tenant->tenant_id, doc.GetAllocator())));
}

}  // namespace idp::control
