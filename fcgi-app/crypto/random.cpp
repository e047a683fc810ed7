#include "crypto/random.hpp"

#include <botan/system_rng.h>

#include "base/base64.hpp"

namespace idp::crypto {
namespace {

class SystemRandom final : public Random {
 public:
  void fill(std::span<std::uint8_t> out) override {
    Botan::system_rng().randomize(out.data(), out.size());
  }
};

}  // namespace

std::string Random::random_bytes(std::size_t n) {
  std::string out(n, '\0');
  fill({reinterpret_cast<std::uint8_t*>(out.data()), n});
  return out;
}

std::string Random::random_token(std::size_t bytes) {
  return base64::encode_url(random_bytes(bytes));
}

std::string Random::uuid_v4() {
  std::uint8_t b[16];
  fill(b);
  b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);  // variant 10
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += k_hex[b[i] >> 4];
    out += k_hex[b[i] & 0x0f];
  }
  return out;
}

Random& system_random() {
  static SystemRandom instance;
  return instance;
}

}  // namespace idp::crypto
