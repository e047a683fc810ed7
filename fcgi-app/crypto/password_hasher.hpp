#pragma once
// Password storage (DESIGN.md "Secrets"): Argon2id for new hashes; bcrypt hashes imported from
// other systems are accepted and flagged for re-hashing at the next successful login.
#include <cstdint>
#include <string>
#include <string_view>

namespace idp::crypto {

class PasswordHasher {
 public:
  virtual ~PasswordHasher() = default;
  // A PHC string such as "$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>".
  virtual std::string hash(std::string_view password) const = 0;
  // False for a wrong password and for a stored value that is not a supported hash.
  virtual bool verify(std::string_view password, std::string_view stored) const = 0;
  // True when `stored` is not an Argon2id hash with the current parameters (e.g. bcrypt).
  virtual bool needs_rehash(std::string_view stored) const = 0;
};

// OWASP's Argon2id minimum (m=19 MiB, t=2, p=1), about 50 ms per hash on one core.
struct Argon2Params {
  std::uint32_t memory_kib = 19456;
  std::uint32_t iterations = 2;
  std::uint32_t parallelism = 1;
};

class Argon2idPasswordHasher final : public PasswordHasher {
 public:
  explicit Argon2idPasswordHasher(Argon2Params params = {}) : m_params(params) {}

  std::string hash(std::string_view password) const override;
  bool verify(std::string_view password, std::string_view stored) const override;
  bool needs_rehash(std::string_view stored) const override;

 private:
  Argon2Params m_params;
};

}  // namespace idp::crypto
