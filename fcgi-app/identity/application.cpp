#include "identity/application.hpp"

#include <array>
#include <stdexcept>

#include "base/time_text.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace idp::identity {
namespace {

constexpr std::array<std::pair<std::string_view, Status>, 8> k_statuses = {{
    {"requested", Status::requested},
    {"applying", Status::applying},
    {"applied", Status::applied},
    {"examination_processing", Status::examination_processing},
    {"approved", Status::approved},
    {"rejected", Status::rejected},
    {"expired", Status::expired},
    {"cancelled", Status::cancelled},
}};

// Stored JSON was written by this server; a row that no longer parses is corruption, not input.
rapidjson::Document stored_json(const std::string& text, rapidjson::Type fallback) {
  if (text.empty()) return rapidjson::Document(fallback);
  auto doc = json::parse(text);
  if (!doc) throw std::runtime_error("stored identity-verification application is not JSON");
  return std::move(*doc);
}

std::int64_t counter(const rapidjson::Value& process, const char* name) {
  if (!process.IsObject()) return 0;
  auto it = process.FindMember(name);
  return it != process.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : 0;
}

}  // namespace

std::string_view to_string(Status status) {
  for (const auto& [name, value] : k_statuses)
    if (value == status) return name;
  return "requested";
}

std::optional<Status> status_from(std::string_view text) {
  for (const auto& [name, value] : k_statuses)
    if (name == text) return value;
  return std::nullopt;
}

bool is_terminal(Status status) {
  return status == Status::approved || status == Status::rejected || status == Status::expired ||
         status == Status::cancelled;
}

Status reconcile(Status current, Status candidate) {
  if (is_terminal(current)) return current;
  if (!is_terminal(candidate) && static_cast<int>(candidate) < static_cast<int>(current))
    return current;
  return candidate;
}

std::string local_date_time(std::int64_t ms) {
  return utc_timestamp(ms, /*zone_designator=*/false);
}

Application::Application(std::string id, std::string verification_type, std::string client_id,
                         std::string user_id, std::int64_t now_ms) {
  m_record.id = std::move(id);
  m_record.verification_type = std::move(verification_type);
  m_record.client_id = std::move(client_id);
  m_record.user_id = std::move(user_id);
  m_record.requested_at = now_ms;
}

Application::Application(const ports::IdentityVerificationApplicationRecord& record)
    : m_record(record),
      m_status(status_from(record.status).value_or(Status::requested)),
      m_details(stored_json(record.application_details, rapidjson::kObjectType)),
      m_processes(stored_json(record.processes, rapidjson::kObjectType)),
      m_attributes(stored_json(record.attributes, rapidjson::kNullType)) {}

void Application::set_attributes(const rapidjson::Value& attributes) {
  m_attributes.CopyFrom(attributes, m_attributes.GetAllocator());
}

void Application::merge_details(const rapidjson::Value& stored) {
  if (!stored.IsObject()) return;
  auto& a = m_details.GetAllocator();
  for (const auto& m : stored.GetObject()) {
    rapidjson::Value value(m.value, a);
    auto it = m_details.FindMember(m.name);
    if (it != m_details.MemberEnd())
      it->value = std::move(value);
    else
      m_details.AddMember(rapidjson::Value(m.name, a), std::move(value), a);
  }
}

void Application::count(std::string_view process, bool success) {
  auto& a = m_processes.GetAllocator();
  rapidjson::Value name(process.data(), static_cast<rapidjson::SizeType>(process.size()), a);
  auto it = m_processes.FindMember(name);
  if (it == m_processes.MemberEnd()) {
    rapidjson::Value counts(rapidjson::kObjectType);
    counts.AddMember("call_count", 0, a);
    counts.AddMember("success_count", 0, a);
    counts.AddMember("failure_count", 0, a);
    m_processes.AddMember(name, counts, a);
    it = m_processes.FindMember(
        rapidjson::StringRef(process.data(), static_cast<rapidjson::SizeType>(process.size())));
  }
  auto bump = [&](const char* member) {
    std::int64_t n = counter(it->value, member) + 1;
    auto field = it->value.FindMember(member);
    if (field == it->value.MemberEnd())
      it->value.AddMember(rapidjson::StringRef(member), n, a);
    else
      field->value.SetInt64(n);
  };
  bump("call_count");
  bump(success ? "success_count" : "failure_count");
}

std::int64_t Application::successes(std::string_view process) const {
  auto it = m_processes.FindMember(
      rapidjson::StringRef(process.data(), static_cast<rapidjson::SizeType>(process.size())));
  return it == m_processes.MemberEnd() ? 0 : counter(it->value, "success_count");
}

bool Application::ran(std::string_view process) const {
  return m_processes.HasMember(
      rapidjson::StringRef(process.data(), static_cast<rapidjson::SizeType>(process.size())));
}

ports::IdentityVerificationApplicationRecord Application::record(std::int64_t now_ms) const {
  ports::IdentityVerificationApplicationRecord r = m_record;
  r.application_details = json::write(m_details);
  r.processes = json::write(m_processes);
  r.status = std::string(to_string(m_status));
  r.attributes = m_attributes.IsNull() ? std::string() : json::write(m_attributes);
  r.updated_at = now_ms;
  return r;
}

rapidjson::Value Application::to_json(const std::string& tenant_id,
                                      rapidjson::Document::AllocatorType& a) const {
  rapidjson::Value v(rapidjson::kObjectType);
  v.AddMember("id", json::string_value(m_record.id, a), a);
  v.AddMember("type", json::string_value(m_record.verification_type, a), a);
  v.AddMember("tenant_id", json::string_value(tenant_id, a), a);
  v.AddMember("client_id", json::string_value(m_record.client_id, a), a);
  v.AddMember("user_id", json::string_value(m_record.user_id, a), a);
  v.AddMember("application_details", rapidjson::Value(m_details, a), a);
  v.AddMember("processes", rapidjson::Value(m_processes, a), a);
  if (m_attributes.IsObject() && m_attributes.MemberCount() > 0)
    v.AddMember("attributes", rapidjson::Value(m_attributes, a), a);
  v.AddMember("status", json::string_value(to_string(m_status), a), a);
  v.AddMember("requested_at", json::string_value(local_date_time(m_record.requested_at), a), a);
  return v;
}

}  // namespace idp::identity
