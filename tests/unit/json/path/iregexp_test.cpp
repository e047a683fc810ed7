// The I-Regexp engine of match() and search() (RFC 9485): syntax, semantics and bounds.
#include "json/path/iregexp.hpp"

#include <boost/test/unit_test.hpp>
#include <string>

namespace {

using idp::json::path::IRegexp;

bool matches(const std::string& pattern, const std::string& subject) {
  auto re = IRegexp::compile(pattern);
  BOOST_REQUIRE_MESSAGE(re.ok(), pattern + ": " + (re.ok() ? std::string() : re.error()));
  std::size_t budget = 10000000;
  return re->matches(subject, budget) == IRegexp::Outcome::match;
}

bool finds(const std::string& pattern, const std::string& subject) {
  auto re = IRegexp::compile(pattern);
  BOOST_REQUIRE_MESSAGE(re.ok(), pattern + ": " + (re.ok() ? std::string() : re.error()));
  std::size_t budget = 10000000;
  return re->search(subject, budget) == IRegexp::Outcome::match;
}

std::string error_of(const std::string& pattern) {
  auto re = IRegexp::compile(pattern);
  BOOST_REQUIRE_MESSAGE(!re.ok(), pattern + " compiled");
  return re.error();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_path_iregexp)

BOOST_AUTO_TEST_CASE(match_wants_the_whole_string_and_search_any_part) {
  BOOST_TEST(matches("ab+c", "abbbc"));
  BOOST_TEST(!matches("ab+c", "xabbbcx"));
  BOOST_TEST(finds("ab+c", "xabbbcx"));
  BOOST_TEST(!finds("ab+c", "ac"));
  BOOST_TEST(matches("", ""));
  BOOST_TEST(finds("", "anything"));
  BOOST_TEST(matches("a|", ""));
  BOOST_TEST(matches("(ab|cd)*e?", "abcdab"));
  BOOST_TEST(!matches("(ab|cd)*e?", "abcdabe e"));
}

BOOST_AUTO_TEST_CASE(dot_is_any_character_but_line_feed_and_carriage_return) {
  BOOST_TEST(matches(".", "\xE2\x80\xA8"));      // U+2028
  BOOST_TEST(matches(".", "\xF0\x9D\x84\x9E"));  // U+1D11E, one character
  BOOST_TEST(!matches(".", "\n"));
  BOOST_TEST(!matches(".", "\r"));
  BOOST_TEST(matches("a.c", "a\tc"));
}

BOOST_AUTO_TEST_CASE(counted_repetitions) {
  BOOST_TEST(matches("[0-9]{3}", "123"));
  BOOST_TEST(!matches("[0-9]{3}", "1234"));
  BOOST_TEST(matches("x{2,}", "xxxxx"));
  BOOST_TEST(!matches("x{2,}", "x"));
  BOOST_TEST(matches("x{1,3}y", "xxy"));
  BOOST_TEST(!matches("x{1,3}y", "xxxxy"));
  BOOST_TEST(matches("x{0}", ""));
  BOOST_TEST(matches("(){1000000}", ""));
  BOOST_TEST(error_of("x{3,2}").find("below its lower bound") != std::string::npos);
  BOOST_TEST(error_of("(){2000000,1000001}").find("below its lower bound") != std::string::npos);
  BOOST_TEST(error_of("x{,2}").find("expected a number") != std::string::npos);
  BOOST_TEST(error_of("(a{100}){100}").find("more than 4000 states") != std::string::npos);
  BOOST_TEST(error_of("a{99999999999999999999}").find("more than 4000 states") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(character_classes_and_escapes) {
  BOOST_TEST(matches("[a-c-]+", "ab-c"));
  BOOST_TEST(matches("[-a]", "-"));
  BOOST_TEST(matches("[^a-z]", "A"));
  BOOST_TEST(!matches("[^a-z]", "q"));
  BOOST_TEST(matches("[\\]\\[\\\\]{3}", "]\\["));
  BOOST_TEST(matches("a[.b]c", "a.c"));
  BOOST_TEST(!matches("a[.b]c", "axc"));
  BOOST_TEST(matches("\\n\\r\\t\\.\\*\\{\\}", "\n\r\t.*{}"));
  BOOST_TEST(matches("[ぁ-ゖ]+", "ひらがな"));
  BOOST_TEST(error_of("[]").find("at least one character") != std::string::npos);
  BOOST_TEST(error_of("[a-]b-c]").find("must be escaped") != std::string::npos);
  BOOST_TEST(error_of("[z-a]").find("ends before it starts") != std::string::npos);
  BOOST_TEST(error_of("[a[]").find("'[' must be escaped") != std::string::npos);
  BOOST_TEST(error_of("\\d").find("unknown escape") != std::string::npos);
  BOOST_TEST(error_of("\\1").find("unknown escape") != std::string::npos);
  BOOST_TEST(error_of("a]").find("']' must be escaped") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unicode_categories) {
  BOOST_TEST(matches("\\p{Lu}", "Ä"));
  BOOST_TEST(!matches("\\p{Lu}", "ä"));
  BOOST_TEST(matches("\\p{L}+", "Grüße漢字"));
  BOOST_TEST(matches("\\P{L}", "1"));
  BOOST_TEST(matches("[\\p{Nd}\\p{Zs}]+",
                     "1 2\xE3\x80\x80"
                     "3"));  // U+3000 is Zs
  BOOST_TEST(matches("[^\\P{N}]", "7"));
  BOOST_TEST(!matches("[^\\P{N}]", "x"));
  BOOST_TEST(matches("\\p{Cn}", "\xF0\xAF\xBF\xBE"));  // U+2FFFE, unassigned
  BOOST_TEST(matches("\\p{Sc}", "€"));
  BOOST_TEST(error_of("\\p{Xx}").find("unknown Unicode category") != std::string::npos);
  BOOST_TEST(error_of("\\p{IsBasicLatin}").find("unknown Unicode category") != std::string::npos);
  BOOST_TEST(error_of("\\p{Cs}").find("unknown Unicode category") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(caret_and_dollar_anchor) {
  BOOST_TEST(matches("^ab.*", "abc"));
  BOOST_TEST(!finds("^b", "ab"));
  BOOST_TEST(finds("b$", "ab"));
  BOOST_TEST(!finds("a$", "ab"));
  BOOST_TEST(!matches("a^b", "ab"));
  BOOST_TEST(matches("[$^]+", "$^"));
  BOOST_TEST(matches("\\^", "^"));
}

BOOST_AUTO_TEST_CASE(syntax_errors_are_refused) {
  for (const char* bad : {"(", ")", "a)", "*", "a**", "a{2}{3}", "+a", "?", "{", "}", "[a", "\\",
                          "\\p{L", "\\pL", "(?:a)", "a{1", "[\\p{L}-z]"})
    BOOST_TEST(!IRegexp::compile(bad).ok(), bad);
  BOOST_TEST(!IRegexp::compile(std::string(40, '(') + std::string(40, ')')).ok());
  BOOST_TEST(IRegexp::compile(std::string(30, '(') + "a" + std::string(30, ')')).ok());
  BOOST_TEST(!IRegexp::compile(std::string(5000, 'a')).ok());
  BOOST_TEST(!IRegexp::compile("\xC0\xAF").ok());
}

BOOST_AUTO_TEST_CASE(work_is_states_times_characters_and_stops_at_the_budget) {
  auto re = IRegexp::compile("(a|a)*(a|a)*(a|a)*b");
  BOOST_REQUIRE(re.ok());
  const std::string subject(100000, 'a');
  std::size_t budget = 100000000;
  BOOST_TEST((re->search(subject, budget) == IRegexp::Outcome::no_match));
  BOOST_TEST(budget > 0u);
  std::size_t small = 1000;
  BOOST_TEST((re->matches(subject, small) == IRegexp::Outcome::out_of_budget));
}

BOOST_AUTO_TEST_SUITE_END()
