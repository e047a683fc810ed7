#include "oauth/flow/authorization_response.hpp"

#include "http/form.hpp"

namespace idp::oauth {

std::string response_uri(const std::string& redirect_uri, const std::string& response_mode,
                         const ResponseParams& params) {
  std::string uri = redirect_uri;
  if (response_mode == "query") {
    uri += redirect_uri.find('?') == std::string::npos ? '?' : '&';
  } else {
    uri += '#';
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (i) uri += '&';
    uri += http::form_encode(params[i].first);
    uri += '=';
    uri += http::form_encode(params[i].second);
  }
  return uri;
}

}  // namespace idp::oauth
