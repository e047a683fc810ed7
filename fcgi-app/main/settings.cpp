#include "main/settings.hpp"

#include <fstream>
#include <sstream>

#include "json/reader.hpp"

namespace idp::main {
namespace {

Status read_string(const rapidjson::Value& obj, const char* name, std::string& out) {
  if (!obj.HasMember(name)) return ok_status();
  const auto& v = obj[name];
  if (!v.IsString()) return fail(std::string(name) + ": expected a string");
  out.assign(v.GetString(), v.GetStringLength());
  return ok_status();
}

template <class Int>
Status read_int(const rapidjson::Value& obj, const char* name, Int& out, long long min,
                long long max) {
  if (!obj.HasMember(name)) return ok_status();
  const auto& v = obj[name];
  if (!v.IsInt64() || v.GetInt64() < min || v.GetInt64() > max)
    return fail(std::string(name) + ": expected an integer from " + std::to_string(min) + " to " +
                std::to_string(max));
  out = static_cast<Int>(v.GetInt64());
  return ok_status();
}

Status read_bool(const rapidjson::Value& obj, const char* name, bool& out) {
  if (!obj.HasMember(name)) return ok_status();
  if (!obj[name].IsBool()) return fail(std::string(name) + ": expected true or false");
  out = obj[name].GetBool();
  return ok_status();
}

}  // namespace

domain::SsrfProtection outbound_ssrf_protection(const Settings& settings) {
  domain::SsrfProtection p;
  p.enabled = !settings.outbound_allow_private_networks;
  return p;
}

Expected<Settings> load_settings(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("cannot read settings file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  auto doc = json::parse_object(text.str());
  if (!doc) return fail(path + ": " + doc.error());

  Settings s;
  const rapidjson::Value& root = *doc;
  for (Status st : {
           read_string(root, "database_app", s.database_app),
           read_string(root, "database_owner", s.database_owner),
           read_string(root, "database_control", s.database_control),
           read_string(root, "socket_path", s.socket_path),
           read_string(root, "socket_group", s.socket_group),
           read_int(root, "backlog", s.backlog, 1, 65535),
           read_int(root, "workers", s.workers, 1, 256),
           read_int(root, "threads", s.threads, 1, 256),
           read_int(root, "max_body_bytes", s.max_body_bytes, 1024, 64ll << 20),
           read_int(root, "drain_seconds", s.drain_seconds, 0, 3600),
           read_int(root, "tenant_cache_size", s.tenant_cache_size, 1, 1000000),
           read_string(root, "api_key", s.api_key),
           read_string(root, "api_secret", s.api_secret),
           read_string(root, "migrations_dir", s.migrations_dir),
           read_string(root, "access_log", s.access_log),
           read_string(root, "pid_file", s.pid_file),
           read_string(root, "outbound_ca_file", s.outbound_ca_file),
           read_bool(root, "outbound_allow_private_networks", s.outbound_allow_private_networks),
           read_string(root, "pairwise_salt", s.pairwise_salt),
       }) {
    if (!st) return fail(path + ": " + st.error());
  }
  if (s.database_app.empty()) return fail(path + ": database_app is required");
  if (s.database_owner.empty()) s.database_owner = s.database_app;
  if (s.database_control.empty()) s.database_control = s.database_app;
  if (s.pairwise_salt.empty()) s.pairwise_salt = s.api_secret;
  return s;
}

}  // namespace idp::main
