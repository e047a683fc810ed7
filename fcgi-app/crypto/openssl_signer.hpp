#pragma once
// Internal to crypto/: RSA and ECDSA through OpenSSL 3 libcrypto (EVP API), the fast path for
// private-key signing. Use make_signer()/make_verifier().
#include "crypto/signer.hpp"

namespace idp::crypto {

Expected<std::unique_ptr<Signer>> make_openssl_signer(const KeyMaterial& key, SignatureAlg alg);
Expected<std::unique_ptr<Verifier>> make_openssl_verifier(const KeyMaterial& key, SignatureAlg alg);

}  // namespace idp::crypto
