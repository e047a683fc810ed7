#include "control/config_export.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "domain/authorization_server.hpp"
#include "domain/client.hpp"
#include "domain/organization.hpp"
#include "domain/stored.hpp"
#include "domain/tenant.hpp"
#include "domain/user.hpp"
#include "json/writer.hpp"

namespace idp::control {
namespace fs = std::filesystem;
namespace {

// Re-indents compact JSON for people to read and diff.
std::string pretty(const std::string& compact) {
  return json::write_pretty(domain::stored_object(compact, "configuration")) + "\n";
}

// File names come from identifiers; keep them to a safe alphabet.
std::string file_name(const std::string& id) {
  std::string out;
  for (char c : id)
    out += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
  return (out.empty() ? "unnamed" : out) + ".json";
}

void write_file(const fs::path& path, const std::string& text, bool secret) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
  if (secret) ::chmod(path.c_str(), 0600);
}

}  // namespace

Expected<ImportReport> export_tenant(ports::UnitOfWork& uow, const std::string& tenant_id,
                                     const std::string& out_dir, bool with_secrets) {
  auto tenant_row = uow.tenants().find(tenant_id);
  if (!tenant_row) return fail("tenant " + tenant_id + " not found");
  ImportReport report;
  fs::path out(out_dir);

  for (const auto& org_id : uow.organizations().organizations_of(tenant_id)) {
    if (auto org = uow.organizations().find(org_id)) {
      write_file(out / "organization.json", pretty(org->payload), false);
      report.organizations = 1;
      break;  // the layout carries one organization per folder
    }
  }

  auto tenant = domain::parse_stored(tenant_row->payload, "tenant", domain::parse_tenant);
  write_file(out / "tenants" / file_name(tenant.name.empty() ? tenant.id : tenant.name),
             pretty("{\"tenant\":" + domain::to_json(tenant, with_secrets) + "}"), with_secrets);
  report.tenants = 1;

  if (auto server_row = uow.authorization_servers().find(tenant_id)) {
    auto server = domain::parse_stored(server_row->payload, "authorization server",
                                       domain::parse_authorization_server);
    write_file(out / "authorization-server" / "idp-server.json",
               pretty(domain::to_json(server, with_secrets)), with_secrets);
    report.authorization_servers = 1;
  }
  for (const auto& row : uow.clients().list(tenant_id)) {
    auto client = domain::parse_stored(row.payload, "client", domain::parse_client);
    write_file(out / "clients" / file_name(client.client_id_alias.value_or(client.client_id)),
               pretty(domain::to_json(client, with_secrets)), with_secrets);
    ++report.clients;
  }
  for (const auto& row : uow.users().list(tenant_id)) {
    auto user = domain::parse_stored(row.payload, "user", domain::parse_user);
    if (!row.hashed_password.empty()) user.hashed_password = row.hashed_password;
    auto roles = uow.roles().role_names_of(tenant_id, row.sub);
    if (!roles.empty()) user.role = roles.front();
    write_file(out / "user" / file_name(row.sub), pretty(domain::to_json(user, with_secrets)),
               with_secrets);
    ++report.users;
  }
  return report;
}

}  // namespace idp::control
