#pragma once
// One management API call once its caller is known: the query parameters every resource shares
// (dry_run, limit, offset), the tenant it manages, permission checks, the audit log entry and the
// answer shapes of idp-server (swagger-cp-*-ja.yaml): 201/200 {"dry_run", "result"} for writes,
// {"list", "total_count", "limit", "offset"} for lists, 204 (200 with a message for a dry run)
// for deletions.
#include <rapidjson/document.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "control/management/caller.hpp"
#include "http/form.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "ports/unit_of_work.hpp"

namespace idp::control {

struct ManagementCall {
  ports::UnitOfWork& uow;
  ports::Directory& directory;
  const http::Request& request;
  const Caller& caller;
  std::int64_t now;
  http::Params query;  // the query string (repeats kept first)
  bool dry_run = false;
  std::int64_t limit = 20;
  std::int64_t offset = 0;
};

// Parses dry_run ("true"/"false"), limit (1-1000) and offset (>= 0); 400 naming the parameter.
Expected<ManagementCall, http::Response> management_call(ports::UnitOfWork& uow,
                                                         ports::Directory& directory,
                                                         const http::Request& request,
                                                         const Caller& caller, std::int64_t now);

// The from/to query parameter `name` (ISO 8601 date-time in UTC, or Unix seconds) as Unix seconds;
// nullopt when absent; a 400 answer when malformed.
Expected<std::optional<std::int64_t>, http::Response> query_time(const ManagementCall& call,
                                                                 const char* name);
// Whether `t` lies within the call's from/to query parameters (already checked by query_time).
bool within_period(const ManagementCall& call, std::int64_t t);

// 403 "access_denied" naming the permission, when the caller lacks it.
std::optional<http::Response> require(const ManagementCall& call, std::string_view permission);

// The tenant `tenant_id` as the caller may manage it: any tenant at system level, one of the
// organization's at organization level (another organization's tenant is 404, as if it did not
// exist).
Expected<ports::TenantRecord, http::Response> managed_tenant(const ManagementCall& call,
                                                             std::string_view tenant_id);

// What a write did, for the audit log and the answer.
struct Change {
  std::string tenant_id;  // the tenant the change concerns
  std::string resource;   // "client", "tenant", …
  std::string resource_id;
  std::string action;  // "create", "update", "delete"
  std::string before;  // JSON, "" for none
  std::string after;   // JSON, "" for none
};

// Appends the audit log entry (secrets masked) for a write that succeeded, or was refused with
// `reason`; commits unless it is a dry run of a successful write, whose changes are rolled back.
// A refused write has written nothing but its audit entry.
void record(const ManagementCall& call, const Change& change, std::string_view reason = "");

// A read's answer: 200 with `body`, marked as holding tokens (never cached).
http::Response json_answer(std::string body);
// {"dry_run", "result", "diff"?}: `status` 201 for a creation, 200 otherwise.
http::Response write_answer(int status, const ManagementCall& call, const std::string& result_json,
                            const Change* change = nullptr);
http::Response delete_answer(const ManagementCall& call, std::string_view id_name,
                             std::string_view id);
http::Response list_answer(const ManagementCall& call, rapidjson::Document& list,
                           std::int64_t total);
http::Response not_found(std::string_view what);

// JSON with secrets replaced by "****" (client_secret, passwords, private key members, …).
std::string masked(const std::string& json_text);

// {"member": {"before": …, "after": …}, …} for the top-level members that differ.
std::string diff(const std::string& before_json, const std::string& after_json);

}  // namespace idp::control
