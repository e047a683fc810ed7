#include "main/management_routes.hpp"

#include "control/management/audit_log_management.hpp"
#include "control/management/caller.hpp"
#include "control/management/client_management.hpp"
#include "control/management/configuration_management.hpp"
#include "control/management/identity_verification_management.hpp"
#include "control/management/management_call.hpp"
#include "control/management/organization_management.hpp"
#include "control/management/role_management.hpp"
#include "control/management/tenant_management.hpp"
#include "control/management/user_management.hpp"

namespace idp::main {
namespace {

using Call = control::ManagementCall;
using Operation = std::function<http::Response(const Call&, const http::PathParams&)>;

constexpr std::string_view k_system = "/v1/management";
constexpr std::string_view k_organization = "/v1/management/organizations/{organization-id}";

Handler system_level(const ports::Clock& clock, Operation op) {
  return [&clock, op](RequestScope& scope, const http::Request& request,
                      const http::PathParams& p) -> http::Response {
    const std::int64_t now = clock.now();
    auto caller = control::system_caller(scope.uow(), request, now);
    if (!caller) return caller.error();
    auto call = control::management_call(scope.uow(), scope.directory(), request, *caller, now);
    if (!call) return call.error();
    return op(*call, p);
  };
}

Handler organization_level(const ports::Clock& clock, Operation op) {
  return [&clock, op](RequestScope& scope, const http::Request& request,
                      const http::PathParams& p) -> http::Response {
    const std::int64_t now = clock.now();
    auto caller = control::organization_caller(scope.uow(), scope.directory(), request,
                                               p.at("organization-id"), now);
    if (!caller) return caller.error();
    auto call = control::management_call(scope.uow(), scope.directory(), request, *caller, now);
    if (!call) return call.error();
    return op(*call, p);
  };
}

struct TenantRoute {
  const char* method;
  std::string path;  // after …/tenants/{tenant-id}
  Operation op;
};

std::string_view tenant(const http::PathParams& p) {
  return p.at("managed-tenant-id");
}

const std::vector<TenantRoute>& tenant_routes() {
  static const std::vector<TenantRoute> routes = {
      {"GET", "", [](const Call& c, const auto& p) { return control::get_tenant(c, tenant(p)); }},
      {"PUT", "",
       [](const Call& c, const auto& p) { return control::replace_tenant(c, tenant(p)); }},
      {"DELETE", "",
       [](const Call& c, const auto& p) { return control::delete_tenant(c, tenant(p)); }},
      {"GET", "/authorization-server",
       [](const Call& c, const auto& p) {
         return control::get_authorization_server(c, tenant(p));
       }},
      {"PUT", "/authorization-server",
       [](const Call& c, const auto& p) {
         return control::replace_authorization_server(c, tenant(p));
       }},
      {"GET", "/clients",
       [](const Call& c, const auto& p) { return control::list_clients(c, tenant(p)); }},
      {"POST", "/clients",
       [](const Call& c, const auto& p) { return control::create_client(c, tenant(p)); }},
      {"GET", "/clients/{client-id}",
       [](const Call& c, const auto& p) {
         return control::get_client(c, tenant(p), p.at("client-id"));
       }},
      {"PUT", "/clients/{client-id}",
       [](const Call& c, const auto& p) {
         return control::replace_client(c, tenant(p), p.at("client-id"));
       }},
      {"DELETE", "/clients/{client-id}",
       [](const Call& c, const auto& p) {
         return control::delete_client(c, tenant(p), p.at("client-id"));
       }},
      {"GET", "/users",
       [](const Call& c, const auto& p) { return control::list_users(c, tenant(p)); }},
      {"POST", "/users",
       [](const Call& c, const auto& p) { return control::create_user(c, tenant(p)); }},
      {"GET", "/users/{user-id}",
       [](const Call& c, const auto& p) {
         return control::get_user(c, tenant(p), p.at("user-id"));
       }},
      {"PUT", "/users/{user-id}",
       [](const Call& c, const auto& p) {
         return control::replace_user(c, tenant(p), p.at("user-id"));
       }},
      {"PATCH", "/users/{user-id}",
       [](const Call& c, const auto& p) {
         return control::patch_user(c, tenant(p), p.at("user-id"));
       }},
      {"DELETE", "/users/{user-id}",
       [](const Call& c, const auto& p) {
         return control::delete_user(c, tenant(p), p.at("user-id"));
       }},
      {"PUT", "/users/{user-id}/password",
       [](const Call& c, const auto& p) {
         return control::set_user_password(c, tenant(p), p.at("user-id"));
       }},
      {"PATCH", "/users/{user-id}/roles",
       [](const Call& c, const auto& p) {
         return control::set_user_roles(c, tenant(p), p.at("user-id"));
       }},
      {"PATCH", "/users/{user-id}/tenant-assignments",
       [](const Call& c, const auto& p) {
         return control::set_user_tenants(c, tenant(p), p.at("user-id"));
       }},
      {"PATCH", "/users/{user-id}/organization-assignments",
       [](const Call& c, const auto& p) {
         return control::set_user_organizations(c, tenant(p), p.at("user-id"));
       }},
      {"GET", "/users/{user-id}/sessions",
       [](const Call& c, const auto& p) {
         return control::list_user_sessions(c, tenant(p), p.at("user-id"));
       }},
      {"DELETE", "/users/{user-id}/sessions",
       [](const Call& c, const auto& p) {
         return control::end_user_sessions(c, tenant(p), p.at("user-id"));
       }},
      {"DELETE", "/users/{user-id}/sessions/{session-id}",
       [](const Call& c, const auto& p) {
         return control::end_user_sessions(c, tenant(p), p.at("user-id"), p.at("session-id"));
       }},
      {"GET", "/permissions",
       [](const Call& c, const auto& p) { return control::list_permissions(c, tenant(p)); }},
      {"POST", "/permissions",
       [](const Call& c, const auto& p) { return control::create_permission(c, tenant(p)); }},
      {"GET", "/permissions/{id}",
       [](const Call& c, const auto& p) {
         return control::get_permission(c, tenant(p), p.at("id"));
       }},
      {"PUT", "/permissions/{id}",
       [](const Call& c, const auto& p) {
         return control::replace_permission(c, tenant(p), p.at("id"));
       }},
      {"DELETE", "/permissions/{id}",
       [](const Call& c, const auto& p) {
         return control::delete_permission(c, tenant(p), p.at("id"));
       }},
      {"GET", "/roles",
       [](const Call& c, const auto& p) { return control::list_roles(c, tenant(p)); }},
      {"POST", "/roles",
       [](const Call& c, const auto& p) { return control::create_role(c, tenant(p)); }},
      {"GET", "/roles/{id}",
       [](const Call& c, const auto& p) { return control::get_role(c, tenant(p), p.at("id")); }},
      {"PUT", "/roles/{id}",
       [](const Call& c, const auto& p) {
         return control::replace_role(c, tenant(p), p.at("id"));
       }},
      {"DELETE", "/roles/{id}",
       [](const Call& c, const auto& p) { return control::delete_role(c, tenant(p), p.at("id")); }},
      {"PUT", "/roles/{id}/permissions:remove",
       [](const Call& c, const auto& p) {
         return control::remove_role_permissions(c, tenant(p), p.at("id"));
       }},
      {"GET", "/audit-logs",
       [](const Call& c, const auto& p) { return control::list_audit_logs(c, tenant(p)); }},
      {"GET", "/audit-logs/{id}",
       [](const Call& c, const auto& p) {
         return control::get_audit_log(c, tenant(p), p.at("id"));
       }},
  };
  return routes;
}

// The configuration documents and the recorded lists, one set of routes per kind.
std::vector<TenantRoute> document_routes() {
  std::vector<TenantRoute> routes;
  auto path = [](std::string_view kind, std::string_view rest = "") {
    std::string p = "/";  // built with += (GCC 12 warns falsely on "/" + std::string)
    p += kind;
    p += rest;
    return p;
  };
  for (const auto& k : control::configuration_kinds()) {
    const control::ConfigurationKind* kind = &k;
    routes.push_back({"GET", path(kind->path), [kind](const Call& c, const auto& p) {
                        return control::list_configurations(c, tenant(p), *kind);
                      }});
    routes.push_back({"POST", path(kind->path), [kind](const Call& c, const auto& p) {
                        return control::create_configuration(c, tenant(p), *kind);
                      }});
    const std::string item = path(kind->path, "/{id}");
    routes.push_back({"GET", item, [kind](const Call& c, const auto& p) {
                        return control::get_configuration(c, tenant(p), *kind, p.at("id"));
                      }});
    routes.push_back({"PUT", item, [kind](const Call& c, const auto& p) {
                        return control::replace_configuration(c, tenant(p), *kind, p.at("id"));
                      }});
    routes.push_back({"DELETE", item, [kind](const Call& c, const auto& p) {
                        return control::delete_configuration(c, tenant(p), *kind, p.at("id"));
                      }});
  }
  const std::string applications = "identity-verification-applications";
  routes.push_back({"GET", path(applications), [](const Call& c, const auto& p) {
                      return control::list_verification_applications(c, tenant(p));
                    }});
  routes.push_back({"GET", path(applications, "/{id}"), [](const Call& c, const auto& p) {
                      return control::get_verification_application(c, tenant(p), p.at("id"));
                    }});
  routes.push_back({"DELETE", path(applications, "/{id}"), [](const Call& c, const auto& p) {
                      return control::delete_verification_application(c, tenant(p), p.at("id"));
                    }});
  const std::string results = "identity-verification-results";
  routes.push_back({"GET", path(results), [](const Call& c, const auto& p) {
                      return control::list_verification_results(c, tenant(p));
                    }});
  routes.push_back({"GET", path(results, "/{id}"), [](const Call& c, const auto& p) {
                      return control::get_verification_result(c, tenant(p), p.at("id"));
                    }});
  for (const auto& k : control::record_kinds()) {
    const control::RecordKind* kind = &k;
    routes.push_back({"GET", path(kind->path), [kind](const Call& c, const auto& p) {
                        return control::list_records(c, tenant(p), *kind);
                      }});
    for (const char* method : {"GET", "DELETE"})
      routes.push_back({method, path(kind->path, "/{id}"), [kind](const Call& c, const auto& p) {
                          return control::get_record(c, tenant(p), *kind);
                        }});
  }
  const control::RecordKind* statistics = &control::record_kinds().back();
  routes.push_back({"GET", "/statistics/yearly/{year}", [statistics](const Call& c, const auto& p) {
                      return control::list_records(c, tenant(p), *statistics);
                    }});
  return routes;
}

}  // namespace

void add_management_routes(http::Router<Handler>& router, const ports::Clock& clock) {
  const std::string system(k_system);
  const std::string organization(k_organization);
  router.add("POST", system + "/onboarding",
             system_level(clock, [](const Call& c, const auto&) { return control::onboard(c); }));
  router.add("GET", system + "/orgs/{organization-id}",
             system_level(clock, [](const Call& c, const auto& p) {
               return control::get_organization(c, p.at("organization-id"));
             }));
  router.add("DELETE", system + "/orgs/{organization-id}",
             system_level(clock, [](const Call& c, const auto& p) {
               return control::delete_organization(c, p.at("organization-id"));
             }));
  router.add("GET", system + "/system-configurations",
             system_level(clock, [](const Call& c, const auto&) {
               return control::get_system_configuration(c);
             }));
  router.add("PUT", system + "/system-configurations",
             system_level(clock, [](const Call& c, const auto&) {
               return control::replace_system_configuration(c);
             }));
  for (const auto& [prefix, level] :
       {std::pair{system, &system_level}, std::pair{organization, &organization_level}}) {
    router.add("GET", prefix + "/tenants",
               level(clock, [](const Call& c, const auto&) { return control::list_tenants(c); }));
    router.add("POST", prefix + "/tenants",
               level(clock, [](const Call& c, const auto&) { return control::create_tenant(c); }));
    for (const auto& routes : {tenant_routes(), document_routes()})
      for (const auto& route : routes)
        router.add(route.method, prefix + "/tenants/{managed-tenant-id}" + route.path,
                   level(clock, route.op));
  }
}

}  // namespace idp::main
