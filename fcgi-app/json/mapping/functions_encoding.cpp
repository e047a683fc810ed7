// Encoding functions: base64 (RFC 4648), mimeEncodedWord (RFC 2047), kana (hiragana ⇄
// katakana) and normalize (UAX #15). Text is first turned into bytes of a charset; the charsets
// supported are those that need no tables: UTF-8, UTF-16 (BE, LE, and with a byte order mark),
// ISO-8859-1 and US-ASCII, under the names and aliases Java's Charset.forName accepts for them.
#include "base/base64.hpp"
#include "json/mapping/functions.hpp"
#include "json/mapping/java_text.hpp"
#include "json/mapping/unicode_normalization.hpp"

namespace idp::json::mapping::fn {
namespace {

enum class Charset { utf8, utf16, utf16be, utf16le, latin1, ascii };

std::optional<Charset> charset_named(std::string_view name) {
  std::string n = java::to_lower(name);
  for (std::string_view alias : {"utf-8", "utf8", "unicode-1-1-utf-8"})
    if (n == alias) return Charset::utf8;
  for (std::string_view alias : {"utf-16", "utf_16", "utf16", "unicode"})
    if (n == alias) return Charset::utf16;
  for (std::string_view alias :
       {"utf-16be", "utf_16be", "iso-10646-ucs-2", "x-utf-16be", "unicodebigunmarked"})
    if (n == alias) return Charset::utf16be;
  for (std::string_view alias : {"utf-16le", "utf_16le", "x-utf-16le", "unicodelittleunmarked"})
    if (n == alias) return Charset::utf16le;
  for (std::string_view alias :
       {"iso-8859-1", "iso8859-1", "iso8859_1", "iso_8859_1", "iso_8859-1", "iso_8859-1:1987",
        "8859_1", "latin1", "l1", "ibm819", "cp819", "csisolatin1", "819", "ibm-819", "iso-ir-100"})
    if (n == alias) return Charset::latin1;
  for (std::string_view alias :
       {"us-ascii", "ascii", "us", "iso646-us", "iso_646.irv:1991", "646", "ansi_x3.4-1968",
        "ansi_x3.4-1986", "cp367", "ibm367", "csascii", "default", "iso-ir-6", "ascii7"})
    if (n == alias) return Charset::ascii;
  return std::nullopt;
}

// String.getBytes(charset): characters a charset cannot hold become '?'.
std::string encode(std::string_view utf8, Charset cs) {
  if (cs == Charset::utf8) return java::to_utf8(java::to_utf16(utf8));
  std::u16string u = java::to_utf16(utf8);
  std::string out;
  auto unit = [&](char16_t c, bool big) {
    char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
    out += big ? hi : lo;
    out += big ? lo : hi;
  };
  switch (cs) {
    case Charset::utf16:
      out += "\xFE\xFF";  // Java writes big-endian with a byte order mark
      for (char16_t c : u) unit(c, true);
      break;
    case Charset::utf16be:
      for (char16_t c : u) unit(c, true);
      break;
    case Charset::utf16le:
      for (char16_t c : u) unit(c, false);
      break;
    default: {
      std::u32string cps = java::to_utf32(utf8);
      char32_t max = cs == Charset::latin1 ? 0xFF : 0x7F;
      for (char32_t c : cps) out += c <= max ? static_cast<char>(c) : '?';
      break;
    }
  }
  return out;
}

// Base64Function's flags: a boolean, or "true"/"false" in any case; anything else is an error.
Expected<bool> strict_flag(const Args& args, std::string_view name, bool fallback) {
  const rapidjson::Value* v = args.get(name);
  if (!v) return fallback;
  if (v->IsBool()) return v->GetBool();
  std::string text = java_string(*v);
  std::string lower = java::to_lower(text);
  if (lower == "true") return true;
  if (lower == "false") return false;
  return fail("Invalid boolean value for " + std::string(name) + ": " + text +
              " (use true or false)");
}

std::string base64_text(std::string_view bytes, bool url_safe, bool padding) {
  std::string out = idp::base64::encode(bytes);
  if (url_safe)
    for (char& c : out) c = c == '+' ? '-' : c == '/' ? '_' : c;
  if (!padding)
    while (!out.empty() && out.back() == '=') out.pop_back();
  return out;
}

Status check_charset_arg(const Args& args, std::string_view function) {
  if (args.dynamic("charset")) return ok_status();
  auto name = args.text("charset");
  if (name && !charset_named(*name))
    return fail(std::string(function) + ": unsupported charset '" + *name +
                "' (supported: UTF-8, UTF-16, UTF-16BE, UTF-16LE, ISO-8859-1, US-ASCII)");
  return ok_status();
}

}  // namespace

// base64: the input's text in `charset` (UTF-8), RFC 4648 §4 or, with url_safe, §5; `padding`.
Status check_base64(const Args& args, std::size_t) {
  for (const char* flag : {"url_safe", "padding"})
    if (!args.dynamic(flag))
      if (auto v = strict_flag(args, flag, false); !v) return fail("base64: " + v.error());
  return check_charset_arg(args, "base64");
}

Expected<Item> apply_base64(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  auto url_safe = strict_flag(args, "url_safe", false);
  if (!url_safe) return fail("base64: " + url_safe.error());
  auto padding = strict_flag(args, "padding", true);
  if (!padding) return fail("base64: " + padding.error());
  std::string name = args.text("charset").value_or("UTF-8");
  auto cs = charset_named(name);
  if (!cs) return fail("base64: unsupported charset '" + name + "'");
  std::string bytes = encode(java_string(input), *cs);
  if (Status s = ctx.charge(bytes.size() * 2); !s) return fail(s.error());
  return ctx.text_item(base64_text(bytes, *url_safe, *padding));
}

// mimeEncodedWord: ASCII text as it is, other text as "=?charset?B?…?=" or "=?charset?Q?…?=".
Status check_mime_encoded_word(const Args& args, std::size_t) {
  if (!args.dynamic("encoding"))
    if (auto e = args.text("encoding"); e && java::to_lower(*e) != "b" && java::to_lower(*e) != "q")
      return fail("mimeEncodedWord: Unsupported encoding: " + *e + " (use B or Q)");
  return check_charset_arg(args, "mimeEncodedWord");
}

Expected<Item> apply_mime_encoded_word(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  std::string text = java_string(input);
  bool ascii = true;
  for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return ctx.text_item(text);
  std::string name = args.text("charset").value_or("UTF-8");
  auto cs = charset_named(name);
  if (!cs) return fail("mimeEncodedWord: unsupported charset '" + name + "'");
  std::string encoding = args.text("encoding").value_or("B");
  std::string bytes = encode(text, *cs);
  if (Status s = ctx.charge(bytes.size() * 3); !s) return fail(s.error());
  if (java::to_lower(encoding) == "b")
    return ctx.text_item("=?" + name + "?B?" + base64_text(bytes, false, true) + "?=");
  if (java::to_lower(encoding) != "q")
    return fail("mimeEncodedWord: Unsupported encoding: " + encoding + " (use B or Q)");
  static constexpr char k_hex[] = "0123456789ABCDEF";
  std::string q;
  for (unsigned char c : bytes) {
    if (c < 32 || c > 126 || c == '=' || c == '?' || c == '_') {
      q += '=';
      q += k_hex[c >> 4];
      q += k_hex[c & 0xF];
    } else {
      q += c == ' ' ? '_' : static_cast<char>(c);
    }
  }
  return ctx.text_item("=?" + name + "?Q?" + q + "?=");
}

// kana: hiragana U+3041..U+3096 and ゝゞ ⇄ katakana U+30A1..U+30F6 and ヽヾ; `to` katakana
// (default) or hiragana.
namespace {
Expected<bool> kana_to_katakana(const Args& args) {
  auto to = args.text("to");
  if (!to || java::trim(*to).empty()) return true;
  std::string t = java::to_lower(*to);
  if (t == "katakana") return true;
  if (t == "hiragana") return false;
  return fail("kana: invalid to '" + *to + "' (use katakana or hiragana)");
}
}  // namespace

Status check_kana(const Args& args, std::size_t) {
  if (args.dynamic("to")) return ok_status();
  auto r = kana_to_katakana(args);
  return r ? ok_status() : Status(fail(r.error()));
}

Expected<Item> apply_kana(Item input, const Args& args, CallContext& ctx) {
  auto katakana = kana_to_katakana(args);
  if (!katakana) return fail(katakana.error());
  if (input.is_null()) return input;
  std::u32string cps = java::to_utf32(java_string(input));
  std::string out;
  for (char32_t c : cps) {
    if (*katakana) {
      if (c >= 0x3041 && c <= 0x3096)
        c += 0x60;
      else if (c == 0x309D || c == 0x309E)
        c += 0x60;
    } else {
      if (c >= 0x30A1 && c <= 0x30F6)
        c -= 0x60;
      else if (c == 0x30FD || c == 0x30FE)
        c -= 0x60;
    }
    java::append_utf8(out, c);
  }
  return ctx.text_item(out);
}

// normalize: form NFC, NFD, NFKC (default) or NFKD, in any case.
namespace {
Expected<unicode::NormalForm> normal_form(const Args& args) {
  auto form = args.text("form");
  if (!form || java::trim(*form).empty()) return unicode::NormalForm::nfkc;
  std::string f = java::to_upper(*form);
  if (f == "NFC") return unicode::NormalForm::nfc;
  if (f == "NFD") return unicode::NormalForm::nfd;
  if (f == "NFKC") return unicode::NormalForm::nfkc;
  if (f == "NFKD") return unicode::NormalForm::nfkd;
  return fail("normalize: invalid form '" + *form + "' (use NFC, NFD, NFKC or NFKD)");
}
}  // namespace

Status check_normalize(const Args& args, std::size_t) {
  if (args.dynamic("form")) return ok_status();
  auto f = normal_form(args);
  return f ? ok_status() : Status(fail(f.error()));
}

Expected<Item> apply_normalize(Item input, const Args& args, CallContext& ctx) {
  if (input.is_null()) return input;
  std::string text = java_string(input);
  if (text.empty()) return ctx.text_item(text);
  auto form = normal_form(args);
  if (!form) return fail(form.error());
  // A compatibility decomposition expands a character to at most 18.
  if (Status s = ctx.charge(text.size() * 4); !s) return fail(s.error());
  return ctx.text_item(unicode::normalize(text, *form));
}

}  // namespace idp::json::mapping::fn
