#include "control/config_import.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "control/config_writer.hpp"
#include "control/sector_identifier_check.hpp"
#include "crypto/password_hasher.hpp"
#include "crypto/random.hpp"
#include "domain/initialization.hpp"
#include "json/reader.hpp"
#include "oauth/pairwise.hpp"

namespace idp::control {
namespace fs = std::filesystem;
namespace {

// Everything a folder holds, parsed and validated, before anything is written.
struct Plan {
  std::optional<domain::Organization> organization;
  std::vector<domain::Tenant> tenants;
  std::vector<std::pair<std::string, domain::AuthorizationServer>> servers;  // tenant id
  std::vector<std::pair<std::string, domain::Client>> clients;
  std::vector<std::pair<std::string, domain::User>> users;
  std::vector<std::pair<std::string, domain::AuthenticationPolicy>> policies;
  std::optional<std::string> initializer_sub;  // the user of initial.json
  std::optional<std::string> main_tenant;
  std::vector<std::string> skipped;
};

Expected<rapidjson::Document> load(const fs::path& file, const VariableLookup& variables) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return fail(file.string() + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  auto filled = substitute_placeholders(text.str(), variables);
  if (!filled) return fail(file.string() + ": " + filled.error());
  auto doc = json::parse_object(*filled);
  if (!doc) return fail(file.string() + ": " + doc.error());
  return doc;
}

template <class T>
Expected<T> checked(Expected<T> parsed, const fs::path& file) {
  if (!parsed) return fail(file.string() + ": " + parsed.error());
  return parsed;
}

std::vector<fs::path> json_files(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

Status add_server(Plan& plan, const std::string& tenant, domain::AuthorizationServer server,
                  const fs::path& file) {
  if (server.jwks)
    if (auto ok = check_jwks(*server.jwks, "authorization_server.jwks"); !ok)
      return fail(file.string() + ": " + ok.error());
  plan.servers.emplace_back(tenant, std::move(server));
  return ok_status();
}

Status add_tenant(Plan& plan, domain::Tenant tenant,
                  std::optional<domain::AuthorizationServer> server, const fs::path& file) {
  if (server)
    if (auto ok = add_server(plan, tenant.id, std::move(*server), file); !ok) return ok;
  plan.tenants.push_back(std::move(tenant));
  return ok_status();
}

Status add_client(Plan& plan, const std::string& tenant, domain::Client client,
                  const fs::path& file) {
  if (client.jwks)
    if (auto ok = check_client_jwks(*client.jwks, "client.jwks"); !ok)
      return fail(file.string() + ": " + ok.error());
  // OIDC Core §8.1: a pairwise client needs a sector (one redirect host or sector_identifier_uri).
  if (client.subject_type == domain::SubjectType::pairwise)
    if (auto sector = oauth::sector_identifier(client); !sector)
      return fail(file.string() + ": client.subject_type: " + sector.error());
  plan.clients.emplace_back(tenant, std::move(client));
  return ok_status();
}

// Every file of a folder that belongs to the main tenant: parsed with `parse`, then `add`ed.
template <class Parse, class Add>
Status plan_tenant_files(const Plan& plan, const fs::path& dir, const char* folder,
                         const VariableLookup& variables, Parse parse, Add add) {
  auto files = json_files(dir / folder);
  if (files.empty()) return ok_status();
  if (!plan.main_tenant)
    return fail((dir / folder).string() +
                ": cannot tell which tenant these files belong to (add initial.json, or keep "
                "exactly one tenant file)");
  for (const auto& file : files) {
    auto doc = load(file, variables);
    if (!doc) return fail(doc.error());
    auto parsed = checked(parse(*doc), file);
    if (!parsed) return fail(parsed.error());
    if (auto ok = add(std::move(*parsed), file); !ok) return ok;
  }
  return ok_status();
}

// A single file: an initialization body or a tenant registration.
Status plan_file(Plan& plan, const fs::path& file, const VariableLookup& variables) {
  auto doc = load(file, variables);
  if (!doc) return fail(doc.error());
  if (doc->HasMember("organization") && doc->HasMember("user")) {
    auto init = checked(domain::parse_initialization(*doc), file);
    if (!init) return fail(init.error());
    plan.organization = init->organization;
    plan.main_tenant = init->tenant.id;
    if (auto ok = add_tenant(plan, init->tenant, init->authorization_server, file); !ok) return ok;
    if (auto ok = add_client(plan, init->tenant.id, init->client, file); !ok) return ok;
    domain::User user = init->user;
    if (!user.sub) user.sub = crypto::system_random().uuid_v4();
    plan.initializer_sub = user.sub;
    plan.users.emplace_back(init->tenant.id, std::move(user));
    return ok_status();
  }
  if (doc->HasMember("tenant")) {
    if (doc->HasMember("authorization_server")) {
      auto reg = checked(domain::parse_tenant_registration(*doc), file);
      if (!reg) return fail(reg.error());
      return add_tenant(plan, reg->tenant, reg->authorization_server, file);
    }
    auto tenant = checked(domain::parse_tenant((*doc)["tenant"]), file);
    if (!tenant) return fail(tenant.error());
    return add_tenant(plan, *tenant, std::nullopt, file);
  }
  if (doc->HasMember("id") && doc->HasMember("name") && file.filename() == "organization.json") {
    auto org = checked(domain::parse_organization(*doc), file);
    if (!org) return fail(org.error());
    plan.organization = *org;
    return ok_status();
  }
  return fail(file.string() +
              ": not an initialization body ({organization, tenant, authorization_server, user, "
              "client}) nor a tenant file ({tenant, authorization_server})");
}

// Files and folders of the layout, in the order they are read.
constexpr const char* k_top_files[] = {"initial.json", "organization.json", "tenant.json"};
constexpr const char* k_folders[] = {"tenants", "authorization-server", "clients", "user",
                                     "authentication-policy"};

Status plan_folder(Plan& plan, const fs::path& dir, const VariableLookup& variables) {
  for (const char* name : k_top_files)
    if (fs::exists(dir / name))
      if (auto ok = plan_file(plan, dir / name, variables); !ok) return ok;
  for (const auto& file : json_files(dir / "tenants"))
    if (auto ok = plan_file(plan, file, variables); !ok) return ok;
  if (!plan.main_tenant && plan.tenants.size() == 1) plan.main_tenant = plan.tenants.front().id;

  const std::string tenant = plan.main_tenant.value_or("");
  Status ok = plan_tenant_files(
      plan, dir, "authorization-server", variables,
      [](const rapidjson::Value& v) { return domain::parse_authorization_server(v); },
      [&](domain::AuthorizationServer s, const fs::path& f) {
        return add_server(plan, tenant, std::move(s), f);
      });
  if (ok)
    ok = plan_tenant_files(
        plan, dir, "clients", variables,
        [](const rapidjson::Value& v) { return domain::parse_client(v); },
        [&](domain::Client c, const fs::path& f) {
          return add_client(plan, tenant, std::move(c), f);
        });
  if (ok)
    ok = plan_tenant_files(
        plan, dir, "user", variables,
        [](const rapidjson::Value& v) { return domain::parse_user(v); },
        [&](domain::User u, const fs::path&) {
          plan.users.emplace_back(tenant, std::move(u));
          return ok_status();
        });
  if (ok)
    ok = plan_tenant_files(
        plan, dir, "authentication-policy", variables,
        [](const rapidjson::Value& v) { return domain::parse_authentication_policy(v); },
        [&](domain::AuthenticationPolicy p, const fs::path&) {
          plan.policies.emplace_back(tenant, std::move(p));
          return ok_status();
        });
  if (!ok) return ok;

  for (const auto& e : fs::directory_iterator(dir)) {
    std::string name = e.path().filename().string();
    auto is = [&](const char* known) { return name == known; };
    if (std::none_of(std::begin(k_top_files), std::end(k_top_files), is) &&
        std::none_of(std::begin(k_folders), std::end(k_folders), is))
      plan.skipped.push_back(e.path().string() + " (not configuration this importer handles)");
  }
  std::sort(plan.skipped.begin(), plan.skipped.end());
  return ok_status();
}

Expected<Plan> make_plan(const std::string& path, const VariableLookup& variables) {
  Plan plan;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    if (auto ok = plan_folder(plan, path, variables); !ok) return fail(ok.error());
  } else if (fs::is_regular_file(path, ec)) {
    if (auto ok = plan_file(plan, path, variables); !ok) return fail(ok.error());
  } else {
    return fail(path + ": no such file or folder");
  }
  return plan;
}

ImportReport report_of(const Plan& plan) {
  ImportReport r;
  r.organizations = plan.organization ? 1 : 0;
  r.tenants = static_cast<int>(plan.tenants.size());
  r.authorization_servers = static_cast<int>(plan.servers.size());
  r.clients = static_cast<int>(plan.clients.size());
  r.users = static_cast<int>(plan.users.size());
  r.authentication_policies = static_cast<int>(plan.policies.size());
  r.skipped = plan.skipped;
  return r;
}

}  // namespace

Expected<ImportReport> check_configuration(const std::string& path,
                                           const VariableLookup& variables) {
  auto plan = make_plan(path, variables);
  if (!plan) return fail(plan.error());
  return report_of(*plan);
}

Expected<ImportReport> import_configuration(ports::UnitOfWork& uow, const std::string& path,
                                            const VariableLookup& variables,
                                            ports::OutboundHttp* http) {
  auto plan = make_plan(path, variables);
  if (!plan) return fail(plan.error());
  if (http)
    for (const auto& [tenant, client] : plan->clients)
      if (auto ok = check_sector_identifier_uri(client, *http); !ok)
        return fail("client " + client.client_id + ": " + ok.error());

  if (plan->organization) save_organization(uow, *plan->organization);
  for (const auto& tenant : plan->tenants) {
    save_tenant(uow, tenant);
    if (plan->organization) uow.organizations().assign_tenant(tenant.id, plan->organization->id);
  }
  for (const auto& [tenant, server] : plan->servers) {
    if (!uow.tenants().find(tenant))
      return fail("authorization server for unknown tenant " + tenant);
    save_authorization_server(uow, tenant, server);
  }
  for (const auto& [tenant, client] : plan->clients) save_client(uow, tenant, client);
  for (const auto& [tenant, policy] : plan->policies)
    save_authentication_policy(uow, tenant, policy);
  crypto::Argon2idPasswordHasher hasher;
  for (const auto& [tenant, user] : plan->users) {
    domain::User u = user;
    if (u.role) {
      if (u.sub == plan->initializer_sub)
        ensure_administrator_role(uow, tenant, *u.role);
      else
        ensure_role(uow, tenant, *u.role);
    }
    if (auto ok = save_user(uow, tenant, std::move(u), hasher); !ok) return fail(ok.error());
  }
  return report_of(*plan);
}

}  // namespace idp::control
