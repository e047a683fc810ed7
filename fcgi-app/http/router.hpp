#pragma once
// The route table: method + path template → handler.
//
// Templates are '/'-separated segments, each a literal (`v1`, `permissions:remove`), a parameter
// (`{tenant-id}`) or, last only, a catch-all (`{path...}`: one or more remaining segments joined
// with '/'). Examples: `/health`, `/{tenant-id}/.well-known/openid-configuration`,
// `/{tenant-id}/v1/authorizations/{id}/{interaction-type}`.
//
// Matching works on the percent-decoded segments of the request path. Among the templates that
// accept the request method, the one whose segments are most literal from left to right wins
// (literal before parameter before catch-all), so `/{tenant-id}/v1/authorizations/push` beats
// `/{tenant-id}/v1/authorizations/{id}` for ".../push". HEAD falls back to the GET route (nginx
// drops the body of a HEAD answer). When templates match the path but none accepts the method,
// the answer is 405 with `Allow` listing every method those templates accept.
//
// Paths are refused (400) when they do not start with '/', have an empty segment ("//", a trailing
// '/'), a "." or ".." segment (also percent-encoded), a bad %XX escape, a NUL or control byte, an
// encoded '/' or a '\', or invalid UTF-8 — such a path matches nothing we serve and is a classic
// route-confusion probe. "/" itself is the path with no segments.
//
// Handler type: Router is a template over it, so the layer above picks its own signature. The
// usual one is HandlerFunction<Context> below, with `Context` the per-request state of the caller
// (tenant, repositories, clock, …), opaque to this layer.
//
// Setup is single-threaded (add); afterwards a Router is immutable and match() is safe from many
// threads. A RouteMatch refers into the Router and must not outlive it.
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/expected.hpp"
#include "http/http_error.hpp"
#include "http/request.hpp"
#include "http/response.hpp"

namespace idp::http {

// Parameter name → percent-decoded segment, in template order.
class PathParams {
 public:
  using Param = std::pair<std::string, std::string>;

  std::optional<std::string_view> get(std::string_view name) const;
  // The value of a parameter the template is known to have; throws std::out_of_range otherwise
  // (a handler asking for a name its template lacks is a programming error).
  std::string_view at(std::string_view name) const;
  std::size_t size() const { return m_params.size(); }
  bool empty() const { return m_params.empty(); }
  auto begin() const { return m_params.begin(); }
  auto end() const { return m_params.end(); }

  void add(std::string name, std::string value);

 private:
  std::vector<Param> m_params;
};

template <class Context>
using HandlerFunction = std::function<Response(Context&, const Request&, const PathParams&)>;

struct RouteLimits {
  std::size_t max_path_bytes = 4096;  // longer: 414
  std::size_t max_segments = 32;      // more: 404 (no template is that deep)
};

// The matching engine, independent of the handler type. Route ids are dense, from 0, in the order
// of add().
class RouteTable {
 public:
  struct Found {
    std::size_t route;
    PathParams params;
  };

  RouteTable();
  ~RouteTable();
  RouteTable(RouteTable&&) noexcept;
  RouteTable& operator=(RouteTable&&) noexcept;

  // Throws std::invalid_argument (naming the template) for a malformed template or method, or when
  // the method is already routed for a template of the same shape (`/{a}/x` and `/{b}/x`).
  std::size_t add(std::string_view method, std::string_view path_template);

  // 400 for a refused path, 404 when no template matches, 405 (+ Allow) when no matching template
  // accepts `method`.
  Expected<Found, HttpError> match(std::string_view method, std::string_view raw_path) const;

  // Methods accepted at `raw_path` (sorted, HEAD added where GET is), empty when nothing matches:
  // for answering a plain OPTIONS request.
  std::vector<std::string> allowed_methods(std::string_view raw_path) const;

  const std::string& path_template(std::size_t route) const;
  const std::string& method(std::size_t route) const;
  std::size_t size() const;

  void set_limits(const RouteLimits& limits) { m_limits = limits; }

 private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
  RouteLimits m_limits;
};

// Splits and decodes a request path the way the router does; exposed for tests and for code that
// must agree with the router about what a path means.
Expected<std::vector<std::string>, HttpError> decode_path(std::string_view raw_path,
                                                          const RouteLimits& limits = {});

template <class Handler>
struct RouteMatch {
  const Handler* handler;
  std::string_view path_template;  // for logs and metrics: no identifiers in it
  PathParams params;
};

template <class Handler>
class Router {
 public:
  void add(std::string_view method, std::string_view path_template, Handler handler) {
    const std::size_t id = m_table.add(method, path_template);
    if (id != m_handlers.size()) throw std::logic_error("route ids out of step");
    m_handlers.push_back(std::move(handler));
  }
  void add(std::initializer_list<std::string_view> methods, std::string_view path_template,
           const Handler& handler) {
    for (std::string_view m : methods) add(m, path_template, handler);
  }

  Expected<RouteMatch<Handler>, HttpError> match(std::string_view method,
                                                 std::string_view raw_path) const {
    auto found = m_table.match(method, raw_path);
    if (!found) return fail_with(found.error());
    return RouteMatch<Handler>{&m_handlers[found->route], m_table.path_template(found->route),
                               std::move(found->params)};
  }
  Expected<RouteMatch<Handler>, HttpError> match(const Request& request) const {
    return match(request.method, request.path);
  }

  std::vector<std::string> allowed_methods(std::string_view raw_path) const {
    return m_table.allowed_methods(raw_path);
  }
  void set_limits(const RouteLimits& limits) { m_table.set_limits(limits); }
  std::size_t size() const { return m_handlers.size(); }

 private:
  RouteTable m_table;
  std::vector<Handler> m_handlers;
};

}  // namespace idp::http
