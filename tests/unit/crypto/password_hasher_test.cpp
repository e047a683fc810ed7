#include "crypto/password_hasher.hpp"

#include <boost/test/unit_test.hpp>
#include <chrono>

using idp::crypto::Argon2idPasswordHasher;
using idp::crypto::Argon2Params;

namespace {

// Made with the reference CLI: echo -n "correct horse battery staple" |
//   argon2 saltysaltysalty1 -id -k 19456 -t 2 -p 1 -e
constexpr const char* k_cli_hash =
    "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHlzYWx0eXNhbHR5MQ$+Aw+5b2R+iFERjUEggaPcfCWqDzIXtF4MLgP/"
    "wtQG9A";
// Same tool, m=16 MiB: weaker than our parameters.
constexpr const char* k_cli_hash_weaker =
    "$argon2id$v=19$m=16384,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Qfoprj9ajhdUr6/5hZz/"
    "+c1WYOqhEfzbgZK4UD8v88k";
// OpenBSD's "U*U" bcrypt vector.
constexpr const char* k_bcrypt_uu = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW";

}  // namespace

BOOST_AUTO_TEST_SUITE(crypto_password_hasher)

BOOST_AUTO_TEST_CASE(hash_is_an_argon2id_phc_string_that_verifies) {
  Argon2idPasswordHasher hasher;
  auto stored = hasher.hash("s3cret pässword");
  BOOST_TEST(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
  BOOST_TEST(hasher.verify("s3cret pässword", stored));
  BOOST_TEST(!hasher.verify("s3cret password", stored));
  BOOST_TEST(!hasher.verify("", stored));
  BOOST_TEST(hasher.hash("same") != hasher.hash("same"));  // fresh salt each time
  BOOST_TEST(!hasher.needs_rehash(stored));
}

BOOST_AUTO_TEST_CASE(hashes_from_the_reference_argon2_cli_verify) {
  Argon2idPasswordHasher hasher;
  BOOST_TEST(hasher.verify("correct horse battery staple", k_cli_hash));
  BOOST_TEST(!hasher.verify("correct horse battery stapler", k_cli_hash));
  BOOST_TEST(!hasher.needs_rehash(k_cli_hash));
  BOOST_TEST(hasher.verify("correct horse battery staple", k_cli_hash_weaker));
  BOOST_TEST(hasher.needs_rehash(k_cli_hash_weaker));
}

BOOST_AUTO_TEST_CASE(imported_bcrypt_hashes_verify_and_need_rehash) {
  Argon2idPasswordHasher hasher;
  BOOST_TEST(hasher.verify("U*U", k_bcrypt_uu));
  BOOST_TEST(!hasher.verify("U*V", k_bcrypt_uu));
  // $2b$ and $2y$ only differ from $2a$ for passwords of 255+ bytes or 8-bit characters.
  std::string b = k_bcrypt_uu, y = k_bcrypt_uu;
  b[2] = 'b';
  y[2] = 'y';
  BOOST_TEST(hasher.verify("U*U", b));
  BOOST_TEST(hasher.verify("U*U", y));
  BOOST_TEST(hasher.needs_rehash(k_bcrypt_uu));
}

BOOST_AUTO_TEST_CASE(malformed_or_unknown_stored_values_never_verify) {
  Argon2idPasswordHasher hasher;
  for (const char* stored :
       {"", "password", "$1$salt$hash", "$argon2id$v=19$m=19456,t=2,p=1$", "$argon2id$v=19$x=1$a$b",
        "$argon2id$v=16$m=19456,t=2,p=1$c2FsdHlzYWx0eXNhbHR5MQ$+Aw+5b2R+"
        "iFERjUEggaPcfCWqDzIXtF4MLgP",
        "$2a$05$short", "$2x$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"}) {
    BOOST_TEST(!hasher.verify("U*U", stored), stored);
    BOOST_TEST(hasher.needs_rehash(stored));
  }
}

BOOST_AUTO_TEST_CASE(imported_hashes_with_excessive_cost_are_refused_quickly) {
  Argon2idPasswordHasher hasher;
  auto start = std::chrono::steady_clock::now();
  BOOST_TEST(!hasher.verify("x",
                            "$argon2id$v=19$m=4194304,t=2,p=1$c2FsdHlzYWx0eXNhbHR5MQ$"
                            "+Aw+5b2R+iFERjUEggaPcfCWqDzIXtF4MLgP/wtQG9A"));
  BOOST_TEST(!hasher.verify("x",
                            "$argon2id$v=19$m=19456,t=1000,p=1$c2FsdHlzYWx0eXNhbHR5MQ$"
                            "+Aw+5b2R+iFERjUEggaPcfCWqDzIXtF4MLgP/wtQG9A"));
  BOOST_TEST(!hasher.verify("U*U", "$2a$31$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"));
  BOOST_TEST((std::chrono::steady_clock::now() - start < std::chrono::seconds(1)));
}

BOOST_AUTO_TEST_CASE(stronger_configuration_flags_older_hashes) {
  Argon2idPasswordHasher current;
  Argon2idPasswordHasher stronger(Argon2Params{32768, 3, 1});
  auto stored = current.hash("pw");
  BOOST_TEST(stronger.verify("pw", stored));
  BOOST_TEST(stronger.needs_rehash(stored));
  BOOST_TEST(!current.needs_rehash(stronger.hash("pw")));
}

BOOST_AUTO_TEST_SUITE_END()
