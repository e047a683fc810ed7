#include "control/sector_identifier_check.hpp"

#include "oauth/pairwise.hpp"

namespace idp::control {

Status check_sector_identifier_uri(const domain::Client& client, ports::OutboundHttp& http) {
  if (!client.sector_identifier_uri || client.sector_identifier_uri->empty()) return ok_status();
  const std::string& url = *client.sector_identifier_uri;
  ports::OutboundRequest request;
  request.url = url;
  request.headers = {{"Accept", "application/json"}};
  request.timeout_ms = 10'000;
  request.max_response_bytes = 512 * 1024;
  auto answer = http.send(request);
  if (!answer) return fail("client.sector_identifier_uri: " + answer.error().message);
  if (answer->status != 200)
    return fail("client.sector_identifier_uri: " + url + " answered HTTP " +
                std::to_string(answer->status));
  if (auto ok = oauth::check_sector_identifier_document(answer->body, client.redirect_uris); !ok)
    return fail("client.sector_identifier_uri: " + ok.error());
  return ok_status();
}

}  // namespace idp::control
