#pragma once
// The configuration documents of a tenant that this server keeps as idp-server JSON, each under
// …/tenants/{tenant-id}/<path>[/{id}] with list, get, create, full replace and delete:
// authentication configurations, federation configurations, identity-verification
// configurations and security-event-hook configurations (by id, with an optional "type" and
// "enabled"), and authentication policies (typed: one per flow, authentication_policy.hpp).
// Also the read endpoints of what later features record (identity-verification applications
// and results, security events, hook results, authentication transactions and interactions),
// which answer their lists.
#include <string_view>
#include <vector>

#include "control/management/management_call.hpp"

namespace idp::control {

struct ConfigurationKind {
  std::string_view kind;        // stored kind
  std::string_view path;        // the URL segment
  std::string_view permission;  // prefix: "<prefix>:read", ":create", ":update", ":delete"
  std::string_view schema;      // idp-server's body schema; "" for none
};
const std::vector<ConfigurationKind>& configuration_kinds();

http::Response list_configurations(const ManagementCall& call, std::string_view tenant_id,
                                   const ConfigurationKind& kind);
http::Response get_configuration(const ManagementCall& call, std::string_view tenant_id,
                                 const ConfigurationKind& kind, std::string_view id);
http::Response create_configuration(const ManagementCall& call, std::string_view tenant_id,
                                    const ConfigurationKind& kind);
http::Response replace_configuration(const ManagementCall& call, std::string_view tenant_id,
                                     const ConfigurationKind& kind, std::string_view id);
http::Response delete_configuration(const ManagementCall& call, std::string_view tenant_id,
                                    const ConfigurationKind& kind, std::string_view id);

// What later features record: the list endpoints answer their (for now empty) lists, the item
// endpoints 404.
struct RecordKind {
  std::string_view path;
  std::string_view permission;  // the read permission
};
const std::vector<RecordKind>& record_kinds();
http::Response list_records(const ManagementCall& call, std::string_view tenant_id,
                            const RecordKind& kind);
http::Response get_record(const ManagementCall& call, std::string_view tenant_id,
                          const RecordKind& kind);

}  // namespace idp::control
