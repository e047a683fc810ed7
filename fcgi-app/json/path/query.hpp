#pragma once
// JSONPath queries (RFC 9535) over RapidJSON values: the `from` of mapping rules and the `path` of
// conditions in identity-verification templates and authentication policies.
//
//   auto query = Query::compile("$.request_body.verification.evidence[0].type");
//   if (!query) … query.error() says what is wrong and at which character
//   std::vector<const rapidjson::Value*> nodes = query->select(document);
//
// A query is compiled once, when its configuration loads, and is then immutable: select() may be
// called from many threads at once. The nodelist is in the order RFC 9535 §2.1.2 defines.
#include <rapidjson/document.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/expected.hpp"

namespace idp::json::path {

// Queries come from tenant configuration and documents from requests and vendors, so both the
// compiler and select() are bounded. When select() reaches max_nodes or max_text_steps it stops
// where it is and returns the nodes selected so far: a prefix of the full nodelist (possibly
// empty), never a node the full evaluation would not select.
//
// max_nesting also counts function arguments, and is at most 256. A visit (max_nodes) is a node a
// selector looks at, including each member whose name a name selector compares, a pair of values
// compared, or a filter expression evaluated.
struct Limits {
  std::size_t max_query_bytes = 4096;  // length of the query text
  std::size_t max_nesting = 32;        // filters and parentheses inside one another
  std::size_t max_nodes = 100000;      // nodes one select() may visit; beyond, it stops early
  // Code points times NFA states that match() and search() examine, plus the code points length()
  // counts and the bytes of strings compared, in one select(); beyond, it stops early. About as
  // much time as max_nodes (tens of milliseconds at worst).
  std::size_t max_text_steps = 1000000;
};

class Query {
 public:
  // RFC 9535 §2: a well-formed and valid query, or an error naming the offending character.
  static Expected<Query> compile(std::string_view text, const Limits& limits = {});

  // The nodelist the query selects from `root` (pointers into `root`, valid while it lives).
  std::vector<const rapidjson::Value*> select(const rapidjson::Value& root) const;

  // The first selected node, or nullptr when the nodelist is empty.
  const rapidjson::Value* first(const rapidjson::Value& root) const;

  // RFC 9535 §2.3.5.1: a singular query selects at most one node (names and indices only). The
  // grammar of filters also wants no blank space inside the brackets of a singular query; here
  // "$[ 'a' ]" counts as singular, since it selects one node at most.
  bool singular() const;

  const std::string& text() const;

  struct Compiled;

 private:
  explicit Query(std::shared_ptr<const Compiled> compiled) : m_compiled(std::move(compiled)) {}
  std::shared_ptr<const Compiled> m_compiled;
};

}  // namespace idp::json::path
