#pragma once
// Internal to crypto/: HS256/384/512 through Botan. Use make_signer()/make_verifier().
#include "crypto/signer.hpp"

namespace idp::crypto {

Expected<std::unique_ptr<Signer>> make_hmac_signer(const SymmetricKey& key, SignatureAlg alg);
Expected<std::unique_ptr<Verifier>> make_hmac_verifier(const SymmetricKey& key, SignatureAlg alg);

}  // namespace idp::crypto
