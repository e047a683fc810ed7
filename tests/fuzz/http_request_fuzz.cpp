// libFuzzer target: one whole request through the HTTP layer: routing, query parsing, CORS,
// body checks, cookies, Authorization, interaction id, security headers.
//
// Input layout (lines split at '\n'):
//   method \n path \n query \n header-name: value \n … \n \n body
// Invariants checked: no answer header holds CR, LF or NUL (no response splitting), every error
// answer is valid JSON, and a matched route's parameters are decoded, non-empty segments.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "http/basic_auth.hpp"
#include "http/bearer_token.hpp"
#include "http/body.hpp"
#include "http/cookies.hpp"
#include "http/cors.hpp"
#include "http/form.hpp"
#include "http/interaction_id.hpp"
#include "http/router.hpp"
#include "http/security_headers.hpp"
#include "json/reader.hpp"

namespace {

using namespace idp::http;

void require(bool condition) {
  if (!condition) __builtin_trap();
}

// A slice of the real route table (shared/reference/ENDPOINTS.md).
const Router<int>& routes() {
  static const Router<int> r = [] {
    Router<int> t;
    int id = 0;
    t.add("GET", "/health", ++id);
    t.add("GET", "/.well-known/ssf-configuration/{tenant-id}", ++id);
    t.add("GET", "/{tenant-id}/.well-known/openid-configuration", ++id);
    t.add("GET", "/{tenant-id}/v1/jwks", ++id);
    t.add({"GET", "POST"}, "/{tenant-id}/v1/authorizations", ++id);
    t.add("POST", "/{tenant-id}/v1/authorizations/push", ++id);
    t.add("GET", "/{tenant-id}/v1/authorizations/{id}/view-data", ++id);
    t.add("POST", "/{tenant-id}/v1/authorizations/{id}/authorize", ++id);
    t.add("POST", "/{tenant-id}/v1/authorizations/{id}/{interaction-type}", ++id);
    t.add("POST",
          "/{tenant-id}/v1/authorizations/{id}/federations/{federation-type}/{sso-provider-name}",
          ++id);
    t.add("POST", "/{tenant-id}/v1/tokens", ++id);
    t.add({"GET", "POST"}, "/{tenant-id}/v1/userinfo", ++id);
    t.add("POST", "/v1/admin/initialization", ++id);
    t.add({"GET", "PUT", "DELETE"}, "/v1/management/tenants/{tenant-id}", ++id);
    t.add("PUT", "/v1/management/tenants/{tenant-id}/roles/{id}/permissions:remove", ++id);
    t.add("GET", "/{path...}", ++id);
    return t;
  }();
  return r;
}

const CorsPolicy& cors_policy(bool wildcard) {
  static const CorsPolicy listed{.allow_origins = {"https://rp.example", "https://[::1]:8443"},
                                 .allow_headers = "Authorization, Content-Type, DPoP",
                                 .allow_methods = "GET, POST",
                                 .allow_credentials = true,
                                 .max_age = 600,
                                 .expose_headers = "x-fapi-interaction-id"};
  static const CorsPolicy any{.allow_origins = {"*"},
                              .allow_headers = "*",
                              .allow_methods = "*",
                              .allow_credentials = true};
  return wildcard ? any : listed;
}

std::string_view next_line(std::string_view& in) {
  const std::size_t nl = in.find('\n');
  std::string_view line = in.substr(0, nl);
  in = nl == std::string_view::npos ? std::string_view() : in.substr(nl + 1);
  return line;
}

Request request_from(std::string_view in) {
  Request r;
  r.method = next_line(in);
  r.path = next_line(in);
  r.query = next_line(in);
  while (!in.empty()) {
    const std::string_view line = next_line(in);
    if (line.empty()) break;
    const std::size_t colon = line.find(':');
    std::string name(line.substr(0, colon));
    for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    std::string_view value = colon == std::string_view::npos ? "" : line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    r.headers.emplace_back(std::move(name), std::string(value));
  }
  r.body = in;
  r.scheme = r.body.size() % 2 ? "http" : "https";
  return r;
}

void check_response(const Response& r) {
  for (const auto& [name, value] : r.headers) {
    require(name.find_first_of(std::string_view("\r\n\0:", 4)) == std::string::npos);
    require(value.find_first_of(std::string_view("\r\n\0", 3)) == std::string::npos);
  }
  if (r.status >= 400) require(idp::json::parse_object(r.body).ok());
}

std::string random_bytes(std::size_t n) {
  return std::string(n, '\x5a');
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Request request = request_from(std::string_view(reinterpret_cast<const char*>(data), size));
  const CorsPolicy& cors = cors_policy(request.path.size() % 2 == 1);

  Response response;
  if (is_preflight(request)) {
    response = preflight_response(cors, request);
  } else if (auto match = routes().match(request)) {
    for (const auto& [name, value] : match->params) {
      require(!name.empty() && !value.empty());
      require(value != "." && value != "..");
      if (name != "path") require(value.find('/') == std::string::npos);
    }
    auto query = parse_oauth_params(request.query);
    if (!query) response = bad_request("query: " + query.error()).to_response();
    auto json = json_object_body(request, {.max_bytes = 4096});
    auto form = oauth_form_body(request, {.max_bytes = 4096});
    if (!json && !form) response = form.error().to_response();
    if (auto authorization = request.header("authorization")) {
      if (has_auth_scheme(*authorization, "Basic")) {
        auto client = parse_client_secret_basic(*authorization);
        if (!client) response = bad_request(client.error()).to_response();
      } else if (auto token = parse_bearer_token(*authorization); !token) {
        response = bad_request(token.error()).to_response();
      }
    }
    (void)request_cookies(request);
  } else {
    response = match.error().to_response();
    (void)routes().allowed_methods(request.path);
  }
  apply_cors(cors, request, response);
  set_interaction_id(response, interaction_id(request, random_bytes));
  apply_security_headers(request, response);
  check_response(response);
  return 0;
}
