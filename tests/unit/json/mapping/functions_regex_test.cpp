// regex_replace and split, with java.util.regex's replacement syntax and String.split's rules.
#include <boost/test/unit_test.hpp>

#include "json/mapping/mapping_test_support.hpp"

using mapping_test::call;

BOOST_AUTO_TEST_SUITE(json_mapping_functions_regex)

BOOST_AUTO_TEST_CASE(regex_replace_groups_and_whole_match) {
  BOOST_TEST(
      call(
          R"x({"name": "regex_replace", "args": {"pattern": "(\\d{3})-(\\d{3})-(\\d{4})", "replacement": "($1) $2-$3"}})x",
          R"("call 555-123-4567")") == R"("call (555) 123-4567")");
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "\\d+", "replacement": ""}})",
                  R"("a1b22c")") == R"("abc")");
  BOOST_TEST(
      call(R"({"name": "regex_replace", "args": {"pattern": "[aeiou]", "replacement": "<$0>"}})",
           R"("hat")") == R"("h<a>t")");
  BOOST_TEST(
      call(R"({"name": "regex_replace", "args": {"pattern": "a", "replacement": "\\$\\\\"}})",
           R"("xa")") == R"("x$\\")");
  BOOST_TEST(
      call(R"({"name": "regex_replace", "args": {"pattern": "(a)(b)?", "replacement": "[$2]"}})",
           R"("a")") == R"("[]")");
  // "$12" is group 1 then "2" when there is no group 12.
  BOOST_TEST(
      call(R"x({"name": "regex_replace", "args": {"pattern": "(a)", "replacement": "$12"}})x",
           R"("a")") == R"("a2")");
}

BOOST_AUTO_TEST_CASE(regex_replace_first_flags_and_empty_matches) {
  BOOST_TEST(
      call(
          R"({"name": "regex_replace", "args": {"pattern": "test", "replacement": "demo", "replaceFirst": true}})",
          R"("test test")") == R"("demo test")");
  BOOST_TEST(
      call(
          R"({"name": "regex_replace", "args": {"pattern": "@old\\.domain\\.com", "replacement": "@new.domain.com", "flags": "i"}})",
          R"("x@OLD.Domain.com")") == R"("x@new.domain.com")");
  BOOST_TEST(
      call(
          R"({"name": "regex_replace", "args": {"pattern": "a.b", "replacement": "-", "flags": "s"}})",
          R"("a\nb")") == R"("-")");
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "a.b", "replacement": "-"}})",
                  R"("a\nb")") == R"("a\nb")");
  BOOST_TEST(
      call(
          R"({"name": "regex_replace", "args": {"pattern": "^x", "replacement": "y", "flags": "M"}})",
          R"("a\nx")") == R"("a\ny")");
  BOOST_TEST(
      call(
          R"({"name": "regex_replace", "args": {"pattern": "a b # spaces", "replacement": "-", "flags": "x"}})",
          R"("ab a b")") == R"("- a b")");
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "x*", "replacement": "-"}})",
                  R"("abc")") == R"("-a-b-c-")");
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "\\s+", "replacement": ""}})",
                  R"("山田　太郎 x")") == R"("山田　太郎x")");
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "x", "replacement": "y"}})",
                  "null") == "null");
}

BOOST_AUTO_TEST_CASE(regex_replace_refuses_bad_patterns_and_replacements) {
  BOOST_TEST(
      call(R"({"name": "regex_replace", "args": {"pattern": "(", "replacement": ""}})", R"("x")")
          .rfind("compile error: regex_replace: Invalid regex pattern '('", 0) == 0);
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "(a)\\1", "replacement": ""}})",
                  R"("x")")
                 .find("back-reference") != std::string::npos);
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "a", "replacement": "$1"}})",
                  R"("x")") == "compile error: regex_replace: No group 1");
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "a", "replacement": "$x"}})",
                  R"("x")") == "compile error: regex_replace: Illegal group reference");
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "a", "replacement": "x\\"}})",
                  R"("x")") == "compile error: regex_replace: character to be escaped is missing");
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "a"}})", R"("x")") ==
             "compile error: regex_replace: 'replacement' argument is required");
}

BOOST_AUTO_TEST_CASE(regex_replace_bounds_hostile_patterns_and_long_texts) {
  // Nested repetition is the classic catastrophic backtracking case; here it runs in bounded time.
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "(a+)+b", "replacement": "-"}})",
                  "\"" + std::string(30, 'a') + "\"") == "\"" + std::string(30, 'a') + "\"");
  BOOST_TEST(call(R"({"name": "regex_replace", "args": {"pattern": "a", "replacement": "b"}})",
                  "\"" + std::string(2000, 'a') + "\"")
                 .rfind("error: regex_replace: the text is longer than 1000", 0) == 0);
}

BOOST_AUTO_TEST_CASE(split_literal_separators) {
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": ","}})", R"("admin,user,guest")") ==
             R"(["admin","user","guest"])");
  BOOST_TEST(call(R"({"name": "split"})", R"("a,b")") == R"(["a","b"])");
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": ",", "trim": true}})",
                  R"(" a , b , c ")") == R"(["a","b","c"])");
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": "||", "removeEmpty": true}})",
                  R"("role1||||role2||")") == R"(["role1","role2"])");
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": ":", "limit": 2}})",
                  R"("key:value:extra")") == R"(["key","value:extra"])");
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": ":", "limit": "2"}})",
                  R"("key:value:extra")") == R"(["key","value:extra"])");
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": "."}})", R"("a.b")") ==
             R"(["a","b"])");
}

BOOST_AUTO_TEST_CASE(split_empty_pieces_as_string_split_has_them) {
  BOOST_TEST(call(R"({"name": "split"})", R"(",a,,b,,")") == R"(["","a","","b"])");
  BOOST_TEST(call(R"({"name": "split"})", R"(",,,")") == "[]");
  BOOST_TEST(call(R"({"name": "split"})", R"("")") == "[]");
  BOOST_TEST(call(R"({"name": "split"})", R"("abc")") == R"(["abc"])");
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": ""}})", R"("abc")") ==
             R"(["a","b","c"])");
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": ",", "limit": 3}})", R"("a,,")") ==
             R"(["a","",""])");
  BOOST_TEST(call(R"({"name": "split"})", "null") == "null");
}

BOOST_AUTO_TEST_CASE(split_by_regex) {
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": "\\s+", "regex": true}})",
                  R"("a b  c")") == R"(["a","b","c"])");
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": "[,;]", "regex": "true"}})",
                  R"("a;b,c")") == R"(["a","b","c"])");
  BOOST_TEST(call(R"({"name": "split", "args": {"separator": "\\s*", "regex": true}})",
                  R"("ab")") == R"(["a","b"])");
  BOOST_TEST(call(R"x({"name": "split", "args": {"separator": ")", "regex": true}})x", R"("x")")
                 .rfind("compile error: split: Invalid regex pattern", 0) == 0);
  BOOST_TEST(call(R"x({"name": "split", "args": {"separator": ")", "regex": false}})x",
                  R"("a)b")") == R"(["a","b"])");
  std::string long_pattern = "\"" + std::string(101, 'a') + "\"";
  BOOST_TEST(
      call(R"({"name": "split", "args": {"regex": true, "separator": )" + long_pattern + "}}",
           R"("x")") == "compile error: split: Regex pattern too long (max 100 characters)");
}

BOOST_AUTO_TEST_SUITE_END()
