#include "json/schema/uri.hpp"

#include <cstddef>

#include "json/schema/formats.hpp"

namespace idp::json::schema {
namespace {

bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int hex_value(char c) {
  if (is_digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
// RFC 3986 §2.3
bool is_unreserved(char c) {
  return is_alpha(c) || is_digit(c) || c == '-' || c == '.' || c == '_' || c == '~';
}
// RFC 3986 §2.2
bool is_sub_delim(char c) {
  switch (c) {
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
      return true;
    default:
      return false;
  }
}

// Every character is unreserved, a sub-delim, a valid pct-encoded triple, or in `extra`.
bool all_of_class(std::string_view s, std::string_view extra) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '%') {
      if (i + 2 >= s.size() || !is_hex(s[i + 1]) || !is_hex(s[i + 2])) return false;
      i += 2;
      continue;
    }
    if (is_unreserved(c) || is_sub_delim(c) || extra.find(c) != std::string_view::npos) continue;
    return false;
  }
  return true;
}

// RFC 3986 §3.2.2 IP-literal, without the brackets.
bool is_ip_literal(std::string_view s) {
  if (!s.empty() && (s[0] == 'v' || s[0] == 'V')) {
    std::size_t dot = s.find('.');
    if (dot == std::string_view::npos || dot < 2 || dot + 1 >= s.size()) return false;
    for (std::size_t i = 1; i < dot; ++i)
      if (!is_hex(s[i])) return false;
    std::string_view rest = s.substr(dot + 1);
    for (char c : rest)
      if (!is_unreserved(c) && !is_sub_delim(c) && c != ':') return false;
    return true;
  }
  return is_ipv6(s);
}

// RFC 3986 §3.2
bool is_authority(std::string_view a) {
  std::size_t at = a.find('@');
  if (at != std::string_view::npos) {
    if (!all_of_class(a.substr(0, at), ":")) return false;
    a.remove_prefix(at + 1);
  }
  std::string_view port;
  if (!a.empty() && a[0] == '[') {
    std::size_t close = a.find(']');
    if (close == std::string_view::npos || !is_ip_literal(a.substr(1, close - 1))) return false;
    std::string_view rest = a.substr(close + 1);
    if (!rest.empty()) {
      if (rest[0] != ':') return false;
      port = rest.substr(1);
    }
  } else {
    std::size_t colon = a.find(':');
    std::string_view host = a.substr(0, colon);
    if (colon != std::string_view::npos) port = a.substr(colon + 1);
    // reg-name covers IPv4address too.
    if (!all_of_class(host, "")) return false;
  }
  for (char c : port)
    if (!is_digit(c)) return false;
  return true;
}

bool is_scheme(std::string_view s) {
  if (s.empty() || !is_alpha(s[0])) return false;
  for (char c : s)
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return false;
  return true;
}

bool check_reference(std::string_view text, bool require_scheme) {
  UriParts p = split_uri(text);
  if (require_scheme && !p.scheme) return false;
  if (p.scheme && !is_scheme(*p.scheme)) return false;
  if (p.authority && !is_authority(*p.authority)) return false;
  // pchar plus "/" (RFC 3986 §3.3).
  if (!all_of_class(p.path, ":@/")) return false;
  // path-noscheme: in a relative reference the first segment has no ":" (§4.2).
  if (!p.scheme && !p.authority) {
    std::size_t slash = p.path.find('/');
    if (p.path.substr(0, slash).find(':') != std::string::npos) return false;
  }
  if (p.query && !all_of_class(*p.query, ":@/?")) return false;
  if (p.fragment && !all_of_class(*p.fragment, ":@/?")) return false;
  return true;
}

// RFC 3986 §5.2.4
std::string remove_dot_segments(std::string_view input) {
  std::string out;
  while (!input.empty()) {
    if (input.starts_with("../")) {
      input.remove_prefix(3);
    } else if (input.starts_with("./")) {
      input.remove_prefix(2);
    } else if (input.starts_with("/./")) {
      input.remove_prefix(2);
    } else if (input == "/.") {
      input = "/";
    } else if (input.starts_with("/../") || input == "/..") {
      input = input.size() == 3 ? std::string_view("/") : input.substr(3);
      std::size_t last = out.rfind('/');
      out.resize(last == std::string::npos ? 0 : last);
    } else if (input == "." || input == "..") {
      input = {};
    } else {
      std::size_t start = input[0] == '/' ? 1 : 0;
      std::size_t next = input.find('/', start);
      if (next == std::string_view::npos) next = input.size();
      out.append(input.substr(0, next));
      input.remove_prefix(next);
    }
  }
  return out;
}

// RFC 3986 §5.2.3
std::string merge_paths(const UriParts& base, const std::string& reference_path) {
  if (base.authority && base.path.empty()) return "/" + reference_path;
  std::size_t last = base.path.rfind('/');
  if (last == std::string::npos) return reference_path;
  return base.path.substr(0, last + 1) + reference_path;
}

}  // namespace

