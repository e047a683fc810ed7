#pragma once
// A user's identity-verification application: its lifecycle status, the details its processes
// stored, and how often each process was called and succeeded.
//
// Status (idp-server's IdentityVerificationApplicationStatus, lower case on the wire):
// requested → applying → applied → examination_processing are running states, in that rank;
// approved, rejected, expired and cancelled are terminal. A transition candidate never moves a
// terminal application, nor a running one backwards.
#include <rapidjson/document.h>

#include <optional>
#include <string>
#include <string_view>

#include "ports/records.hpp"

namespace idp::identity {

enum class Status {
  requested,
  applying,
  applied,
  examination_processing,
  approved,
  rejected,
  expired,
  cancelled,
};

std::string_view to_string(Status status);
std::optional<Status> status_from(std::string_view text);
bool is_terminal(Status status);
// The status an application ends in when `candidate` is evaluated on one in `current`.
Status reconcile(Status current, Status candidate);

// Unix milliseconds as idp-server writes times: 2025-06-01T10:00:00.123 (UTC, no zone).
std::string local_date_time(std::int64_t ms);

class Application {
 public:
  // A new application of `user_id`, made by `client_id`.
  Application(std::string id, std::string verification_type, std::string client_id,
              std::string user_id, std::int64_t now_ms);
  // One read from the store; its JSON members were written by this class.
  explicit Application(const ports::IdentityVerificationApplicationRecord& record);

  const std::string& id() const { return m_record.id; }
  const std::string& user_id() const { return m_record.user_id; }
  const std::string& verification_type() const { return m_record.verification_type; }
  Status status() const { return m_status; }
  void set_status(Status status) { m_status = status; }
  const rapidjson::Value& details() const { return m_details; }
  void set_attributes(const rapidjson::Value& attributes);

  // Lays `stored` (an object) over the details, member by member, as idp-server does.
  void merge_details(const rapidjson::Value& stored);
  // call_count + 1, and success_count or failure_count + 1, for `process`.
  void count(std::string_view process, bool success);
  // The success_count of `process` (0 when it never ran).
  std::int64_t successes(std::string_view process) const;
  bool ran(std::string_view process) const;
  void set_external_id(std::string external_id) {
    m_record.external_application_id = std::move(external_id);
  }
  const std::string& external_id() const { return m_record.external_application_id; }

  // For the repository; updated_at is `now_ms`.
  ports::IdentityVerificationApplicationRecord record(std::int64_t now_ms) const;
  // The answer's view: {id, type, tenant_id, client_id, user_id, application_details, processes,
  // attributes?, status, requested_at}.
  rapidjson::Value to_json(const std::string& tenant_id,
                           rapidjson::Document::AllocatorType& a) const;

 private:
  ports::IdentityVerificationApplicationRecord m_record;
  Status m_status = Status::requested;
  rapidjson::Document m_details{rapidjson::kObjectType};
  rapidjson::Document m_processes{rapidjson::kObjectType};
  rapidjson::Document m_attributes{rapidjson::kNullType};
};

}  // namespace idp::identity
