#include "control/management/organization_management.hpp"

#include "base/strings.hpp"
#include "control/management/body_schemas.hpp"
#include "control/management_error.hpp"
#include "control/provisioning.hpp"
#include "domain/initialization.hpp"
#include "domain/stored.hpp"
#include "domain/system_configuration.hpp"
#include "http/body.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {}  // namespace

http::Response onboard(const ManagementCall& call) {
  if (auto denied = require(call, "idp:organization:create")) return *denied;
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  auto init = domain::parse_initialization(*body);
  Change change{call.caller.tenant_id, "organization", "", "create", "", ""};
  std::vector<Status> checks;
  for (auto [member, schema] :
       {std::pair{"organization", "organization"}, std::pair{"tenant", "tenant"},
        std::pair{"authorization_server", "authorization-server"}, std::pair{"client", "client"},
        std::pair{"user", "user"}})
    if (auto it = body->FindMember(member); it != body->MemberEnd())
      checks.push_back(check_body(schema, it->value, std::string(member) + "."));
  if (!init) checks.push_back(fail(init.error()));
  auto checked = all_of(checks);
  std::string problem = checked ? "" : checked.error();
  if (init && problem.empty()) {
    change.resource_id = init->organization.id;
    if (auto ok = prepare_provisioning(*init, domain::TenantType::organizer); !ok)
      problem = ok.error();
  }
  if (!problem.empty()) {
    record(call, change, problem);
    return invalid_request(problem);
  }
  if (call.uow.organizations().find(init->organization.id) ||
      call.uow.tenants().find(init->tenant.id)) {
    record(call, change, "the organization or its tenant already exists");
    return management_error(409, "conflict", "the organization or its tenant already exists");
  }
  change.after = provisioning_answer(*init, false);
  if (!call.dry_run) {
    if (auto ok = provision(call.uow, *init); !ok) {
      record(call, change, ok.error());
      return invalid_request(ok.error());
    }
    change.tenant_id = init->tenant.id;
  }
  record(call, change);
  http::Response r =
      http::Response::json(call.dry_run ? 200 : 201, provisioning_answer(*init, call.dry_run));
  r.mark_token_bearing();
  return r;
}

http::Response get_organization(const ManagementCall& call, std::string_view organization_id) {
  if (auto denied = require(call, "idp:organization:read")) return *denied;
  auto organization =
      is_uuid(organization_id) ? call.uow.organizations().find(organization_id) : std::nullopt;
  if (!organization) return not_found("organization");
  auto doc = domain::stored_object(organization->payload, "organization");
  auto& a = doc.GetAllocator();
  rapidjson::Value tenants(rapidjson::kArrayType);
  for (const auto& t : call.directory.tenants_of_organization(organization_id)) {
    rapidjson::Value item(rapidjson::kObjectType);
    item.AddMember("id", json::string_value(t.tenant_id, a), a);
    item.AddMember("name", json::string_value(t.name, a), a);
    item.AddMember("type", json::string_value(t.tenant_type, a), a);
    tenants.PushBack(item, a);
  }
  doc.RemoveMember("assigned_tenants");
  doc.AddMember("assigned_tenants", tenants, a);
  return json_answer(json::write(doc));
}

http::Response delete_organization(const ManagementCall& call, std::string_view organization_id) {
  if (auto denied = require(call, "idp:organization:delete")) return *denied;
  auto organization =
      is_uuid(organization_id) ? call.uow.organizations().find(organization_id) : std::nullopt;
  if (!organization) return not_found("organization");
  auto tenants = call.directory.tenants_of_organization(organization_id);
  Change change{
      call.caller.tenant_id, "organization", organization->id, "delete", organization->payload, ""};
  for (const auto& t : tenants)
    if (t.tenant_type == "ADMIN") {
      record(call, change, "the organization of the ADMIN tenant cannot be deleted");
      return management_error(400, "invalid_request",
                              "the organization of the ADMIN tenant cannot be deleted");
    }
  if (!call.dry_run) {
    for (const auto& t : tenants) call.uow.tenants().remove(t.tenant_id);
    call.uow.organizations().remove(organization->id);
  }
  record(call, change);
  return delete_answer(call, "organization_id", organization->id);
}

http::Response get_system_configuration(const ManagementCall& call) {
  if (auto denied = require(call, "idp:system:read")) return *denied;
  auto stored = call.uow.system().configuration();
  domain::SystemConfiguration configuration;
  if (stored)
    configuration =
        domain::parse_stored(*stored, "system configuration", domain::parse_system_configuration);
  return json_answer(domain::to_json(configuration, false));
}

http::Response replace_system_configuration(const ManagementCall& call) {
  if (auto denied = require(call, "idp:system:write")) return *denied;
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  auto configuration = domain::parse_system_configuration(*body);
  Change change{call.caller.tenant_id,
                "system_configuration",
                "system",
                "update",
                call.uow.system().configuration().value_or(""),
                ""};
  if (!configuration) {
    record(call, change, configuration.error());
    return invalid_request(configuration.error());
  }
  change.after = domain::to_json(*configuration, false);
  if (!call.dry_run) call.uow.system().save_configuration(change.after);
  record(call, change);
  return write_answer(200, call, change.after, &change);
}

}  // namespace idp::control
