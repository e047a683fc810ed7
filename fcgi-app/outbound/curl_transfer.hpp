#pragma once
// One HTTP exchange on a libcurl easy handle, without redirects: options, the callbacks that
// collect the answer within its size limit, the SSRF pinning, and the mapping of libcurl's
// failures to the port's error kinds. Internal to outbound/; CurlHttpClient drives it.
#include <curl/curl.h>

#include <cstdint>
#include <string>
#include <vector>

#include "outbound/address_policy.hpp"
#include "ports/outbound_http.hpp"

namespace idp::outbound {

struct TransferSpec {
  CURLU* url = nullptr;  // parsed and checked by the caller
  std::string host;      // as libcurl sees it (IPv6 in brackets)
  long port = 0;
  std::string origin;  // "https://host:port", for messages
  std::string method;
  const ports::HttpHeaders* headers = nullptr;
  const std::string* body = nullptr;
  std::int64_t timeout_ms = 0;
  std::int64_t connect_timeout_ms = 0;
  std::size_t max_response_bytes = 0;
  std::string ca_file;  // extra trust anchors; empty: the system's only
  std::string ca_path;  // the system's hashed certificate directory, used with ca_file
  std::string user_agent;
  Target target;
};

struct TransferResult {
  ports::OutboundResponse response;
  std::string redirect_url;  // the absolute Location of a 3xx answer, else empty
};

// The handle's memory of what earlier transfers pinned in its DNS cache ("host:port"), so that
// each transfer removes what the previous one added.
using PinnedEntries = std::vector<std::string>;

ports::OutboundResult<TransferResult> perform_transfer(CURL* handle, const TransferSpec& spec,
                                                       PinnedEntries& pinned);

}  // namespace idp::outbound
