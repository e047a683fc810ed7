// The string functions, with the answers idp-server's Java classes give (their unit tests and
// javadoc examples where they have them).
#include <boost/test/unit_test.hpp>

#include "json/mapping/mapping_test_support.hpp"

using mapping_test::call;

BOOST_AUTO_TEST_SUITE(json_mapping_functions_text)

BOOST_AUTO_TEST_CASE(format_replaces_every_value_marker) {
  BOOST_TEST(call(R"({"name": "format", "args": {"template": "Bearer {{value}}"}})", R"("abc")") ==
             R"("Bearer abc")");
  BOOST_TEST(call(R"({"name": "format", "args": {"template": "{{value}}-{{value}}"}})", "12") ==
             R"("12-12")");
  BOOST_TEST(call(R"({"name": "format", "args": {"template": "n={{value}}"}})", "1.5") ==
             R"("n=1.5")");
  BOOST_TEST(call(R"({"name": "format", "args": {"template": "n={{value}}"}})", "1e10") ==
             R"("n=1.0E10")");
  BOOST_TEST(call(R"({"name": "format", "args": {"template": "b={{value}}"}})", "true") ==
             R"("b=true")");
}

BOOST_AUTO_TEST_CASE(format_of_null_is_the_template_with_nothing_in_it) {
  BOOST_TEST(call(R"({"name": "format", "args": {"template": "trace-id-{{value}}"}})", "null") ==
             R"("trace-id-")");
  BOOST_TEST(call(R"({"name": "format", "args": {}})", "null") == R"("")");
  BOOST_TEST(call(R"({"name": "format"})", R"("x")") == R"("x")");
}

BOOST_AUTO_TEST_CASE(format_refuses_a_template_that_is_not_text) {
  BOOST_TEST(call(R"({"name": "format", "args": {"template": 5}})", "1")
                 .rfind("compile error: format:", 0) == 0);
  BOOST_TEST(
      call(R"({"name": "format", "args": {"template": null}})", "1").rfind("compile error:", 0) ==
      0);
}

BOOST_AUTO_TEST_CASE(format_prints_objects_and_lists_as_json) {
  BOOST_TEST(call(R"({"name": "format", "args": {"template": "<{{value}}>"}})",
                  R"({"a":[1,"b"]})") == R"("<{\"a\":[1,\"b\"]}>")");
}

BOOST_AUTO_TEST_CASE(case_upper_lower_with_full_unicode_mappings) {
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "upper"}})", R"("hello world")") ==
             R"("HELLO WORLD")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "lower"}})", R"("User@Example.COM")") ==
             R"("user@example.com")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "UPPER"}})", R"("straße")") ==
             R"("STRASSE")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "upper"}})", R"("ａｂｃ")") ==
             R"("ＡＢＣ")");
  // Final sigma: the last Σ of a word lower-cases to ς.
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "lower"}})", R"("ΟΔΟΣ ΣΑ")") ==
             "\"\u03bf\u03b4\u03bf\u03c2 \u03c3\u03b1\"");
}

BOOST_AUTO_TEST_CASE(case_turkish_locale_has_dotted_and_dotless_i) {
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "upper", "locale": "tr"}})",
                  R"("istanbul")") == R"("İSTANBUL")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "lower", "locale": "tr-TR"}})",
                  R"("IĞDIR")") == R"("ığdır")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "upper", "locale": "en"}})",
                  R"("istanbul")") == R"("ISTANBUL")");
}

BOOST_AUTO_TEST_CASE(case_title_camel_pascal) {
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "title"}})", R"("hello world")") ==
             R"("Hello World")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "title"}})", R"("hELLO_wORLD")") ==
             R"("Hello_World")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "camel"}})", R"("hello world")") ==
             R"("helloWorld")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "camel"}})", R"("__Hello-big world")") ==
             R"("helloBigWorld")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "pascal"}})", R"("hello-world")") ==
             R"("HelloWorld")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "pascal", "delimiter": "-"}})",
                  R"("a b-c")") == R"("A bC")");
}

BOOST_AUTO_TEST_CASE(case_passes_null_and_empty_and_refuses_a_bad_mode) {
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "upper"}})", "null") == "null");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "upper"}})", R"("")") == R"("")");
  BOOST_TEST(call(R"({"name": "case", "args": {"mode": "snake"}})", R"("x")") ==
             "compile error: case: Invalid mode 'snake'. Supported modes: upper, lower, title, "
             "camel, pascal");
  BOOST_TEST(call(R"({"name": "case", "args": {}})", R"("x")") ==
             "compile error: case: 'mode' argument is required");
}