UriParts split_uri(std::string_view s) {
  UriParts p;
  // ^(([^:/?#]+):)?(//([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?
  std::size_t scheme_end = s.find_first_of(":/?#");
  if (scheme_end != std::string_view::npos && scheme_end > 0 && s[scheme_end] == ':') {
    p.scheme = std::string(s.substr(0, scheme_end));
    s.remove_prefix(scheme_end + 1);
  }
  if (s.starts_with("//")) {
    s.remove_prefix(2);
    std::size_t end = s.find_first_of("/?#");
    if (end == std::string_view::npos) end = s.size();
    p.authority = std::string(s.substr(0, end));
    s.remove_prefix(end);
  }
  std::size_t path_end = s.find_first_of("?#");
  if (path_end == std::string_view::npos) path_end = s.size();
  p.path = std::string(s.substr(0, path_end));
  s.remove_prefix(path_end);
  if (!s.empty() && s[0] == '?') {
    std::size_t end = s.find('#');
    if (end == std::string_view::npos) end = s.size();
    p.query = std::string(s.substr(1, end - 1));
    s.remove_prefix(end);
  }
  if (!s.empty() && s[0] == '#') p.fragment = std::string(s.substr(1));
  return p;
}

std::string join_uri(const UriParts& p) {
  // RFC 3986 §5.3
  std::string out;
  if (p.scheme) out += *p.scheme + ":";
  if (p.authority) out += "//" + *p.authority;
  out += p.path;
  if (p.query) out += "?" + *p.query;
  if (p.fragment) out += "#" + *p.fragment;
  return out;
}

std::string resolve_uri(std::string_view base_text, std::string_view reference) {
  UriParts r = split_uri(reference);
  UriParts base = split_uri(base_text);
  UriParts t;
  if (r.scheme) {
    t.scheme = r.scheme;
    t.authority = r.authority;
    t.path = remove_dot_segments(r.path);
    t.query = r.query;
  } else {
    if (r.authority) {
      t.authority = r.authority;
      t.path = remove_dot_segments(r.path);
      t.query = r.query;
    } else {
      if (r.path.empty()) {
        t.path = base.path;
        t.query = r.query ? r.query : base.query;
      } else {
        if (r.path[0] == '/')
          t.path = remove_dot_segments(r.path);
        else
          t.path = remove_dot_segments(merge_paths(base, r.path));
        t.query = r.query;
      }
      t.authority = base.authority;
    }
    t.scheme = base.scheme;
  }
  t.fragment = r.fragment;
  return join_uri(t);
}

bool is_uri(std::string_view text) {
  return check_reference(text, /*require_scheme=*/true);
}

bool is_uri_reference(std::string_view text) {
  return check_reference(text, /*require_scheme=*/false);
}

std::optional<std::string> percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size() || !is_hex(text[i + 1]) || !is_hex(text[i + 2])) return std::nullopt;
    out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
    i += 2;
  }
  return out;
}

}  // namespace idp::json::schema
