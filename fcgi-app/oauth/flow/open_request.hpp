#pragma once
// What the interaction endpoints under /{tenant-id}/v1/authorizations/{id}/… share: the stored
// request reopened and validated again, and the shapes of their answers.
#include <string>
#include <string_view>

#include "base/expected.hpp"
#include "domain/client.hpp"
#include "http/form.hpp"
#include "http/request.hpp"
#include "http/response.hpp"
#include "oauth/authorization/authorization_request.hpp"
#include "oauth/authorization/authorization_response.hpp"
#include "oauth/endpoint_context.hpp"
#include "ports/records.hpp"

namespace idp::oauth {

// An error answered to the browser as JSON, never sent to a redirect URI.
http::Response shown_error(int status, std::string_view error, std::string_view description);

// Errors about the client or the redirect URI are shown; the rest go to the verified redirect URI.
http::Response authorization_error(const EndpointContext& ctx, const AuthorizationError& e);

// The request parameters as stored with the transaction, and back.
std::string params_json(const http::Params& params);
http::Params params_of(const std::string& stored);

struct OpenRequest {
  ports::AuthorizationRequestRecord record;
  domain::Client client;
  AuthorizationRequest request;
};

// The open transaction `id` of this browser, validated again against the current configuration.
Expected<OpenRequest, http::Response> reopen(const EndpointContext& ctx,
                                             const http::Request& http_request,
                                             std::string_view id);

// What the UI sends the browser to: {"status", "redirect_uri"} with the response in the redirect
// URI's query or fragment; for form_post the bare redirect URI, "response_mode" and the
// "parameters" to post.
http::Response interaction_answer(const AuthorizationRequest& request, const ResponseParams& params,
                                  std::string_view status = "success");

// The same response sent straight to the redirect URI (302, or the form_post page).
http::Response redirect_answer(const AuthorizationRequest& request, const ResponseParams& params);

// state (when sent) and iss (RFC 9207, when announced) appended to a response.
ResponseParams with_state_and_iss(const EndpointContext& ctx, ResponseParams params,
                                  const AuthorizationRequest& request);

}  // namespace idp::oauth
