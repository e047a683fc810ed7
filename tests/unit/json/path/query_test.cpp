// Behaviour of idp::json::path::Query beyond the compliance suite: the interface (first(),
// singular(), text()), error messages, the limits on untrusted queries and documents, and
// concurrent select() on one compiled query.
#include "json/path/query.hpp"

#include <boost/test/unit_test.hpp>
#include <string>
#include <thread>
#include <vector>

#include "json/reader.hpp"
#include "json/writer.hpp"

namespace {

using idp::json::path::Limits;
using idp::json::path::Query;

rapidjson::Document doc(const std::string& text) {
  auto parsed = idp::json::parse(text);
  BOOST_REQUIRE_MESSAGE(parsed.ok(), (parsed.ok() ? std::string() : parsed.error()));
  return std::move(parsed).value();
}

Query compile(const std::string& text, const Limits& limits = {}) {
  auto q = Query::compile(text, limits);
  BOOST_REQUIRE_MESSAGE(q.ok(), text + ": " + (q.ok() ? std::string() : q.error()));
  return std::move(q).value();
}

std::string error_of(const std::string& text, const Limits& limits = {}) {
  auto q = Query::compile(text, limits);
  BOOST_REQUIRE_MESSAGE(!q.ok(), text + " compiled");
  return q.error();
}

// The selected values, as one JSON array.
std::string values(const Query& q, const rapidjson::Value& root) {
  std::string out = "[";
  for (const auto* n : q.select(root))
    out.append(out.size() > 1 ? "," : "").append(idp::json::write(*n));
  return out + "]";
}

const char* const k_evidence = R"({
  "request_body": {
    "verification": {
      "trust_framework": "eidas",
      "evidence": [
        {"type": "document", "document_details": {"type": "idcard", "number": "A1"}},
        {"type": "electronic_record", "record": {"type": "bank_account"}},
        {"type": "document", "document_details": {"type": "passport", "number": "P9"}}
      ]
    },
    "claims": {"given_name": "Hanako", "family_name": "Yamada", "birthdate": "1990-01-01"}
  }
})";

}  // namespace

BOOST_AUTO_TEST_SUITE(json_path_query)

BOOST_AUTO_TEST_CASE(selects_mapping_sources_from_a_request_body) {
  auto d = doc(k_evidence);
  BOOST_TEST(values(compile("$.request_body.verification.evidence[0].type"), d) ==
             R"(["document"])");
  BOOST_TEST(values(compile("$.request_body.verification.evidence[?@.type == 'document']"
                            ".document_details.number"),
                    d) == R"(["A1","P9"])");
  BOOST_TEST(values(compile("$..evidence[-1:].document_details.type"), d) == R"(["passport"])");
  BOOST_TEST(values(compile("$.request_body.claims[?match(@, '[A-Z][a-z]+')]"), d) ==
             R"(["Hanako","Yamada"])");
  BOOST_TEST(values(compile("$.request_body.verification[?length(@) == 3]"), d) ==
             R"([[{"type":"document","document_details":{"type":"idcard","number":"A1"}},)"
             R"({"type":"electronic_record","record":{"type":"bank_account"}},)"
             R"({"type":"document","document_details":{"type":"passport","number":"P9"}}]])");
}

BOOST_AUTO_TEST_CASE(first_is_the_first_selected_node_or_null) {
  auto d = doc(k_evidence);
  auto q = compile("$..type");
  auto all = q.select(d);
  BOOST_REQUIRE(all.size() == 6u);
  BOOST_TEST(q.first(d) == all.front());
  BOOST_TEST(compile("$.nothing.here").first(d) == nullptr);
  BOOST_TEST(compile("$").first(d) == &d);
}

