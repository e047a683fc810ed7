#include "control/management/tenant_management.hpp"

#include "base/strings.hpp"
#include "control/config_writer.hpp"
#include "control/management/body_schemas.hpp"
#include "control/management_error.hpp"
#include "control/provisioning.hpp"
#include "domain/authorization_server.hpp"
#include "domain/stored.hpp"
#include "domain/tenant.hpp"
#include "http/body.hpp"
#include "jose/jwks.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace {

domain::Tenant stored_tenant(const ports::TenantRecord& r) {
  return domain::parse_stored(r.payload, "tenant", domain::parse_tenant);
}

// The management API's Tenant (swagger-cp-tenant-ja.yaml) names the type "type".
std::string tenant_json(const domain::Tenant& t) {
  rapidjson::Document doc;
  rapidjson::Value v = domain::to_value(t, doc.GetAllocator(), /*include_secrets=*/false);
  if (auto it = v.FindMember("tenant_type"); it != v.MemberEnd()) {
    rapidjson::Value type(it->value, doc.GetAllocator());
    v.RemoveMember("tenant_type");
    v.AddMember("type", type, doc.GetAllocator());
  }
  return json::write(v);
}

void push(rapidjson::Document& list, const std::string& json_text) {
  auto& a = list.GetAllocator();
  list.PushBack(rapidjson::Value(*json::parse(json_text), a), a);
}

// The organization a new tenant joins: the caller's, or at system level the ADMIN tenant's.
std::string organization_for_new_tenant(const ManagementCall& call) {
  if (call.caller.organization_id) return *call.caller.organization_id;
  auto organizations = call.uow.organizations().organizations_of(call.caller.tenant_id);
  return organizations.empty() ? std::string() : organizations.front();
}

Status check_server_keys(const domain::AuthorizationServer& server) {
  if (server.jwks) return check_jwks(*server.jwks, "authorization_server.jwks");
  return ok_status();
}

// Keys sent without their private members (reads never show them) stand for the stored key of the
// same kid and RFC 7638 thumbprint, so that a key set can be edited: a new key added beside the
// published ones, an old one left out to retire it.
void restore_private_keys(domain::AuthorizationServer& server, const std::string& stored_jwks) {
  auto sent = jose::Jwks::parse(*server.jwks);
  auto stored = jose::Jwks::parse(stored_jwks, crypto::KeyCheck::shape);
  if (!sent || !stored || !sent->skipped().empty()) return;  // check_server_keys reports it
  jose::Jwks merged;
  bool restored = false;
  for (const auto& key : sent->keys()) {
    const jose::Jwk* own = key.has_private() ? nullptr : stored->find(key.kid());
    if (own && own->has_private() && own->thumbprint() == key.thumbprint()) {
      merged.add(*own);
      restored = true;
    } else {
      merged.add(key);
    }
  }
  if (restored) server.jwks = merged.to_json(/*include_private=*/true);
}

}  // namespace

http::Response list_tenants(const ManagementCall& call) {
  if (auto denied = require(call, "idp:tenant:read")) return *denied;
  rapidjson::Document list(rapidjson::kArrayType);
  std::int64_t total = 0;
  if (call.caller.organization_id) {
    const auto& tenants = call.caller.organization_tenants;
    total = static_cast<std::int64_t>(tenants.size());
    for (std::int64_t i = call.offset; i < total && i < call.offset + call.limit; ++i)
      push(list, tenant_json(stored_tenant(tenants[static_cast<std::size_t>(i)])));
  } else {
    auto page = call.directory.tenants(call.limit, call.offset);
    total = page.total;
    for (const auto& t : page.tenants) push(list, tenant_json(stored_tenant(t)));
  }
  return list_answer(call, list, total);
}

http::Response get_tenant(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:tenant:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  return json_answer(tenant_json(stored_tenant(*tenant)));
}

