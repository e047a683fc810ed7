#include "control/management/identity_verification_management.hpp"

#include "base/strings.hpp"
#include "identity/application.hpp"
#include "identity/result_view.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

constexpr std::string_view k_application_read = "idp:identity-verification-application:read";
constexpr std::string_view k_application_delete = "idp:identity-verification-application:delete";
constexpr std::string_view k_result_read = "idp:identity-verification-result:read";

std::string param(const ManagementCall& call, std::string_view name) {
  return std::string(call.query.get(name).value_or(""));
}

std::optional<http::Response> bad_uuid(const ManagementCall& call,
                                       std::initializer_list<std::string_view> names) {
  for (auto name : names)
    if (auto v = call.query.get(name); v && !v->empty() && !is_uuid(*v))
      return http::Response::error(400, "invalid_request", std::string(name) + " must be a UUID");
  return std::nullopt;
}

http::Response item_answer(const rapidjson::Value& item) {
  http::Response r = http::Response::json(200, json::write(item));
  r.mark_token_bearing();
  return r;
}

}  // namespace

http::Response list_verification_applications(const ManagementCall& call,
                                              std::string_view tenant_id) {
  if (auto denied = require(call, k_application_read)) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  if (auto bad = bad_uuid(call, {"id", "user_id"})) return *bad;
  auto from = query_time(call, "from");
  if (!from) return from.error();
  auto to = query_time(call, "to");
  if (!to) return to.error();
  ports::IdentityVerificationApplicationQuery q;
  q.user_id = param(call, "user_id");
  q.id = param(call, "id");
  q.verification_type = param(call, "type");
  q.client_id = param(call, "client_id");
  q.status = param(call, "status");
  q.external_application_id = param(call, "external_application_id");
  q.from = from->value_or(0) * 1000;
  q.to = to->value_or(0) * 1000;
  q.limit = call.limit;
  q.offset = call.offset;
  std::int64_t total = 0;
  auto rows = call.uow.identity_verification_applications().list(tenant->tenant_id, q, total);
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
  return item_answer(identity::Application(*row).to_json(tenant->tenant_id, doc.GetAllocator()));
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
  if (auto bad = bad_uuid(call, {"id", "user_id", "application_id"})) return *bad;
  auto from = query_time(call, "verified_at_from");
  if (!from) return from.error();
  auto to = query_time(call, "verified_at_to");
  if (!to) return to.error();
  ports::IdentityVerificationResultQuery q;
  q.user_id = param(call, "user_id");
  q.id = param(call, "id");
  q.verification_type = param(call, "type");
  q.application_id = param(call, "application_id");
  q.source = param(call, "source");
  q.verified_at_from = from->value_or(0) * 1000;
  q.verified_at_to = to->value_or(0) * 1000;
  q.limit = call.limit;
  q.offset = call.offset;
  std::int64_t total = 0;
  auto rows = call.uow.identity_verification_results().list(tenant->tenant_id, q, total);
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
  return item_answer(identity::result_json(*row, tenant->tenant_id, doc.GetAllocator()));
}

}  // namespace idp::control
