// libFuzzer target for JSONPath (fcgi-app/json/path): the first line of the input is a query, the
// rest a document through the guarded JSON reader. Compiling and selecting must never crash or
// hang, and the answers must agree with each other:
// - a refused query says where and why ("at N: ..."), or that it is too long;
// - select() returns nodes of the document only, the same ones each time;
// - first() is select().front(), or nullptr when the nodelist is empty;
// - a singular query selects one node at most;
// - with a smaller budget, select() returns a prefix of what it returns with a larger one.
#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "json/path/query.hpp"
#include "json/reader.hpp"

namespace {

void check(bool condition) {
  if (!condition) __builtin_trap();
}

// Every node of the document, walked with an explicit stack.
std::unordered_set<const rapidjson::Value*> nodes_of(const rapidjson::Value& root) {
  std::unordered_set<const rapidjson::Value*> nodes;
  std::vector<const rapidjson::Value*> pending{&root};
  while (!pending.empty()) {
    const rapidjson::Value* v = pending.back();
    pending.pop_back();
    nodes.insert(v);
    if (v->IsArray())
      for (const auto& e : v->GetArray()) pending.push_back(&e);
    else if (v->IsObject())
      for (const auto& m : v->GetObject()) pending.push_back(&m.value);
  }
  return nodes;
}

bool is_prefix(const std::vector<const rapidjson::Value*>& prefix,
               const std::vector<const rapidjson::Value*>& whole) {
  if (prefix.size() > whole.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (prefix[i] != whole[i]) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using idp::json::path::Limits;
  using idp::json::path::Query;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t newline = text.find('\n');
  if (newline == std::string_view::npos) return 0;
  // Smaller budgets than production keep each run short; the code paths are the same.
  Limits limits;
  limits.max_nodes = 20000;
  limits.max_text_steps = 200000;
  auto query = Query::compile(text.substr(0, newline), limits);
  if (!query) {
    check(query.error().rfind("at ", 0) == 0 ||
          query.error().rfind("the query is longer than", 0) == 0);
    return 0;
  }
  check(query->text() == text.substr(0, newline));
  auto document = idp::json::parse(text.substr(newline + 1));
  if (!document) return 0;

  const auto selected = query->select(*document);
  const auto all = nodes_of(*document);
  for (const auto* node : selected) check(all.count(node) == 1);
  check(query->select(*document) == selected);
  const rapidjson::Value* first = query->first(*document);
  check(first == (selected.empty() ? nullptr : selected.front()));
  if (query->singular()) check(selected.size() <= 1);

  Limits smaller = limits;
  smaller.max_nodes = limits.max_nodes / 8;
  smaller.max_text_steps = limits.max_text_steps / 8;
  auto limited = Query::compile(text.substr(0, newline), smaller);
  check(limited.ok());
  check(is_prefix(limited->select(*document), selected));
  return 0;
}
