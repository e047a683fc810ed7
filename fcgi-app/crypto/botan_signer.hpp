#pragma once
// Internal to crypto/: RSA, ECDSA and EdDSA through Botan. Use make_signer()/make_verifier().
#include "crypto/signer.hpp"

namespace idp::crypto {

Expected<std::unique_ptr<Signer>> make_botan_signer(const KeyMaterial& key, SignatureAlg alg);
Expected<std::unique_ptr<Verifier>> make_botan_verifier(const KeyMaterial& key, SignatureAlg alg);

}  // namespace idp::crypto
