#pragma once
// A browser for flow tests: keeps every cookie the stack sets (Set-Cookie, with removal by
// Max-Age=0) and sends them back, and imports tenants of its own when a test needs a
// configuration the shared e2e test tenant does not have.
#include <rapidjson/document.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "http_client.hpp"

namespace idp::test {

class Browser {
 public:
  HttpResponse get(const std::string& url);
  HttpResponse post_json(const std::string& url, const std::string& body);
  HttpResponse post_form(const std::string& url, const std::string& body);

  std::string cookie(const std::string& name) const;
  bool has_cookie(const std::string& name) const { return m_cookies.count(name) != 0; }
  void set_cookie(const std::string& name, const std::string& value) { m_cookies[name] = value; }

 private:
  HttpResponse exchange(HttpRequest request);
  std::map<std::string, std::string> m_cookies;
};

// The parameter `name` from a URL's query or fragment ("" when absent), percent-decoded.
std::string url_param(const std::string& url, const std::string& name);

// idp-server's e2e test-tenant initial.json (organization, tenant, authorization server, the
// user ito.ichiro@gmail.com and the client clientSecretPost), imported under a new tenant and
// organization id after `change` edited it, with the test-tenant's files named in `also` (e.g.
// "authentication-policy/oauth.json"). Returns the tenant id.
std::string import_tenant_copy(const std::function<void(rapidjson::Document&)>& change = {},
                               const std::vector<std::string>& also = {});

}  // namespace idp::test
