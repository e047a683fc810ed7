// idp-server's own schemas (tests/data/idp-server-schemas) against idp-server's own example
// configuration (tests/data/idp-server-config). Where they disagree, the disagreement is listed
// here, so that a change on either side shows.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "json/reader.hpp"
#include "json/schema/management_errors.hpp"
#include "json/schema/schema.hpp"

namespace fs = std::filesystem;
using idp::json::schema::error_messages;
using idp::json::schema::Options;
using idp::json::schema::Schema;

namespace {

const std::string k_schemas = std::string(IDP_TEST_DATA_DIR) + "/idp-server-schemas";
const std::string k_config = std::string(IDP_TEST_DATA_DIR) + "/idp-server-config";
const std::string k_e2e = k_config + "/examples/e2e";

rapidjson::Document load(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  auto doc = idp::json::parse(text.str());
  BOOST_REQUIRE_MESSAGE(doc.ok(), path.string() + ": " + (doc.ok() ? "" : doc.error()));
  return std::move(*doc);
}

Schema compile(const std::string& relative, const Options& options = Options::idp_server()) {
  auto schema = Schema::compile(load(k_schemas + "/" + relative), options);
  BOOST_REQUIRE_MESSAGE(schema.ok(), relative + ": " + (schema.ok() ? "" : schema.error()));
  return std::move(*schema);
}

std::vector<fs::path> json_files(const std::string& root) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(root))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

std::string relative(const fs::path& path, const std::string& root) {
  return path.lexically_relative(root).generic_string();
}

// One schema and the examples it describes: the files of every e2e tenant's `folder`, or, with
// `member`, that member of each file (tenants/*.json hold {"tenant", "authorization_server"}, the
// onboarding initial.json files hold organization, tenant, authorization_server, user, client).
struct Pairing {
  std::string schema;
  std::string folder;  // "" for the initial.json files
  std::string member;
};

const Pairing k_pairings[] = {
    {"client.json", "clients", ""},
    {"user.json", "user", ""},
    {"authorization-server.json", "authorization-server", ""},
    {"tenant.json", "tenants", "tenant"},
    {"authorization-server.json", "tenants", "authorization_server"},
    {"security-event-hook-configuration.json", "security-event-hook", ""},
    {"identity-verification.json", "identity", ""},
    {"organization.json", "", "organization"},
    {"tenant.json", "", "tenant"},
    {"authorization-server.json", "", "authorization_server"},
    {"user.json", "", "user"},
    {"client.json", "", "client"},
};

// The examples that do not match their schema, with the error_messages we answer. Both sides are
// idp-server's own files.
const std::map<std::string, std::vector<std::string>> k_known_mismatches = {
    // The schema's SecurityEventExecutionConfig knows "function" but not the "type" that the
    // slack examples' "default" event uses (their other events use "function"), and it sets
    // additionalProperties: false. idp-server's validator never checks additionalProperties.
    {"security-event-hook-configuration.json <- "
     "tenant-1e68932e-ed4a-43e7-b412-460665e42df3/security-event-hook/slack.json",
     {"events.default.execution.type is not an allowed property"}},
    {"security-event-hook-configuration.json <- test-tenant/security-event-hook/slack.json",
     {"events.default.execution.type is not an allowed property"}},
};

}  // namespace

BOOST_AUTO_TEST_SUITE(json_schema_idp_server)

BOOST_AUTO_TEST_CASE(every_schema_compiles_but_the_malformed_legacy_one) {
  // authentication/legacy/standard.json puts "required": [...] inside "properties", where it
  // declares a property named "required" whose schema is an array: malformed in every draft.
  const std::string legacy = "authentication/legacy/standard.json";
  const std::set<std::string> strict_refusals = {"client.json", "client-query.json", legacy};
  std::size_t compiled = 0;
  for (const auto& path : json_files(k_schemas)) {
    std::string name = relative(path, k_schemas);
    auto doc = load(path);
    auto lenient = Schema::compile(doc, Options::idp_server());
    auto strict = Schema::compile(doc);
    BOOST_TEST(lenient.ok() == (name != legacy), name);
    BOOST_TEST(strict.ok() == !strict_refusals.contains(name), name);
    if (lenient) ++compiled;
    if (!strict) std::cout << "strict draft-07 refuses " << name << ": " << strict.error() << "\n";
  }
  std::cout << compiled << " idp-server schemas compile with Options::idp_server()\n";
  BOOST_TEST(compiled == 32u);

  auto doc = load(k_schemas + "/client.json");
  auto strict = Schema::compile(doc);
  BOOST_REQUIRE(!strict.ok());
  BOOST_TEST(strict.error() ==
             "invalid JSON Schema: #/properties/client_id_alias/maxLength: must be a "
             "non-negative integer, not the string \"255\"");
  auto malformed = Schema::compile(load(k_schemas + "/" + legacy), Options::idp_server());
  BOOST_REQUIRE(!malformed.ok());
  BOOST_TEST(malformed.error() ==
             "invalid JSON Schema: #/properties/details/properties/standard/properties/required: "
             "must be a schema (an object or a boolean)");
}

