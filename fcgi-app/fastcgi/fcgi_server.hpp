#pragma once
// The only code that knows FastCGI: it accepts requests on the listening socket, turns them into
// http::Request values, and writes http::Response values back.
#include <functional>
#include <string>

#include "base/expected.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace idp::fastcgi {

struct Exchange {
  http::Request request;
  bool body_too_large = false;  // the body was not read: it exceeds the configured limit
};

using Handler = std::function<http::Response(Exchange&)>;

// Process-wide libfcgi initialisation; call once in the master before forking.
void init();

// Binds the unix socket (refusing when another live server answers on it), hands it to `group`
// with mode 0660 so nginx can connect, and makes it non-blocking so that idle threads can also
// watch a stop signal.
Expected<int> open_socket(const std::string& path, const std::string& group, int backlog);

// Serves requests on `listen_fd` until `stop_fd` becomes readable. A request in hand is always
// finished before returning, which is what lets a worker drain on SIGTERM.
void serve(int listen_fd, int stop_fd, std::size_t max_body_bytes, const Handler& handler);

}  // namespace idp::fastcgi
