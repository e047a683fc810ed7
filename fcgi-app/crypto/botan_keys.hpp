#pragma once
// Internal to crypto/: KeyMaterial to Botan key objects. These throw Botan exceptions on bad
// input; callers run check_key() first and convert anything thrown into an Expected error.
#include <botan/ec_group.h>
#include <botan/pk_keys.h>

#include <memory>

#include "crypto/key_material.hpp"

namespace idp::crypto {

const Botan::EC_Group& ec_group(Curve curve);
std::string encode_point(const EcKey& key);  // 04 || x || y

std::unique_ptr<Botan::Public_Key> botan_public_key(const KeyMaterial& key);
// ECDSA keys for EC; use botan_ecdh_private_key() for key agreement.
std::unique_ptr<Botan::Private_Key> botan_private_key(const KeyMaterial& key);
std::unique_ptr<Botan::Private_Key> botan_ecdh_private_key(const EcKey& key);

}  // namespace idp::crypto
