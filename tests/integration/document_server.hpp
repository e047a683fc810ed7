#pragma once
// A real HTTPS server for documents the provider fetches (a client's jwks_uri, its
// sector_identifier_uri): `openssl s_server -WWW` serving a temporary folder on a free port of
// localhost, with the stack's server certificate (its CA is the stack's outbound_ca_file).
#include <sys/types.h>

#include <string>

namespace idp::test {

class DocumentServer {
 public:
  DocumentServer();
  ~DocumentServer();
  DocumentServer(const DocumentServer&) = delete;
  DocumentServer& operator=(const DocumentServer&) = delete;

  void put(const std::string& name, const std::string& content) const;
  std::string url(const std::string& name) const;

 private:
  std::string m_dir;
  int m_port = 0;
  pid_t m_pid = -1;
};

}  // namespace idp::test