BOOST_AUTO_TEST_CASE(singular_means_names_and_indices_only) {
  BOOST_TEST(compile("$").singular());
  BOOST_TEST(compile("$.a['b'][0][-1]").singular());
  BOOST_TEST(compile("$.a ['b'] [0]").singular());  // blank space between segments
  BOOST_TEST(compile("$[ 'a' ]").singular());       // still one node at most
  BOOST_TEST(!compile("$.a[*]").singular());
  BOOST_TEST(!compile("$..a").singular());
  BOOST_TEST(!compile("$['a','b']").singular());
  BOOST_TEST(!compile("$[0:1]").singular());
  BOOST_TEST(!compile("$[?@.a]").singular());
}

BOOST_AUTO_TEST_CASE(text_is_the_query_as_written) {
  BOOST_TEST(compile("$.a[ 0 ]").text() == "$.a[ 0 ]");
}

BOOST_AUTO_TEST_CASE(errors_name_the_character_and_what_was_expected) {
  BOOST_TEST(error_of("$.book.") == "at 7: expected a name or '*' after '.'");
  BOOST_TEST(error_of("$.book.&") == "at 7: expected a name or '*' after '.'");
  // The offset counts characters, not bytes.
  BOOST_TEST(error_of("$.日本.") == "at 5: expected a name or '*' after '.'");
  BOOST_TEST(error_of(" $").find("at 0: expected '$'") == 0u);
  BOOST_TEST(error_of("$ ").find("at 1: expected a segment") == 0u);
  BOOST_TEST(error_of("$..").find("at 3: expected '[', '*' or a name") == 0u);
  BOOST_TEST(error_of("$[]").find("at 2: expected a selector") == 0u);
  BOOST_TEST(error_of("$[0 1]").find("at 4: expected ',' or ']'") == 0u);
  BOOST_TEST(error_of("$[9007199254740992]").find("at 2: the integer is outside") == 0u);
  BOOST_TEST(error_of("$[01]").find("at 2: an integer has no leading zeros") == 0u);
  BOOST_TEST(error_of("$['a\\x']").find("at 4: expected an escape") == 0u);
  BOOST_TEST(error_of("$['\\uDC00']").find("at 3: a low surrogate") == 0u);
  BOOST_TEST(error_of("$[?@.a == 1 = 2]").find("at 12: expected an operator") == 0u);
  BOOST_TEST(error_of("$[?@.* == 1]")
                 .find("at 3: a query compared with something must be "
                       "singular") == 0u);
  BOOST_TEST(error_of("$[?@[ 'a' ] == 1]").find("at 3: a query compared") == 0u);
  BOOST_TEST(error_of("$[?length(@.a)]").find("at 3: length() returns a value") == 0u);
  BOOST_TEST(error_of("$[?match(@.a, 'x') == true]")
                 .find("at 3: match() returns a "
                       "LogicalType") == 0u);
  BOOST_TEST(error_of("$[?count(1) > 0]").find("at 9: argument 1 of count() must be a query") ==
             0u);
  BOOST_TEST(error_of("$[?length(@.*) > 0]")
                 .find("at 10: argument 1 of length() must be a "
                       "value") == 0u);
  BOOST_TEST(error_of("$[?size(@) > 0]").find("at 3: unknown function 'size'") == 0u);
  BOOST_TEST(error_of("$[?count (@.*)]").find("at 8: expected '(' right after") == 0u);
  BOOST_TEST(error_of("$[?value(@.a, @.b) == 1]").find("at 3: value() takes 1 argument, not 2") ==
             0u);
  BOOST_TEST(error_of("$[?'a']").find("at 3: a literal must be compared") == 0u);
  BOOST_TEST(error_of("$[?!@.a == 1]").find("at 3: '!' cannot negate a comparison") == 0u);
  BOOST_TEST(error_of("$[?(@.a]").find("at 7: expected an operator, or ')'") == 0u);
  BOOST_TEST(error_of("$[?@.a == 1e999]").find("at 10: the number is too large") == 0u);
  BOOST_TEST(error_of(std::string("$['\xC0\xAF']")).find("at 3: the query is not valid UTF-8") ==
             0u);
}

