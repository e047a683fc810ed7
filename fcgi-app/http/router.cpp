#include "http/router.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "http/form.hpp"
#include "http/utf8.hpp"

namespace idp::http {

// ---------------------------------------------------------------------------------------------
// PathParams

std::optional<std::string_view> PathParams::get(std::string_view name) const {
  for (const auto& [k, v] : m_params)
    if (k == name) return std::string_view(v);
  return std::nullopt;
}

std::string_view PathParams::at(std::string_view name) const {
  if (auto v = get(name)) return *v;
  throw std::out_of_range("path parameter \"" + std::string(name) + "\" is not in the template");
}

void PathParams::add(std::string name, std::string value) {
  m_params.emplace_back(std::move(name), std::move(value));
}

// ---------------------------------------------------------------------------------------------
// Path decoding

namespace {

bool has_control(std::string_view s) {
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) return true;
  }
  return false;
}

}  // namespace

Expected<std::vector<std::string>, HttpError> decode_path(std::string_view raw_path,
                                                          const RouteLimits& limits) {
  if (raw_path.size() > limits.max_path_bytes)
    return fail_with({414, "invalid_request",
                      "path is longer than " + std::to_string(limits.max_path_bytes) + " bytes"});
  if (raw_path.empty() || raw_path.front() != '/')
    return fail_with(bad_request("path must start with '/'"));
  std::vector<std::string> segments;
  if (raw_path == "/") return segments;
  std::size_t start = 1;
  while (start <= raw_path.size()) {
    std::size_t slash = raw_path.find('/', start);
    if (slash == std::string_view::npos) slash = raw_path.size();
    const std::string_view raw = raw_path.substr(start, slash - start);
    start = slash + 1;
    const std::string where = "path segment " + std::to_string(segments.size() + 1);
    if (raw.empty())
      return fail_with(bad_request("path has an empty segment (\"//\" or a trailing '/')"));
    if (segments.size() == limits.max_segments)
      return fail_with({404, "not_found",
                        "path has more than " + std::to_string(limits.max_segments) + " segments"});
    auto decoded = percent_decode(raw, PlusDecoding::literal);
    if (!decoded) return fail_with(bad_request(where + " " + decoded.error()));
    if (*decoded == "." || *decoded == "..")
      return fail_with(bad_request(where + " is a \".\" or \"..\" segment"));
    if (decoded->find_first_of("/\\") != std::string::npos)
      return fail_with(bad_request(where + " contains an encoded '/' or a '\\'"));
    if (has_control(*decoded))
      return fail_with(bad_request(where + " contains a control character"));
    segments.push_back(std::move(*decoded));
  }
  return segments;
}

// ---------------------------------------------------------------------------------------------
// RouteTable

