#include "crypto/key_agreement.hpp"

#include <botan/kdf.h>
#include <botan/pubkey.h>
#include <botan/system_rng.h>

#include <exception>
#include <memory>

#include "crypto/botan_keys.hpp"
#include "crypto/botan_util.hpp"

namespace idp::crypto {

Expected<std::string> ecdh_shared_secret(const EcKey& own_private, const EcKey& peer_public) {
  if (!own_private.has_private()) return fail("ECDH needs a private key");
  if (peer_public.curve != own_private.curve) return fail("ECDH peer key is on another curve");
  if (auto checked = check_key(EcKey{peer_public.curve, peer_public.x, peer_public.y, {}});
      !checked)
    return fail("ECDH peer key: " + checked.error());
  try {
    auto priv = botan_ecdh_private_key(own_private);
    // "Raw" plus an explicit KDF: PK_Key_Agreement's own KDF would take OtherInfo as the salt
    // (PLATFORM-NOTES.md §1).
    Botan::PK_Key_Agreement agreement(*priv, Botan::system_rng(), "Raw");
    std::string peer = encode_point(peer_public);
    return to_string(agreement.derive_key(0, as_bytes(peer), peer.size()).bits_of());
  } catch (const std::exception&) {
    return fail("ECDH failed");
  }
}

std::string concat_kdf(HashAlg hash, std::string_view z, std::string_view other_info,
                       std::size_t size) {
  std::unique_ptr<Botan::KDF> kdf(Botan::get_kdf("SP800-56A(" + botan_hash_name(hash) + ")"));
  // OtherInfo goes in the label; the salt is ignored by this KDF (PLATFORM-NOTES.md §1).
  return to_string(kdf->derive_key(size, as_bytes(z), z.size(), nullptr, 0, as_bytes(other_info),
                                   other_info.size()));
}

}  // namespace idp::crypto