BOOST_AUTO_TEST_CASE(trim_modes_chars_and_normalize) {
  BOOST_TEST(call(R"({"name": "trim"})", R"(" hello world ")") == R"("hello world")");
  BOOST_TEST(call(R"({"name": "trim", "args": {"mode": "start"}})", R"(" a ")") == R"("a ")");
  BOOST_TEST(call(R"({"name": "trim", "args": {"mode": "end"}})", R"(" a ")") == R"(" a")");
  BOOST_TEST(call(R"({"name": "trim", "args": {"chars": "."}})", R"("...hello...")") ==
             R"("hello")");
  BOOST_TEST(call(R"({"name": "trim", "args": {"chars": ".", "whitespace": false}})",
                  R"(". a .")") == R"(" a ")");
  BOOST_TEST(call(R"({"name": "trim", "args": {"normalize": true}})", "\"  a \\t\\n b  \"") ==
             R"("a b")");
  // The list idp-server trims has U+00A0 but not the ideographic space.
  BOOST_TEST(call(R"({"name": "trim"})", "\"\\u00a0x\\u3000\"") == "\"x\u3000\"");
  BOOST_TEST(call(R"({"name": "trim", "args": {"mode": "middle"}})", R"("x")")
                 .rfind("compile error: trim: Invalid mode", 0) == 0);
}

BOOST_AUTO_TEST_CASE(substring_counts_utf16_units_and_clamps) {
  BOOST_TEST(call(R"({"name": "substring", "args": {"start": 0, "end": 5}})", R"("hello world")") ==
             R"("hello")");
  BOOST_TEST(call(R"({"name": "substring", "args": {"start": 6}})", R"("hello world")") ==
             R"("world")");
  BOOST_TEST(call(R"({"name": "substring", "args": {"start": -5}})", R"("hello world")") ==
             R"("world")");
  BOOST_TEST(call(R"({"name": "substring", "args": {"start": 1, "length": 3}})",
                  R"("hello world")") == R"("ell")");
  BOOST_TEST(call(R"({"name": "substring", "args": {"start": 1, "end": -1}})", R"("hello")") ==
             R"("ell")");
  BOOST_TEST(call(R"({"name": "substring", "args": {"start": 8, "end": 2}})", R"("hello")") ==
             R"("")");
  BOOST_TEST(call(R"({"name": "substring", "args": {"start": "2"}})", R"("hello")") == R"("llo")");
  BOOST_TEST(call(R"({"name": "substring", "args": {"start": 1, "end": 3}})", R"("山田太郎")") ==
             R"("田太")");
  BOOST_TEST(call(R"({"name": "substring", "args": {"start": 0, "length": 99}})", "12345") ==
             R"("12345")");
}

BOOST_AUTO_TEST_CASE(replace_literal_all_first_and_ignoring_case) {
  BOOST_TEST(call(R"({"name": "replace", "args": {"target": "old", "replacement": "new"}})",
                  R"("old old")") == R"("new new")");
  BOOST_TEST(call(R"({"name": "replace", "args": {"target": "a.", "replacement": "$"}})",
                  R"("a.a.b")") == R"("$$b")");
  BOOST_TEST(
      call(
          R"({"name": "replace", "args": {"target": "test", "replacement": "demo", "replaceFirst": true}})",
          R"("test test")") == R"("demo test")");
  BOOST_TEST(
      call(
          R"({"name": "replace", "args": {"target": "OLD", "replacement": "new", "ignoreCase": true}})",
          R"("Old and old")") == R"("new and new")");
  BOOST_TEST(call(R"({"name": "replace", "args": {"target": "", "replacement": "x"}})",
                  R"("abc")") == R"("abc")");
  BOOST_TEST(call(R"({"name": "replace", "args": {"target": "x"}})", R"("abc")") ==
             "compile error: replace: 'replacement' argument is required");
}

BOOST_AUTO_TEST_CASE(concat_joins_values_with_dynamic_elements) {
  BOOST_TEST(call(R"({"name": "concat", "args": {"values": ["Hello", " ", "World"]}})", "null") ==
             R"("Hello World")");
  BOOST_TEST(
      call(R"({"name": "concat", "args": {"values": ["a", null, "", "b"], "separator": "-"}})",
           "null") == R"("a---b")");
  BOOST_TEST(
      call(
          R"({"name": "concat", "args": {"values": ["a", null, "", "b"], "separator": "-", "skipNull": true, "skipEmpty": true}})",
          "null") == R"("a-b")");
  BOOST_TEST(
      mapping_test::map(
          R"([{"to": "n", "functions": [{"name": "concat", "args": {"values": ["$.first", " ", "$.last"]}}]}])",
          R"({"first": "Taro", "last": "Tanaka"})") == R"({"n":"Taro Tanaka"})");
  BOOST_TEST(call(R"({"name": "concat", "args": {"values": "x"}})", "null") ==
             "compile error: concat: 'values' argument must be a List");
}