namespace {

struct Node {
  std::map<std::string, std::unique_ptr<Node>, std::less<>> literals;
  std::unique_ptr<Node> param;
  std::unique_ptr<Node> rest;                              // catch-all; always a leaf
  std::map<std::string, std::size_t, std::less<>> routes;  // method → route id
};

struct Route {
  std::string method;
  std::string path_template;
  std::vector<std::string> param_names;  // in template order
};

enum class SegmentKind { literal, param, rest };

struct TemplateSegment {
  SegmentKind kind;
  std::string text;  // literal text or parameter name
};

[[noreturn]] void bad_template(std::string_view path_template, std::string_view what) {
  throw std::invalid_argument("route template \"" + std::string(path_template) + "\" " +
                              std::string(what));
}

bool is_param_name(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_'))
      return false;
  return true;
}

bool is_method(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

std::vector<TemplateSegment> parse_template(std::string_view t) {
  if (t.empty() || t.front() != '/') bad_template(t, "must start with '/'");
  std::vector<TemplateSegment> out;
  if (t == "/") return out;
  std::size_t start = 1;
  while (start <= t.size()) {
    std::size_t slash = t.find('/', start);
    if (slash == std::string_view::npos) slash = t.size();
    const std::string_view seg = t.substr(start, slash - start);
    start = slash + 1;
    if (!out.empty() && out.back().kind == SegmentKind::rest)
      bad_template(t, "has segments after a catch-all {name...}");
    if (seg.empty()) bad_template(t, "has an empty segment");
    if (seg.front() == '{') {
      if (seg.back() != '}') bad_template(t, "has a '{' without a closing '}'");
      std::string_view name = seg.substr(1, seg.size() - 2);
      SegmentKind kind = SegmentKind::param;
      if (name.size() > 3 && name.substr(name.size() - 3) == "...") {
        name.remove_suffix(3);
        kind = SegmentKind::rest;
      }
      if (!is_param_name(name)) bad_template(t, "has a parameter name outside [A-Za-z0-9_-]");
      for (const auto& s : out)
        if (s.kind != SegmentKind::literal && s.text == name)
          bad_template(t, "repeats the parameter {" + std::string(name) + "}");
      out.push_back({kind, std::string(name)});
      continue;
    }
    if (seg == "." || seg == "..") bad_template(t, "has a '.' or '..' segment");
    if (seg.find_first_of("{}%\\") != std::string_view::npos || has_control(seg) ||
        !is_valid_utf8(seg))
      bad_template(t, "has a literal segment with '{', '}', '%', '\\' or a control character");
    out.push_back({SegmentKind::literal, std::string(seg)});
  }
  return out;
}

const std::size_t* route_for(const Node& node, std::string_view method) {
  if (auto it = node.routes.find(method); it != node.routes.end()) return &it->second;
  if (method == "HEAD")
    if (auto it = node.routes.find("GET"); it != node.routes.end()) return &it->second;
  return nullptr;
}

std::string join_from(const std::vector<std::string>& segments, std::size_t i) {
  std::string out;
  for (; i < segments.size(); ++i) {
    if (!out.empty()) out += '/';
    out += segments[i];
  }
  return out;
}

// Depth-first, literal before parameter before catch-all: the first route found is the most
// literal one. Each node sits at a fixed depth, so the search visits each node at most once.
const std::size_t* find(const Node& node, const std::vector<std::string>& segments, std::size_t i,
                        std::string_view method, std::vector<std::string>& captured) {
  if (i == segments.size()) return route_for(node, method);
  if (auto it = node.literals.find(segments[i]); it != node.literals.end())
    if (auto r = find(*it->second, segments, i + 1, method, captured)) return r;
  if (node.param) {
    captured.push_back(segments[i]);
    if (auto r = find(*node.param, segments, i + 1, method, captured)) return r;
    captured.pop_back();
  }
  if (node.rest)
    if (auto r = route_for(*node.rest, method)) {
      captured.push_back(join_from(segments, i));
      return r;
    }
  return nullptr;
}

void collect_methods(const Node& node, const std::vector<std::string>& segments, std::size_t i,
                     std::set<std::string>& methods) {
  auto add_all = [&](const Node& n) {
    for (const auto& [m, id] : n.routes) methods.insert(m);
  };
  if (i == segments.size()) {
    add_all(node);
    return;
  }
  if (auto it = node.literals.find(segments[i]); it != node.literals.end())
    collect_methods(*it->second, segments, i + 1, methods);
  if (node.param) collect_methods(*node.param, segments, i + 1, methods);
  if (node.rest) add_all(*node.rest);
}

std::string join_methods(const std::vector<std::string>& methods) {
  std::string out;
  for (const auto& m : methods) {
    if (!out.empty()) out += ", ";
    out += m;
  }
  return out;
}

}  // namespace

struct RouteTable::Impl {
  Node root;
  std::vector<Route> routes;
};

RouteTable::RouteTable() : m_impl(std::make_unique<Impl>()) {}
RouteTable::~RouteTable() = default;
RouteTable::RouteTable(RouteTable&&) noexcept = default;
RouteTable& RouteTable::operator=(RouteTable&&) noexcept = default;

std::size_t RouteTable::add(std::string_view method, std::string_view path_template) {
  if (!is_method(method))
    bad_template(path_template, "is added with a method that is not upper-case letters");
  const auto segments = parse_template(path_template);
  Route route{std::string(method), std::string(path_template), {}};
  Node* node = &m_impl->root;
  for (const auto& seg : segments) {
    std::unique_ptr<Node>* next = nullptr;
    switch (seg.kind) {
      case SegmentKind::literal:
        next = &node->literals[seg.text];
        break;
      case SegmentKind::param:
        next = &node->param;
        break;
      case SegmentKind::rest:
        next = &node->rest;
        break;
    }
    if (!*next) *next = std::make_unique<Node>();
    node = next->get();
    if (seg.kind != SegmentKind::literal) route.param_names.push_back(seg.text);
  }
  if (auto it = node->routes.find(method); it != node->routes.end())
    bad_template(path_template, "conflicts with " + std::string(method) + " " +
                                    m_impl->routes[it->second].path_template);
  const std::size_t id = m_impl->routes.size();
  node->routes.emplace(std::string(method), id);
  m_impl->routes.push_back(std::move(route));
  return id;
}

Expected<RouteTable::Found, HttpError> RouteTable::match(std::string_view method,
                                                         std::string_view raw_path) const {
  auto segments = decode_path(raw_path, m_limits);
  if (!segments) return fail_with(segments.error());
  std::vector<std::string> captured;
  if (const std::size_t* id = find(m_impl->root, *segments, 0, method, captured)) {
    const Route& route = m_impl->routes[*id];
    Found found{*id, {}};
    for (std::size_t k = 0; k < route.param_names.size() && k < captured.size(); ++k)
      found.params.add(route.param_names[k], std::move(captured[k]));
    return found;
  }
  const auto allowed = allowed_methods(raw_path);
  if (allowed.empty()) return fail_with({404, "not_found", "no endpoint exists at this path"});
  const std::string allow = join_methods(allowed);
  return fail_with({405,
                    "method_not_allowed",
                    "method " + shorten_for_message(method, 16) +
                        " is not allowed at this path; allowed: " + allow,
                    {{"Allow", allow}}});
}

std::vector<std::string> RouteTable::allowed_methods(std::string_view raw_path) const {
  auto segments = decode_path(raw_path, m_limits);
  if (!segments) return {};
  std::set<std::string> methods;
  collect_methods(m_impl->root, *segments, 0, methods);
  if (methods.count("GET")) methods.insert("HEAD");
  return {methods.begin(), methods.end()};
}

const std::string& RouteTable::path_template(std::size_t route) const {
  return m_impl->routes.at(route).path_template;
}

const std::string& RouteTable::method(std::size_t route) const {
  return m_impl->routes.at(route).method;
}

std::size_t RouteTable::size() const {
  return m_impl->routes.size();
}

}  // namespace idp::http