BOOST_AUTO_TEST_CASE(example_configurations_match_their_schemas) {
  std::size_t checked = 0;
  std::set<std::string> mismatches_seen;
  for (const auto& pairing : k_pairings) {
    Schema schema = compile(pairing.schema);
    for (const auto& path : json_files(k_e2e)) {
      std::string name = relative(path, k_e2e);
      if (pairing.folder.empty() ? path.filename() != "initial.json"
                                 : path.parent_path().filename() != pairing.folder)
        continue;
      auto doc = load(path);
      const rapidjson::Value* body = &doc;
      if (!pairing.member.empty()) {
        auto it = doc.FindMember(pairing.member.c_str());
        if (it == doc.MemberEnd()) continue;
        body = &it->value;
      }
      ++checked;
      std::string key = pairing.schema + " <- " + name;
      auto messages = error_messages(schema.validate(*body));
      auto known = k_known_mismatches.find(key);
      if (known != k_known_mismatches.end()) {
        mismatches_seen.insert(key);
        BOOST_TEST(messages == known->second, key);
      } else {
        BOOST_TEST(messages.empty(), key);
      }
      for (const auto& m : messages)
        std::cout << key << (pairing.member.empty() ? "" : " ." + pairing.member) << ": " << m
                  << "\n";
    }
  }
  std::cout << checked << " example bodies checked against idp-server schemas\n";
  BOOST_TEST(checked >= 60u);
  BOOST_TEST(mismatches_seen.size() == k_known_mismatches.size());
}

BOOST_AUTO_TEST_CASE(strict_uri_format_refuses_the_empty_uris_idp_server_accepts) {
  // initial.json sends "" for logo_uri, tos_uri, policy_uri and service_documentation; "" is a
  // URI reference (what java.net.URI takes) but not a URI.
  auto doc = load(k_e2e + "/test-tenant/initial.json");
  auto strict = Schema::compile(load(k_schemas + "/client.json"), [] {
    Options o;
    o.accept_numeric_strings = true;
    return o;
  }());
  BOOST_REQUIRE(strict.ok());
  std::vector<std::string> expected = {"logo_uri is not a valid absolute URI (RFC 3986)",
                                       "tos_uri is not a valid absolute URI (RFC 3986)",
                                       "policy_uri is not a valid absolute URI (RFC 3986)"};
  BOOST_TEST(error_messages(strict->validate(doc["client"])) == expected,
             boost::test_tools::per_element());
  BOOST_TEST(compile("client.json").validate(doc["client"]).empty());
}

BOOST_AUTO_TEST_CASE(authentication_config_schema_describes_an_older_shape) {
  // authentication/authentication-config.json wants {id, type, payload}; every example holds
  // {id, type, attributes, metadata, interactions}, and several use types its enum lacks
  // ("password", "fido2", "external-token", …).
  Schema schema = compile("authentication/authentication-config.json");
  std::size_t examples = 0;
  for (const auto& path : json_files(k_e2e)) {
    if (relative(path, k_e2e).find("/authentication-config/") == std::string::npos) continue;
    ++examples;
    auto messages = error_messages(schema.validate(load(path)));
    BOOST_REQUIRE(!messages.empty());
    BOOST_TEST(messages.front() == "payload is a required property");
  }
  BOOST_TEST(examples >= 20u);
}

BOOST_AUTO_TEST_CASE(embedded_request_schemas_compile) {
  // Identity-verification templates and authentication configurations carry JSON Schemas of
  // their own ("schema", "request_validation_schema", …) for request bodies.
  std::size_t found = 0;
  std::vector<std::string> refused;
  for (const auto& path : json_files(k_config)) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    // templates/admin/initial.json holds unquoted ${…} placeholders: not JSON until filled in.
    auto doc = idp::json::parse(text.str());
    if (!doc) continue;
    std::vector<const rapidjson::Value*> stack{&*doc};
    while (!stack.empty()) {
      const rapidjson::Value* v = stack.back();
      stack.pop_back();
      if (v->IsArray())
        for (const auto& item : v->GetArray()) stack.push_back(&item);
      if (!v->IsObject()) continue;
      for (auto it = v->MemberBegin(); it != v->MemberEnd(); ++it) {
        std::string name(it->name.GetString(), it->name.GetStringLength());
        if (it->value.IsObject() && (name == "schema" || name.ends_with("_schema"))) {
          ++found;
          auto schema = Schema::compile(it->value, Options::idp_server());
          if (!schema) refused.push_back(relative(path, k_config) + ": " + schema.error());
        } else {
          stack.push_back(&it->value);
        }
      }
    }
  }
  std::cout << found << " embedded request/response schemas compile\n";
  BOOST_TEST(found >= 40u);
  BOOST_TEST(refused.empty(), boost::test_tools::per_element());
  for (const auto& r : refused) std::cout << r << "\n";
}

BOOST_AUTO_TEST_SUITE_END()
