#include "browser.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <stdexcept>

#include "http/form.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"
#include "stack.hpp"

namespace idp::test {

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
    if (auto decoded = http::percent_decode(m[1].str())) return *decoded;
  return {};
}

std::string import_tenant_copy(const std::function<void(rapidjson::Document&)>& change,
                               const std::vector<std::string>& also) {
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
  for (const auto& file : also) {
    fs::create_directories((dir / file).parent_path());
    std::ofstream(dir / file) << read_file(
        data_path("idp-server-config/examples/e2e/test-tenant/" + file));
  }
  std::string out;
  if (run(stack().bin + " import " + dir.string() + " --settings " + stack().settings(), out) != 0)
    throw std::runtime_error("import of a test tenant copy failed: " + out);
  return tenant;
}

}  // namespace idp::test