BOOST_AUTO_TEST_CASE(base64_standard_url_safe_and_padding) {
  BOOST_TEST(call(R"({"name": "base64"})", R"("id:secret")") == R"("aWQ6c2VjcmV0")");
  BOOST_TEST(call(R"({"name": "base64"})", R"("")") == R"("")");
  BOOST_TEST(call(R"({"name": "base64", "args": {"url_safe": true, "padding": false}})",
                  R"("ÿþ")") == R"("w7_Dvg")");
  BOOST_TEST(call(R"({"name": "base64", "args": {"padding": "FALSE"}})", R"("a")") == R"("YQ")");
  BOOST_TEST(call(R"({"name": "base64", "args": {"charset": "ISO-8859-1"}})", R"("ÿþ")") ==
             R"("//4=")");
  BOOST_TEST(call(R"({"name": "base64", "args": {"charset": "UTF-16BE"}})", R"("A")") ==
             R"("AEE=")");
  BOOST_TEST(call(R"({"name": "base64", "args": {"padding": "yes"}})", R"("a")") ==
             "compile error: base64: Invalid boolean value for padding: yes (use true or false)");
  BOOST_TEST(call(R"({"name": "base64", "args": {"charset": "Shift_JIS"}})", R"("a")")
                 .rfind("compile error: base64: unsupported charset", 0) == 0);
  BOOST_TEST(call(R"({"name": "base64"})", "null") == "null");
}

BOOST_AUTO_TEST_CASE(mime_encoded_word_b_and_q) {
  BOOST_TEST(call(R"({"name": "mimeEncodedWord"})", R"("日本語サービス")") ==
             R"("=?UTF-8?B?5pel5pys6Kqe44K144O844OT44K5?=")");
  BOOST_TEST(call(R"({"name": "mimeEncodedWord"})", R"("Example Service")") ==
             R"("Example Service")");
  BOOST_TEST(call(R"({"name": "mimeEncodedWord", "args": {"encoding": "Q"}})", R"("é a=b?_")") ==
             R"("=?UTF-8?Q?=C3=A9_a=3Db=3F=5F?=")");
  BOOST_TEST(call(R"({"name": "mimeEncodedWord", "args": {"encoding": "X"}})", R"("é")") ==
             "compile error: mimeEncodedWord: Unsupported encoding: X (use B or Q)");
}

BOOST_AUTO_TEST_CASE(normalize_forms_and_chain_with_kana) {
  BOOST_TEST(call(R"({"name": "normalize"})", R"("ﾔﾏﾀﾞ ﾀﾛｳ")") == R"("ヤマダ タロウ")");
  BOOST_TEST(call(R"({"name": "normalize", "args": {"form": "nfc"}})", R"("ﾔﾏﾀﾞ")") == R"("ﾔﾏﾀﾞ")");
  BOOST_TEST(call(R"({"name": "normalize", "args": {"form": " "}})", R"("①")") == R"("1")");
  BOOST_TEST(call(R"({"name": "normalize"}, {"name": "kana", "args": {"to": "hiragana"}})",
                  R"("ﾔﾏﾀﾞ")") == R"("やまだ")");
  BOOST_TEST(call(R"({"name": "normalize"})", "null") == "null");
  BOOST_TEST(call(R"({"name": "normalize", "args": {"form": "NFX"}})", R"("x")") ==
             "compile error: normalize: invalid form 'NFX' (use NFC, NFD, NFKC or NFKD)");
}

BOOST_AUTO_TEST_CASE(kana_converts_between_hiragana_and_katakana) {
  BOOST_TEST(call(R"({"name": "kana"})", R"("やまだ たろう")") == R"("ヤマダ タロウ")");
  BOOST_TEST(call(R"({"name": "kana", "args": {"to": "hiragana"}})", R"("ジョーンズ")") ==
             R"("じょーんず")");
  BOOST_TEST(call(R"({"name": "kana", "args": {"to": "katakana"}})", R"("ﾔﾏﾀﾞ")") == R"("ﾔﾏﾀﾞ")");
  BOOST_TEST(call(R"({"name": "kana", "args": {"to": "hiragana"}})", R"("ヷゝヽ")") ==
             R"("ヷゝゝ")");
  BOOST_TEST(call(R"({"name": "kana", "args": {"to": "romaji"}})", R"("x")") ==
             "compile error: kana: invalid to 'romaji' (use katakana or hiragana)");
}

BOOST_AUTO_TEST_SUITE_END()
