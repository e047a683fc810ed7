#pragma once
// Randomness for keys, tokens and identifiers. An interface so that tests can substitute a fake.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>

namespace idp::crypto {

class Random {
 public:
  virtual ~Random() = default;
  virtual void fill(std::span<std::uint8_t> out) = 0;

  std::string random_bytes(std::size_t n);
  // base64url (no padding) of `bytes` random bytes: opaque tokens, codes, state values.
  std::string random_token(std::size_t bytes = 32);
  // RFC 9562 version 4, lower-case 8-4-4-4-12.
  std::string uuid_v4();
};

// The operating system's generator (Botan::system_rng(), /dev/urandom): stateless, so it is
// thread-safe and stays safe across fork() of the prefork master.
Random& system_random();

}  // namespace idp::crypto
