#include "crypto/digest.hpp"

#include <botan/hash.h>
#include <botan/mac.h>
#include <botan/mem_ops.h>

#include "crypto/botan_util.hpp"

namespace idp::crypto {

std::size_t digest_size(HashAlg alg) {
  switch (alg) {
    case HashAlg::sha1:
      return 20;
    case HashAlg::sha256:
      return 32;
    case HashAlg::sha384:
      return 48;
    case HashAlg::sha512:
      return 64;
  }
  return 0;
}

std::string digest(HashAlg alg, std::string_view data) {
  auto hash = Botan::HashFunction::create_or_throw(botan_hash_name(alg));
  hash->update(as_bytes(data), data.size());
  return to_string(hash->final());
}

std::string sha256(std::string_view data) {
  return digest(HashAlg::sha256, data);
}
std::string sha384(std::string_view data) {
  return digest(HashAlg::sha384, data);
}
std::string sha512(std::string_view data) {
  return digest(HashAlg::sha512, data);
}

std::string hmac(HashAlg alg, std::string_view key, std::string_view data) {
  // Botan caps HMAC keys at 4096 bytes; RFC 2104 §2 hashes longer keys first, so do that here.
  std::string hashed_key;
  if (key.size() > 4096) {
    hashed_key = digest(alg, key);
    key = hashed_key;
  }
  auto mac =
      Botan::MessageAuthenticationCode::create_or_throw("HMAC(" + botan_hash_name(alg) + ")");
  mac->set_key(as_bytes(key), key.size());
  mac->update(as_bytes(data), data.size());
  return to_string(mac->final());
}

bool constant_time_equals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return Botan::constant_time_compare(as_bytes(a), as_bytes(b), a.size());
}

}  // namespace idp::crypto
