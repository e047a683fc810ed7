#include "crypto/botan_util.hpp"

namespace idp::crypto {

std::string from_bigint(const Botan::BigInt& n, std::size_t width) {
  std::size_t bytes = n.bytes();
  if (width < bytes) width = bytes;
  std::string out(width, '\0');
  n.binary_encode(reinterpret_cast<std::uint8_t*>(out.data()) + (width - bytes), bytes);
  return out;
}

std::string botan_hash_name(HashAlg alg) {
  switch (alg) {
    case HashAlg::sha1:
      return "SHA-1";
    case HashAlg::sha256:
      return "SHA-256";
    case HashAlg::sha384:
      return "SHA-384";
    case HashAlg::sha512:
      return "SHA-512";
  }
  return "SHA-256";
}

}  // namespace idp::crypto
