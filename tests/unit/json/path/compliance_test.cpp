// The JSONPath Compliance Test Suite (tests/data/jsonpath-cts): every case must pass, except those
// listed in k_skips with their reason (there are none). Prints the pass count per kind of selector
// (the first part of the case name: "basic", "filter", "functions, match", …).
#include <algorithm>
#include <array>
#include <boost/test/unit_test.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "json/path/query.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace {

using idp::json::path::Query;

struct Skip {
  std::string_view name;  // the case's "name"
  std::string_view reason;
};

constexpr std::array<Skip, 0> k_skips{};

const Skip* find_skip(std::string_view name) {
  for (const auto& skip : k_skips)
    if (skip.name == name) return &skip;
  return nullptr;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string_view text(const rapidjson::Value& v, const char* member) {
  const auto& m = v[member];
  return {m.GetString(), m.GetStringLength()};
}

// "functions, match, found match" → "functions, match"; "filter, equals string" → "filter".
std::string kind_of(std::string_view name) {
  std::size_t comma = name.find(',');
  if (name.substr(0, comma) == "functions" && comma != std::string_view::npos) {
    std::size_t next = name.find(',', comma + 1);
    return std::string(name.substr(0, next));
  }
  return std::string(name.substr(0, comma));
}

bool same_nodes(const std::vector<const rapidjson::Value*>& got, const rapidjson::Value& expected) {
  if (got.size() != expected.Size()) return false;
  for (rapidjson::SizeType i = 0; i < expected.Size(); ++i)
    if (*got[i] != expected[i]) return false;
  return true;
}

std::string show(const std::vector<const rapidjson::Value*>& nodes) {
  std::string out = "[";
  for (const auto* n : nodes) out.append(out.size() > 1 ? "," : "").append(idp::json::write(*n));
  return out + "]";
}

// Runs one case; "" when it passes, otherwise what went wrong.
std::string run_case(const rapidjson::Value& test) {
  const std::string_view selector = text(test, "selector");
  auto query = Query::compile(selector);
  if (test.HasMember("invalid_selector")) {
    if (query) return "compiled, but the selector is invalid";
    return "";
  }
  if (!query) return std::string("refused: ").append(query.error());
  const rapidjson::Value& document = test["document"];
  auto nodes = query->select(document);
  // Invariants of the interface, on every valid case.
  const rapidjson::Value* first = query->first(document);
  if (first != (nodes.empty() ? nullptr : nodes.front())) return "first() != select().front()";
  if (query->singular() && nodes.size() > 1) return "a singular query selected several nodes";
  if (test.HasMember("result")) {
    if (same_nodes(nodes, test["result"])) return "";
    return std::string("selected ")
        .append(show(nodes))
        .append(", expected ")
        .append(idp::json::write(test["result"]));
  }
  for (const auto& acceptable : test["results"].GetArray())
    if (same_nodes(nodes, acceptable)) return "";
  return std::string("selected ")
      .append(show(nodes))
      .append(", expected one of ")
      .append(idp::json::write(test["results"]));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(jsonpath_compliance_test_suite)

BOOST_AUTO_TEST_CASE(every_case_passes) {
  auto suite =
      idp::json::parse(read_file(std::string(IDP_TEST_DATA_DIR) + "/jsonpath-cts/cts.json"));
  if (!suite) BOOST_FAIL(suite.error());
  struct Count {
    std::string kind;
    std::size_t passed = 0, failed = 0, skipped = 0;
  };
  std::vector<Count> counts;
  std::size_t skips_used = 0;
  for (const auto& test : (*suite)["tests"].GetArray()) {
    const std::string_view name = text(test, "name");
    const std::string kind = kind_of(name);
    auto it =
        std::find_if(counts.begin(), counts.end(), [&](const Count& c) { return c.kind == kind; });
    if (it == counts.end()) it = counts.insert(counts.end(), Count{kind});
    Count& count = *it;
    if (find_skip(name) != nullptr) {
      ++count.skipped;
      ++skips_used;
      continue;
    }
    const std::string problem = run_case(test);
    if (problem.empty()) {
      ++count.passed;
    } else {
      ++count.failed;
      BOOST_ERROR(std::string(name) + " (" + std::string(text(test, "selector")) + "): " + problem);
    }
  }
  std::size_t passed = 0, failed = 0, skipped = 0;
  for (const Count& c : counts) {
    std::cout << "JSONPath Compliance Test Suite, " << c.kind << ": " << c.passed << "/"
              << c.passed + c.failed + c.skipped << " passed" << (c.failed ? ", FAILED " : "")
              << (c.failed ? std::to_string(c.failed) : "") << (c.skipped ? ", skipped " : "")
              << (c.skipped ? std::to_string(c.skipped) : "") << "\n";
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
  }
  std::cout << "JSONPath Compliance Test Suite: " << passed << " passed, " << failed << " failed"
            << (skipped ? ", skipped " : "") << (skipped ? std::to_string(skipped) : "") << "\n";
  BOOST_TEST(failed == 0u);
  BOOST_TEST(skips_used == k_skips.size());
}

BOOST_AUTO_TEST_SUITE_END()
