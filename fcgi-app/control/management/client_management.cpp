#include "control/management/client_management.hpp"

#include "base/strings.hpp"
#include "control/config_writer.hpp"
#include "control/management/body_schemas.hpp"
#include "control/management_error.hpp"
#include "crypto/random.hpp"
#include "domain/client.hpp"
#include "domain/stored.hpp"
#include "http/body.hpp"
#include "json/writer.hpp"
#include "oauth/pairwise.hpp"

namespace idp::control {
namespace {

bool uses_secret(domain::ClientAuthMethod m) {
  using M = domain::ClientAuthMethod;
  return m == M::client_secret_basic || m == M::client_secret_post || m == M::client_secret_jwt;
}

std::string public_json(const domain::Client& c) {
  return domain::to_json(c, /*include_secrets=*/false);
}

domain::Client stored_client(const ports::ClientRecord& r) {
  return domain::parse_stored(r.payload, "client", domain::parse_client);
}

// The body as a client, with what the path fixes; every problem listed.
Expected<domain::Client> client_of(rapidjson::Document& body, std::string_view client_id) {
  auto& a = body.GetAllocator();
  if (!client_id.empty()) {
    if (auto it = body.FindMember("client_id"); it != body.MemberEnd()) {
      if (!it->value.IsString() || std::string_view(it->value.GetString()) != client_id)
        return fail("client.client_id: must be the client id of the path");
    } else {
      body.AddMember("client_id", json::string_value(client_id, a), a);
    }
  } else if (!body.HasMember("client_id")) {
    body.AddMember("client_id", json::string_value(crypto::system_random().uuid_v4(), a), a);
  }
  auto schema = check_body("client", body);
  auto client = domain::parse_client(body);
  if (!schema || !client)
    return fail(all_of({schema, client ? ok_status() : Status(fail(client.error()))}).error());
  std::vector<std::string> problems;
  if (client->jwks)
    if (auto ok = check_client_jwks(*client->jwks, "client.jwks"); !ok)
      problems.push_back(ok.error());
  if (client->subject_type == domain::SubjectType::pairwise)
    if (auto sector = oauth::sector_identifier(*client); !sector)
      problems.push_back("client.subject_type: " + sector.error());
  if (!problems.empty()) return fail(join(problems, "; "));
  return client;
}

Change change_of(std::string_view tenant, std::string_view id, const char* action) {
  return {std::string(tenant), "client", std::string(id), action, "", ""};
}

}  // namespace

http::Response list_clients(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:client:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  rapidjson::Document list(rapidjson::kArrayType);
  auto& a = list.GetAllocator();
  std::int64_t total = 0;
  // grant_types=a,b / response_types=… / scope="a b": the client has every one named.
  auto includes = [&](const char* name, const std::vector<std::string>& values, char separator) {
    auto wanted = call.query.get(name);
    if (!wanted) return true;
    for (const auto& v : split(*wanted, separator))
      if (!v.empty() && !contains(values, v)) return false;
    return true;
  };
  auto matches = [&](const domain::Client& c) {
    auto is = [&](const char* name, std::string_view value) {
      auto wanted = call.query.get(name);
      return !wanted || *wanted == value;
    };
    return is("client_id", c.client_id) && is("client_id_alias", c.client_id_alias.value_or("")) &&
           is("client_name", c.client_name.value_or("")) &&
           is("application_type",
              json::name_of(domain::k_application_type_names, c.application_type)) &&
           is("token_endpoint_auth_method",
              json::name_of(domain::k_client_auth_method_names, c.token_endpoint_auth_method)) &&
           is("enabled", c.enabled ? "true" : "false") &&
           is("client_uri", c.client_uri.value_or("")) &&
           includes("grant_types", c.grant_types, ',') &&
           includes("response_types", c.response_types, ',') &&
           includes("scope", split(c.scope.value_or(""), ' '), ' ');
  };
  for (const auto& record : call.uow.clients().list(tenant->tenant_id)) {
    auto client = stored_client(record);
    if (!matches(client) || !within_period(call, record.created_at)) continue;
    if (total >= call.offset && total < call.offset + call.limit)
      list.PushBack(rapidjson::Value(*json::parse(public_json(client)), a), a);
    ++total;
  }
  return list_answer(call, list, total);
}

http::Response get_client(const ManagementCall& call, std::string_view tenant_id,
                          std::string_view client_id) {
  if (auto denied = require(call, "idp:client:read")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto record = call.uow.clients().find(tenant->tenant_id, client_id);
  if (!record || record->client_id != client_id) return not_found("client");
  return json_answer(public_json(stored_client(*record)));
}

http::Response create_client(const ManagementCall& call, std::string_view tenant_id) {
  if (auto denied = require(call, "idp:client:create")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  auto client = client_of(*body, "");
  Change change = change_of(tenant->tenant_id, client ? client->client_id : "", "create");
  if (!client) {
    record(call, change, client.error());
    return invalid_request(client.error());
  }
  if (call.uow.clients().find(tenant->tenant_id, client->client_id)) {
    record(call, change, "the client already exists");
    return management_error(409, "conflict", "a client with this client_id already exists");
  }
  if (uses_secret(client->token_endpoint_auth_method) && !client->client_secret)
    client->client_secret = crypto::system_random().random_token(48);
  change.after = domain::to_json(*client, true);
  if (!call.dry_run) save_client(call.uow, tenant->tenant_id, *client);
  record(call, change);
  return write_answer(201, call, change.after);  // the only answer that shows the secret
}

http::Response replace_client(const ManagementCall& call, std::string_view tenant_id,
                              std::string_view client_id) {
  if (auto denied = require(call, "idp:client:update")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto current = call.uow.clients().find(tenant->tenant_id, client_id);
  if (!current || current->client_id != client_id) return not_found("client");
  auto body = http::json_object_body(call.request);
  if (!body) return body.error().to_response();
  auto client = client_of(*body, client_id);
  Change change = change_of(tenant->tenant_id, client_id, "update");
  const domain::Client before = stored_client(*current);
  change.before = domain::to_json(before, true);
  if (!client) {
    record(call, change, client.error());
    return invalid_request(client.error());
  }
  if (!client->client_secret) client->client_secret = before.client_secret;
  change.after = domain::to_json(*client, true);
  if (!call.dry_run) save_client(call.uow, tenant->tenant_id, *client);
  record(call, change);
  return write_answer(200, call, public_json(*client), &change);
}

http::Response delete_client(const ManagementCall& call, std::string_view tenant_id,
                             std::string_view client_id) {
  if (auto denied = require(call, "idp:client:delete")) return *denied;
  auto tenant = managed_tenant(call, tenant_id);
  if (!tenant) return tenant.error();
  auto current = call.uow.clients().find(tenant->tenant_id, client_id);
  if (!current || current->client_id != client_id) return not_found("client");
  Change change = change_of(tenant->tenant_id, client_id, "delete");
  change.before = current->payload;
  if (!call.dry_run) call.uow.clients().remove(tenant->tenant_id, client_id);
  record(call, change);
  return delete_answer(call, "client_id", client_id);
}

}  // namespace idp::control
