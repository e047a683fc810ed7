#pragma once
// The eKYC vendor of the identity-verification tests (tests/integration/vendor/ekyc_vendor.mjs)
// as a child process on a free port of 127.0.0.1: its URL, what it received, and its control API
// (answers to fail or hang, callbacks it makes to the identity provider).
#include <rapidjson/document.h>
#include <sys/types.h>

#include <string>

#include "http_client.hpp"

namespace idp::test {

class EkycVendor {
 public:
  EkycVendor();
  ~EkycVendor();
  EkycVendor(const EkycVendor&) = delete;
  EkycVendor& operator=(const EkycVendor&) = delete;

  // http://localhost:PORT: the vendor listens on 127.0.0.1, and "localhost" is the host the
  // tests that switch the SSRF guard on leave bypassed (client_documents_test, management_test).
  const std::string& url() const { return m_url; }

  // The requests received whose path ends with `path_suffix` ("" for all), oldest first: an array
  // of {method, path, headers, body, raw_body, answered_status}.
  rapidjson::Document requests(const std::string& path_suffix = "") const;
  // The next `times` calls (0: until cleared) to a path ending with `path` wait `delay_ms` and,
  // when `status` is not 0, answer it with `body` (JSON) instead of the vendor's own answer.
  void behave(const std::string& path, int status, int delay_ms = 0, const std::string& body = "",
              int times = 1) const;
  // The vendor calls `url` (POST, JSON `body`, HTTP Basic when `username` is not empty) and
  // reports the provider's answer: its status, and its JSON body in `answer`.
  long call_back(const std::string& url, const std::string& username, const std::string& password,
                 const std::string& body, rapidjson::Document& answer) const;

 private:
  HttpResponse control(const std::string& method, const std::string& path,
                       const std::string& body = "") const;

  pid_t m_pid = -1;
  std::string m_url;
};

}  // namespace idp::test
