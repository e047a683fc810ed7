#include "http/interaction_id.hpp"

#include <boost/test/unit_test.hpp>
#include <stdexcept>
#include <string>

#include "base/strings.hpp"

using namespace idp::http;

namespace {
RandomBytes fixed(unsigned char fill) {
  return [fill](std::size_t n) { return std::string(n, static_cast<char>(fill)); };
}
Request with_id(std::string id) {
  Request r;
  r.headers = {{"x-fapi-interaction-id", std::move(id)}};
  return r;
}
}  // namespace

BOOST_AUTO_TEST_SUITE(http_interaction_id)

BOOST_AUTO_TEST_CASE(uuid_from_the_client_is_echoed) {
  const std::string sent = "93bac548-d2de-4546-b106-880a5018460d";  // FAPI 1.0 example
  BOOST_TEST(interaction_id(with_id(sent), fixed(0)) == sent);
  const std::string upper = "93BAC548-D2DE-4546-B106-880A5018460D";
  BOOST_TEST(interaction_id(with_id(upper), fixed(0)) == upper);
}

BOOST_AUTO_TEST_CASE(non_uuid_is_replaced_with_a_new_one) {
  for (const char* bad : {"", "abc", "93bac548-d2de-4546-b106-880a5018460", "<script>",
                          "93bac548-d2de-4546-b106-880a5018460d\r\nX: y"}) {
    BOOST_TEST_INFO(bad);
    const std::string id = interaction_id(with_id(bad), fixed(0xff));
    BOOST_TEST(id == "ffffffff-ffff-4fff-bfff-ffffffffffff");
  }
  BOOST_TEST(interaction_id(Request{}, fixed(0)) == "00000000-0000-4000-8000-000000000000");
}

BOOST_AUTO_TEST_CASE(generated_id_is_a_version_4_uuid) {
  int counter = 0;
  RandomBytes counting = [&](std::size_t n) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) s += static_cast<char>(counter++ * 17);
    return s;
  };
  const std::string id = new_uuid_v4(counting);
  BOOST_TEST(idp::is_uuid(id));
  BOOST_TEST(id[14] == '4');
  BOOST_TEST(std::string("89ab").find(id[19]) != std::string::npos);
  BOOST_TEST(id == "00112233-4455-4677-8899-aabbccddeeff");
}

BOOST_AUTO_TEST_CASE(short_random_output_is_a_broken_invariant) {
  BOOST_CHECK_THROW(new_uuid_v4([](std::size_t) { return std::string(8, 'x'); }), std::logic_error);
}

BOOST_AUTO_TEST_CASE(id_is_set_on_the_answer) {
  Response r;
  set_interaction_id(r, "93bac548-d2de-4546-b106-880a5018460d");
  set_interaction_id(r, "00000000-0000-4000-8000-000000000000");
  BOOST_TEST(r.headers.size() == 1u);
  BOOST_TEST(*r.header("X-FAPI-Interaction-ID") == "00000000-0000-4000-8000-000000000000");
}

BOOST_AUTO_TEST_SUITE_END()
