#include "browser.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <stdexcept>

#include "json/reader.hpp"
#include "json/writer.hpp"
#include "stack.hpp"

namespace idp::test {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string percent_decode(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && hex_value(s[i + 1]) >= 0 &&
               hex_value(s[i + 2]) >= 0) {
      out += static_cast<char>(hex_value(s[i + 1]) * 16 + hex_value(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

HttpResponse Browser::exchange(HttpRequest request) {
  std::string jar;
  for (const auto& [name, value] : m_cookies) jar += (jar.empty() ? "" : "; ") + name + "=" + value;
  if (!jar.empty()) request.headers.push_back("Cookie: " + jar);
  HttpResponse r = send(request);
  for (const auto& [name, value] : r.headers) {
    if (name != "set-cookie") continue;
    std::string pair = value.substr(0, value.find(';'));
    auto eq = pair.find('=');
    if (eq == std::string::npos) continue;
    std::string cookie_name = pair.substr(0, eq);
    if (value.find("Max-Age=0") != std::string::npos)
      m_cookies.erase(cookie_name);
    else
      m_cookies[cookie_name] = pair.substr(eq + 1);
  }
  return r;
}

HttpResponse Browser::get(const std::string& url) {
  HttpRequest r;
  r.url = url;
  return exchange(r);
}

HttpResponse Browser::post_json(const std::string& url, const std::string& body) {
  HttpRequest r;
  r.method = "POST";
  r.url = url;
  r.headers = {"Content-Type: application/json"};
  r.body = body;
  return exchange(r);
}

HttpResponse Browser::post_form(const std::string& url, const std::string& body) {
  HttpRequest r;
  r.method = "POST";
  r.url = url;
  r.headers = {"Content-Type: application/x-www-form-urlencoded"};
  r.body = body;
  return exchange(r);
}

std::string Browser::cookie(const std::string& name) const {
  auto it = m_cookies.find(name);
  return it == m_cookies.end() ? std::string() : it->second;
}

std::string url_param(const std::string& url, const std::string& name) {
  std::smatch m;
  if (std::regex_search(url, m, std::regex("[?&#]" + name + "=([^&#]*)")))
    return percent_decode(m[1]);
  return {};
}

std::string import_tenant_copy(const std::function<void(rapidjson::Document&)>& change) {
  const std::string source = "67e7eae6-62b0-4500-9eff-87459f63fc66";
  const std::string tenant = uuid();
  std::string text =
      read_file(data_path("idp-server-config/examples/e2e/test-tenant/initial.json"));
  text = std::regex_replace(text, std::regex(source), tenant);
  text = std::regex_replace(text, std::regex("9eb8eb8c-2615-4604-809f-5cae1c00a462"), uuid());
  auto doc = json::parse_object(text);
  if (!doc) throw std::runtime_error("initial.json: " + doc.error());
  if (change) change(*doc);

  namespace fs = std::filesystem;
  fs::path dir = fs::path(stack().var) / "import-cases" / tenant;
  fs::create_directories(dir);
  std::ofstream(dir / "initial.json") << json::write(*doc);
  std::string out;
  if (run(stack().bin + " import " + dir.string() + " --settings " + stack().settings(), out) != 0)
    throw std::runtime_error("import of a test tenant copy failed: " + out);
  return tenant;
}

}  // namespace idp::test