BOOST_AUTO_TEST_CASE(a_query_longer_than_the_limit_is_refused) {
  Limits limits;
  limits.max_query_bytes = 16;
  BOOST_TEST(Query::compile("$.abcdefghijklmn", limits).ok());  // 16 bytes
  BOOST_TEST(error_of("$.abcdefghijklmno", limits) == "the query is longer than 16 bytes");
}

BOOST_AUTO_TEST_CASE(nesting_beyond_the_limit_is_refused_without_deep_recursion) {
  Limits limits;
  limits.max_nesting = 4;
  BOOST_TEST(Query::compile("$[?((((@.a))))]", limits).ok() == false);
  BOOST_TEST(Query::compile("$[?(((@.a)))]", limits).ok());
  BOOST_TEST(error_of("$[?@[?@[?@[?@[?@]]]]]", limits).find("nested more than 4 deep") !=
             std::string::npos);
  // Far beyond any limit: refused at the limit, long before the stack would matter.
  std::string deep = "$[?" + std::string(100000, '(') + "@" + std::string(100000, ')') + "]";
  Limits unlimited;
  unlimited.max_query_bytes = deep.size();
  unlimited.max_nesting = SIZE_MAX;
  BOOST_TEST(error_of(deep, unlimited).find("nested more than 256 deep") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_select_that_reaches_max_nodes_returns_a_prefix_of_the_nodelist) {
  std::string array = "[";
  for (int i = 0; i < 1000; ++i) array.append(i ? "," : "").append(std::to_string(i));
  auto d = doc(array + "]");
  Limits limits;
  limits.max_nodes = 10;
  auto nodes = compile("$[*]", limits).select(d);
  BOOST_REQUIRE(nodes.size() == 10u);
  for (int i = 0; i < 10; ++i) BOOST_TEST(nodes[i]->GetInt() == i);
  // A filter spends a visit per candidate and per expression: fewer results, still a prefix.
  auto filtered = compile("$[?@ >= 0]", limits).select(d);
  BOOST_TEST(!filtered.empty());
  BOOST_TEST(filtered.size() < 10u);
  for (std::size_t i = 0; i < filtered.size(); ++i) BOOST_TEST(filtered[i]->GetInt() == int(i));
  // Without the limit everything is there.
  BOOST_TEST(compile("$[*]").select(d).size() == 1000u);
}

BOOST_AUTO_TEST_CASE(repeated_descendants_over_a_wide_document_stop_at_the_limit) {
  // Every "..*" multiplies the nodes visited by the depth; the budget bounds the product.
  std::string wide = "{";
  for (int i = 0; i < 2000; ++i)
    wide.append(i ? ",\"k" : "\"k").append(std::to_string(i)).append("\":0");
  wide += "}";
  std::string deep;
  for (int i = 0; i < 60; ++i) deep += "[";
  deep += wide;
  for (int i = 0; i < 60; ++i) deep += "]";
  auto d = doc(deep);
  auto nodes = compile("$..*..*..*..*.k1999").select(d);
  BOOST_TEST(nodes.size() <= Limits{}.max_nodes);
}

BOOST_AUTO_TEST_CASE(regex_work_is_bounded_by_max_text_steps) {
  // (a*)*b over many a's takes exponential time with a backtracking engine; here it is
  // states × characters, and a small budget stops it.
  std::string subject(5000, 'a');
  auto d = doc("[\"" + subject + "\"]");
  BOOST_TEST(compile("$[?match(@, '(a*)*b')]").select(d).empty());
  BOOST_TEST(compile("$[?search(@, '(a|aa)*c')]").select(d).empty());
  Limits limits;
  limits.max_text_steps = 1000;
  BOOST_TEST(compile("$[?match(@, 'a*')]", limits).select(d).empty());  // stopped, not selected
  BOOST_TEST(compile("$[?match(@, 'a*')]").select(d).size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_pattern_from_the_document_is_compiled_once_and_invalid_ones_never_match) {
  auto d = doc(R"({"pattern": "[0-9]{3}", "bad": "[", "values": ["123", "12", "abc", "456"]})");
  BOOST_TEST(values(compile("$.values[?match(@, $.pattern)]"), d) == R"(["123","456"])");
  BOOST_TEST(values(compile("$.values[?match(@, $.bad)]"), d) == "[]");
  BOOST_TEST(values(compile("$.values[?!match(@, '[')]"), d) == R"(["123","12","abc","456"])");
  BOOST_TEST(values(compile("$.values[?match(@, '^[0-9]{2}$')]"), d) == R"(["12"])");
}

BOOST_AUTO_TEST_CASE(comparisons_follow_rfc_9535_section_2_3_5_2_2) {
  auto d = doc(R"([{"a": {"x": [1, 2]}, "b": {"x": [1, 2]}},
                  {"a": {"x": [1, 2]}, "b": {"x": [2, 1]}},
                  {"a": 9007199254740993, "b": 9007199254740992},
                  {"a": 1, "b": 1.0},
                  {"a": "é", "b": "z"},
                  {}])");
  BOOST_TEST(values(compile("$[?@.a == @.b].a"), d) == R"([{"x":[1,2]},1])");
  // Nothing == Nothing is true; Nothing <= Nothing too (== holds); Nothing < Nothing is not.
  BOOST_TEST(values(compile("$[?@.c == @.d]"), d) ==
             R"([{"a":{"x":[1,2]},"b":{"x":[1,2]}},{"a":{"x":[1,2]},"b":{"x":[2,1]}},)"
             R"({"a":9007199254740993,"b":9007199254740992},{"a":1,"b":1.0},)"
             R"({"a":"é","b":"z"},{}])");
  BOOST_TEST(values(compile("$[?@.c < @.d]"), d) == "[]");
  // Integers beyond 2^53 compare exactly.
  BOOST_TEST(values(compile("$[?@.a > @.b].a"), d) == R"([9007199254740993,"é"])");
  // Objects and arrays are never less than anything.
  BOOST_TEST(values(compile("$[?@.a < @.b || @.a > @.b].b"), d) == R"([9007199254740992,"z"])");
}

BOOST_AUTO_TEST_CASE(a_deep_document_built_in_code_does_not_overflow_the_stack) {
  // The guarded reader limits depth; a Document built in code has no such limit, and the
  // descendant segment and equality walk it with explicit stacks.
  rapidjson::Document d;
  d.SetArray();
  rapidjson::Value* at = &d;
  for (int i = 0; i < 200000; ++i) {
    at->PushBack(rapidjson::Value(rapidjson::kArrayType), d.GetAllocator());
    at = &(*at)[0];
  }
  at->PushBack(42, d.GetAllocator());
  Limits limits;
  limits.max_nodes = 1000000;
  auto nodes = compile("$..[?@ == 42]", limits).select(d);
  BOOST_REQUIRE(nodes.size() == 1u);
  BOOST_TEST(nodes[0]->GetInt() == 42);
  BOOST_TEST(compile("$[?@ == $[0]]", limits).select(d).size() == 1u);
}

BOOST_AUTO_TEST_CASE(select_runs_concurrently_on_one_compiled_query) {
  auto d = doc(k_evidence);
  const Query q = compile(
      "$..evidence[?@.type == 'document' && search(@.document_details.type, 'card|port')]"
      "..number");
  const auto expected = q.select(d);
  BOOST_REQUIRE(expected.size() == 2u);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; ++i) {
        if (q.select(d) != expected) ++mismatches[t];
        if (q.first(d) != expected.front()) ++mismatches[t];
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int m : mismatches) BOOST_TEST(m == 0);
}

BOOST_AUTO_TEST_CASE(a_compiled_query_outlives_its_text_and_copies_share_it) {
  std::string text = "$.request_body.claims['given_name']";
  auto q = compile(text);
  text.assign(text.size(), 'x');
  const Query copy = q;
  auto d = doc(k_evidence);
  BOOST_TEST(values(copy, d) == R"(["Hanako"])");
  BOOST_TEST(copy.text() == "$.request_body.claims['given_name']");
}

BOOST_AUTO_TEST_SUITE_END()
