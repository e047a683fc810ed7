// libFuzzer target: arbitrary bytes as a compact JWE, decrypted with fixed keys (RFC 7520 §5
// example keys plus AES keys of every size). RSA1_5 is allowed here to reach its code path.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jose/jwe.hpp"

using namespace idp;

namespace {

constexpr std::string_view k_jwks = R"({"keys":[
{"kty":"RSA","kid":"frodo.baggins@hobbiton.example","n":"maxhbsmBtdQ3CNrKvprUE6n9lYcregDMLYNeTAWcLj8NnPU9XIYegTHVHQjxKDSHP2l-F5jS7sppG1wgdAqZyhnWvXhYNvcM7RfgKxqNx_xAHx6f3yy7s-M9PSNCwPC2lh6UAkR4I00EhV9lrypM9Pi4lBUop9t5fS9W5UNwaAllhrd-osQGPjIeI1deHTwx-ZTHu3C60Pu_LJIl6hKn9wbwaUmA4cR5Bd2pgbaY7ASgsjCUbtYJaNIHSoHXprUdJZKUMAzV0WOKPfA6OPI4oypBadjvMZ4ZAj3BnXaSYsEZhaueTXvZB4eZOAjIyh2e_VOIKVMsnDrJYAVotGlvMQ","e":"AQAB","d":"Kn9tgoHfiTVi8uPu5b9TnwyHwG5dK6RE0uFdlpCGnJN7ZEi963R7wybQ1PLAHmpIbNTztfrheoAniRV1NCIqXaW_qS461xiDTp4ntEPnqcKsyO5jMAji7-CL8vhpYYowNFvIesgMoVaPRYMYT9TW63hNM0aWs7USZ_hLg6Oe1mY0vHTI3FucjSM86Nff4oIENt43r2fspgEPGRrdE6fpLc9Oaq-qeP1GFULimrRdndm-P8q8kvN3KHlNAtEgrQAgTTgz80S-3VD0FgWfgnb1PNmiuPUxO8OpI9KDIfu_acc6fg14nsNaJqXe6RESvhGPH2afjHqSy_Fd2vpzj85bQQ","p":"2DwQmZ43FoTnQ8IkUj3BmKRf5Eh2mizZA5xEJ2MinUE3sdTYKSLtaEoekX9vbBZuWxHdVhM6UnKCJ_2iNk8Z0ayLYHL0_G21aXf9-unynEpUsH7HHTklLpYAzOOx1ZgVljoxAdWNn3hiEFrjZLZGS7lOH-a3QQlDDQoJOJ2VFmU","q":"te8LY4-W7IyaqH1ExujjMqkTAlTeRbv0VLQnfLY2xINnrWdwiQ93_VF099aP1ESeLja2nw-6iKIe-qT7mtCPozKfVtUYfz5HrJ_XY2kfexJINb9lhZHMv5p1skZpeIS-GPHCC6gRlKo1q-idn_qxyusfWv7WAxlSVfQfk8d6Et0","dp":"UfYKcL_or492vVc0PzwLSplbg4L3-Z5wL48mwiswbpzOyIgd2xHTHQmjJpFAIZ8q-zf9RmgJXkDrFs9rkdxPtAsL1WYdeCT5c125Fkdg317JVRDo1inX7x2Kdh8ERCreW8_4zXItuTl_KiXZNU5lvMQjWbIw2eTx1lpsflo0rYU","dq":"iEgcO-QfpepdH8FWd7mUFyrXdnOkXJBCogChY6YKuIHGc_p8Le9MbpFKESzEaLlN1Ehf3B6oGBl5Iz_ayUlZj2IoQZ82znoUrpa9fVYNot87ACfzIG7q9Mv7RiPAderZi03tkVXAdaBau_9vs5rS-7HMtxkVrxSUvJY14TkXlHE","qi":"kC-lzZOqoFaZCr5l0tOVtREKoVqaAYhQiqIRGL-MzS4sCmRkxm5vZlXYx6RtE1n_AagjqajlkjieGlxTTThHD8Iga6foGBMaAr5uR1hGQpSc7Gl7CF1DZkBJMTQN6EshYzZfxW08mIO8M6Rzuh0beL6fG9mkDcIyPrBXx2bQ_mM"},
{"kty":"EC","kid":"peregrin.took@tuckborough.example","crv":"P-384","x":"YU4rRUzdmVqmRtWOs2OpDE_T5fsNIodcG8G5FWPrTPMyxpzsSOGaQLpe2FpxBmu2","y":"A8-yxCHxkfBz3hKZfI1jUYMjUhsEveZ9THuwFjH2sCNdtksRJU7D5-SkgaFL1ETP","d":"iTx2pk7wW-GqJkHcEkFQb2EFyYcO7RugmaW3mRrQVAOUiPommT0IdnYK2xDlZh-j"},
{"kty":"EC","kid":"meriadoc.brandybuck@buckland.example","crv":"P-256","x":"Ze2loSV3wrroKUN_4zhwGhCqo3Xhu1td4QjeQ5wIVR0","y":"HlLtdXARY_f55A3fnzQbPcm6hgr34Mp8p-nuzQCE0Zw","d":"r_kHyZ-a06rmxM3yESK84r1otSg-aQcVStkRhA-iCM8"},
{"kty":"oct","kid":"77c7e2b8-6e13-45cf-8672-617b5b45243a","k":"XctOhJAkA-pD9Lh7ZgW_2A"},
{"kty":"oct","kid":"81b20965-8332-43d9-a468-82160ad91ac8","k":"GZy6sIZ6wl9NJOKB-jnmVQ"},
{"kty":"oct","kid":"aes-192","k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"},
{"kty":"oct","kid":"aes-256","k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8"},
{"kty":"oct","kid":"cbc-hs384","k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4v"},
{"kty":"oct","kid":"cbc-hs512","k":"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-Pw"}
]})";

const jose::Jwks& keys() {
  static const jose::Jwks set = [] {
    auto parsed = jose::Jwks::parse(k_jwks);
    if (!parsed || parsed->keys().size() != 9) __builtin_trap();
    return std::move(parsed).value();
  }();
  return set;
}

const jose::JweDecryptOptions& options() {
  static const jose::JweDecryptOptions o{
      .allowed_algs = {jose::KeyManagementAlg::rsa_oaep, jose::KeyManagementAlg::rsa_oaep_256,
                       jose::KeyManagementAlg::rsa1_5, jose::KeyManagementAlg::ecdh_es,
                       jose::KeyManagementAlg::ecdh_es_a128kw,
                       jose::KeyManagementAlg::ecdh_es_a192kw,
                       jose::KeyManagementAlg::ecdh_es_a256kw, jose::KeyManagementAlg::a128kw,
                       jose::KeyManagementAlg::a192kw, jose::KeyManagementAlg::a256kw,
                       jose::KeyManagementAlg::dir},
      .understood_crit = {"exp"}};
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  auto jwe = jose::decrypt_compact(input, keys(), options());
  if (jwe && jwe->key == nullptr) __builtin_trap();  // success always names its key
  (void)jose::decrypt_compact(input, keys().keys()[2]);
  return 0;
}