http::Response create_tenant(const ManagementCall& call) {
  if (auto denied = require(call, "idp:tenant:create")) return *denied;
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  std::vector<std::string> problems;
  std::optional<domain::Tenant> tenant;
  std::optional<domain::AuthorizationServer> server;
  auto tenant_member = body->FindMember("tenant");
  auto server_member = body->FindMember("authorization_server");
  if (tenant_member == body->MemberEnd()) problems.push_back("tenant: missing required member");
  if (server_member == body->MemberEnd())
    problems.push_back("authorization_server: missing required member");
  if (tenant_member != body->MemberEnd()) {
    if (auto ok = check_body("tenant", tenant_member->value, "tenant."); !ok)
      problems.push_back(ok.error());
    auto parsed = domain::parse_tenant(tenant_member->value);
    if (parsed)
      tenant = std::move(*parsed);
    else
      problems.push_back(parsed.error());
  }
  if (server_member != body->MemberEnd()) {
    if (auto ok = check_body("authorization-server", server_member->value, "authorization_server.");
        !ok)
      problems.push_back(ok.error());
    auto parsed = domain::parse_authorization_server(server_member->value);
    if (parsed)
      server = std::move(*parsed);
    else
      problems.push_back(parsed.error());
  }
  if (server)
    if (auto ok = ensure_signing_keys(*server); !ok) problems.push_back(ok.error());
  const std::string id = tenant ? tenant->id : "";
  // Logged with the caller's tenant unless the new tenant exists afterwards.
  Change change{call.caller.tenant_id, "tenant", id, "create", "", ""};
  if (!problems.empty()) {
    const std::string all = join(problems, "; ");
    record(call, change, all);
    return invalid_request(all);
  }
  if (call.uow.tenants().find(id)) {
    record(call, change, "the tenant already exists");
    return management_error(409, "conflict", "a tenant with this id already exists");
  }
  tenant->tenant_type = domain::TenantType::public_;  // never ADMIN or ORGANIZER here
  change.after = domain::to_json(*tenant, true);
  if (!call.dry_run) {
    save_tenant(call.uow, *tenant);
    if (auto organization = organization_for_new_tenant(call); !organization.empty())
      call.uow.organizations().assign_tenant(id, organization);
    save_authorization_server(call.uow, id, *server);
    change.tenant_id = id;
  }
  record(call, change);
  return write_answer(201, call, tenant_json(*tenant));
}

http::Response replace_tenant(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:tenant:update")) return *denied;
  auto current = managed_tenant(call, tenant_id);
  if (!current) return current.error();
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  auto& a = body->GetAllocator();
  rapidjson::Value& object = body->HasMember("tenant") && (*body)["tenant"].IsObject()
                                 ? (*body)["tenant"]
                                 : static_cast<rapidjson::Value&>(*body);
  const domain::Tenant before = stored_tenant(*current);
  object.RemoveMember("id");
  object.AddMember("id", json::string_value(before.id, a), a);
  auto schema = check_body("tenant-update", object);
  auto tenant = domain::parse_tenant(object);
  Change change{before.id, "tenant", before.id, "update", domain::to_json(before, true), ""};
  if (!schema || !tenant) {
    const std::string problem =
        all_of({schema, tenant ? ok_status() : Status(fail(tenant.error()))}).error();
    record(call, change, problem);
    return invalid_request(problem);
  }
  tenant->tenant_type = before.tenant_type;
  change.after = domain::to_json(*tenant, true);
  if (!call.dry_run) save_tenant(call.uow, *tenant);
  record(call, change);
  return write_answer(200, call, tenant_json(*tenant), &change);
}

http::Response delete_tenant(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:tenant:delete")) return *denied;
  auto current = managed_tenant(call, tenant_id);
  if (!current) return current.error();
  Change change{current->tenant_id, "tenant", current->tenant_id, "delete", current->payload, ""};
  if (current->tenant_type != "PUBLIC") {
    record(call, change, "an " + current->tenant_type + " tenant cannot be deleted");
    return management_error(400, "invalid_request",
                            "an " + current->tenant_type + " tenant cannot be deleted");
  }
  if (!call.dry_run) call.uow.tenants().remove(current->tenant_id);
  record(call, change);
  return delete_answer(call, "tenant_id", current->tenant_id);
}

http::Response get_authorization_server(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:authorization-server:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto record = call.uow.authorization_servers().find(tenant->tenant_id);
  if (!record) return not_found("authorization server");
  auto server = domain::parse_stored(record->payload, "authorization server",
                                     domain::parse_authorization_server);
  return json_answer(domain::to_json(server, false));
}

http::Response replace_authorization_server(const ManagementCall& call,
                                            std::string_view tenant_id) {
  if (auto denied = require(call, "idp:authorization-server:update")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto current = call.uow.authorization_servers().find(tenant->tenant_id);
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  auto schema = check_body("authorization-server", *body);
  auto server = domain::parse_authorization_server(*body);
  Change change{tenant->tenant_id, "authorization_server",          tenant->tenant_id,
                "update",          current ? current->payload : "", ""};
  std::string problem = !schema ? schema.error() : server ? "" : server.error();
  if (server && current) {
    // Without jwks the current keys stay (they are never shown, so a client cannot send them).
    auto before = domain::parse_stored(current->payload, "authorization server",
                                       domain::parse_authorization_server);
    if (!server->jwks)
      server->jwks = before.jwks;
    else if (before.jwks)
      restore_private_keys(*server, *before.jwks);
  }
  if (server && problem.empty())
    if (auto ok = check_server_keys(*server); !ok) problem = ok.error();
  if (!problem.empty()) {
    record(call, change, problem);
    return invalid_request(problem);
  }
  change.after = domain::to_json(*server, true);
  if (!call.dry_run) save_authorization_server(call.uow, tenant->tenant_id, *server);
  record(call, change);
  return write_answer(200, call, domain::to_json(*server, false), &change);
}

}  // namespace idp::control
