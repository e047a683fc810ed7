#pragma once
// Shared by the domain tests: the idp-server example files, and a check that serialising a parsed
// configuration keeps every member of the input.
#include <rapidjson/document.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "base/expected.hpp"
#include "base/strings.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "test_data.hpp"

// Boost.Test prints the domain enums by number when a check fails.
namespace idp::domain {
template <class E>
requires std::is_enum_v<E> std::ostream& boost_test_print_type(std::ostream& os, const E& value) {
  return os << static_cast<int>(value);
}
}  // namespace idp::domain

namespace idp::test {

// The error of a failed result, "" for a success. Boost.Test evaluates the message of
// BOOST_REQUIRE_MESSAGE even when the check passes, so `e.error()` cannot be used there.
template <class T>
std::string why(const Expected<T>& e) {
  return e ? std::string() : e.error();
}

inline std::filesystem::path e2e_examples() {
  return data_path("idp-server-config/examples/e2e");
}

// Every *.json file in `folder` (tenants, authorization-server, clients, user) of every e2e
// example tenant, sorted.
inline std::vector<std::filesystem::path> example_files(std::string_view folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& tenant : std::filesystem::directory_iterator(e2e_examples())) {
    auto dir = tenant.path() / folder;
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& file : std::filesystem::directory_iterator(dir))
      if (file.path().extension() == ".json") files.push_back(file.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// The e2e initial.json files (bodies of POST /v1/admin/initialization).
inline std::vector<std::filesystem::path> initialization_files() {
  std::vector<std::filesystem::path> files;
  for (const auto& tenant : std::filesystem::directory_iterator(e2e_examples())) {
    auto file = tenant.path() / "initial.json";
    if (std::filesystem::exists(file)) files.push_back(file);
  }
  std::sort(files.begin(), files.end());
  return files;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline rapidjson::Document parse_or_throw(std::string_view text) {
  auto doc = json::parse(text);
  if (!doc) throw std::runtime_error("test JSON does not parse: " + doc.error());
  return std::move(*doc);
}

// A JWK Set (public EC key) for the template's placeholders.
inline constexpr std::string_view k_test_jwks =
    R"({"keys":[{"kty":"EC","crv":"P-256","kid":"admin-key","use":"sig","alg":"ES256",)"
    R"("x":"iWJINqt0ySv3kVEvlHbvNkPKY2pPSf1cG1PSx3tRfw0","y":"rW1FdfXK5AQcv-Go6Xho0CR5AbLai7Gp9IdLTIXTSIQ"}]})";

// templates/admin/initial.json with its ${VAR} placeholders filled in as the bootstrap script
// does (quoted placeholders take string content, the two list placeholders take JSON items).
inline std::string admin_initialization_template() {
  std::string text = read_data("idp-server-config/templates/admin/initial.json");
  std::string escaped_jwks = json::quote(k_test_jwks);
  escaped_jwks = escaped_jwks.substr(1, escaped_jwks.size() - 2);
  const std::map<std::string, std::string> values = {
      {"ADMIN_ORGANIZATION_ID", "f4b2b6a0-3c1e-4f7e-9b0a-1d2c3e4f5a6b"},
      {"ADMIN_TENANT_ID", "0c9a1b2c-3d4e-4f50-8a6b-7c8d9e0f1a2b"},
      {"AUTHORIZATION_SERVER_URL", "https://idp.example.com"},
      {"UI_BASE_URL", "https://auth.example.com"},
      {"ALLOW_ORIGINS", R"("https://auth.example.com", "https://admin.example.com")"},
      {"SERVER_JWKS_ESCAPED", escaped_jwks},
      {"TOKEN_SIGNED_KEY", "admin-key"},
      {"ID_TOKEN_SIGNED_KEY", "admin-key"},
      {"ADMIN_USER_SUB", "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"},
      {"ADMIN_USER_EMAIL", "admin@example.com"},
      {"ADMIN_USER_PASSWORD", "correct horse battery staple"},
      {"ADMIN_CLIENT_ID", "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"},
      {"ADMIN_CLIENT_ID_ALIAS", "admin-console"},
      {"ADMIN_CLIENT_SECRET", "admin-console-secret-0123456789abcdef"},
      {"ADMIN_CLIENT_REDIRECT_URIS", R"("https://admin.example.com/callback")"},
      {"ADMIN_CLIENT_JWKS_ESCAPED", escaped_jwks},
  };
  std::string out;
  std::size_t pos = 0;
  while (true) {
    auto start = text.find("${", pos);
    if (start == std::string::npos) break;
    auto end = text.find('}', start);
    auto name = text.substr(start + 2, end - start - 2);
    auto it = values.find(name);
    if (it == values.end()) throw std::runtime_error("no test value for ${" + name + "}");
    out.append(text, pos, start - pos);
    out += it->second;
    pos = end + 1;
  }
  out.append(text, pos);
  return out;
}

// Every member present (not null) in `input` is in `output` with the same value; strings may
// differ in case only (enum values are written in their canonical spelling). Members named in
// `dropped` are expected to be absent. Differences are appended to `problems`.
inline void check_kept(const rapidjson::Value& input, const rapidjson::Value& output,
                       const std::string& path, const std::vector<std::string>& dropped,
                       std::vector<std::string>& problems) {
  if (input.IsObject()) {
    if (!output.IsObject()) {
      problems.push_back(path + ": object became " + json::write(output));
      return;
    }
    for (auto it = input.MemberBegin(); it != input.MemberEnd(); ++it) {
      std::string name(it->name.GetString(), it->name.GetStringLength());
      std::string child = path.empty() ? name : path + "." + name;
      bool is_dropped = std::find(dropped.begin(), dropped.end(), name) != dropped.end();
      auto found = output.FindMember(it->name);
      if (is_dropped) {
        if (found != output.MemberEnd()) problems.push_back(child + ": should not be written");
        continue;
      }
      if (it->value.IsNull()) continue;
      if (found == output.MemberEnd()) {
        problems.push_back(child + ": missing from the output");
        continue;
      }
      check_kept(it->value, found->value, child, dropped, problems);
    }
    return;
  }
  if (input.IsArray()) {
    if (!output.IsArray() || output.Size() != input.Size()) {
      problems.push_back(path + ": array changed");
      return;
    }
    for (rapidjson::SizeType i = 0; i < input.Size(); ++i)
      check_kept(input[i], output[i], path + "[" + std::to_string(i) + "]", dropped, problems);
    return;
  }
  if (input.IsString() && output.IsString()) {
    if (!iequals(std::string_view(input.GetString(), input.GetStringLength()),
                 std::string_view(output.GetString(), output.GetStringLength())))
      problems.push_back(path + ": " + json::write(input) + " became " + json::write(output));
    return;
  }
  if (input != output)
    problems.push_back(path + ": " + json::write(input) + " became " + json::write(output));
}

inline std::string join_problems(const std::vector<std::string>& problems) {
  std::string out;
  for (const auto& p : problems) out += p + "\n";
  return out;
}

}  // namespace idp::test
