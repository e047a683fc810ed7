// The SSRF guard's address ranges (IANA special-purpose registries, RFC 1918, RFC 4193, RFC 6598,
// RFC 4291 §2.5.5.2 mapped addresses, RFC 6052 NAT64, RFC 3056 6to4) and its host lists.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "outbound/address_policy.hpp"

using namespace idp;
using outbound::AddressPolicy;
using outbound::IpAddress;

namespace {

// "" when the address is public, else the start of the description of its range.
struct Case {
  const char* address;
  const char* range;
};

void check_ranges(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    const auto ip = IpAddress::parse(c.address);
    BOOST_REQUIRE_MESSAGE(ip, c.address);
    const auto range = outbound::restricted_range(*ip);
    if (std::string(c.range).empty()) {
      BOOST_TEST(!range, c.address << " should be public, got " << range.value_or(""));
    } else {
      BOOST_TEST(range.has_value(), c.address << " should be restricted");
      BOOST_TEST(range.value_or("").find(c.range) != std::string::npos,
                 c.address << ": " << range.value_or("") << " lacks " << c.range);
    }
  }
}

domain::SsrfProtection enabled(std::vector<std::string> bypass = {},
                               std::vector<std::string> allowed = {}) {
  domain::SsrfProtection s;
  s.enabled = true;
  s.bypass_hosts = std::move(bypass);
  s.allowed_hosts = std::move(allowed);
  return s;
}

// Answers from a fixed table and counts its calls.
struct TableResolver {
  std::vector<std::pair<std::string, std::vector<std::string>>> table;
  int* calls;
  Expected<std::vector<IpAddress>> operator()(const std::string& host) const {
    ++*calls;
    for (const auto& [name, addresses] : table) {
      if (name != host) continue;
      std::vector<IpAddress> out;
      for (const auto& a : addresses) out.push_back(*IpAddress::parse(a));
      return out;
    }
    return fail(host + " does not resolve");
  }
};

const std::vector<std::pair<std::string, std::vector<std::string>>> k_dns = {
    {"public.example", {"93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"}},
    {"internal.example", {"10.1.2.3"}},
    {"metadata.example", {"169.254.169.254"}},
    {"mixed.example", {"93.184.216.34", "192.168.0.10"}},
    {"mapped.example", {"::ffff:127.0.0.1"}},
};

std::string kind_of(const ports::OutboundResult<outbound::Target>& r) {
  return r ? "ok" : std::string(to_string(r.error().kind));
}

std::string describe(const ports::OutboundResult<outbound::Target>& r) {
  return r ? "ok" : r.error().message;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(outbound_address_policy)

BOOST_AUTO_TEST_CASE(ipv4_ranges) {
  check_ranges({
      {"0.0.0.0", "unspecified"},
      {"0.1.2.3", "unspecified"},
      {"127.0.0.1", "loopback"},
      {"127.255.255.254", "loopback"},
      {"10.0.0.1", "private 10.0.0.0/8"},
      {"10.255.255.255", "private 10.0.0.0/8"},
      {"172.16.0.1", "private 172.16.0.0/12"},
      {"172.31.255.255", "private 172.16.0.0/12"},
      {"172.15.255.255", ""},
      {"172.32.0.1", ""},
      {"192.168.1.1", "private 192.168.0.0/16"},
      {"192.169.0.1", ""},
      {"169.254.169.254", "link-local"},
      {"169.254.0.1", "link-local"},
      {"100.64.0.1", "CGNAT"},
      {"100.127.255.255", "CGNAT"},
      {"100.63.255.255", ""},
      {"100.128.0.1", ""},
      {"224.0.0.1", "multicast"},
      {"239.255.255.250", "multicast"},
      {"240.0.0.1", "reserved"},
      {"255.255.255.255", "reserved"},
      {"8.8.8.8", ""},
      {"93.184.216.34", ""},
      {"1.1.1.1", ""},
  });
}

BOOST_AUTO_TEST_CASE(ipv6_ranges) {
  check_ranges({
      {"::", "unspecified"},
      {"::1", "loopback"},
      {"fc00::1", "unique local"},
      {"fd00::2", "unique local"},
      {"fd00:ec2::254", "unique local"},  // a cloud metadata service's IPv6 address
      {"fbff::1", ""},
      {"fe80::1", "link-local"},
      {"febf:ffff::1", "link-local"},
      {"fe7f::1", ""},
      {"fec0::1", "site-local"},
      {"ff02::1", "multicast"},
      {"ff0e::1", "multicast"},
      {"64:ff9b:1::1", "NAT64"},
      {"2001:4860:4860::8888", ""},
      {"2606:4700::1111", ""},
  });
}

BOOST_AUTO_TEST_CASE(ipv6_forms_of_ipv4_addresses_are_judged_by_the_ipv4_address) {
  check_ranges({
      {"::ffff:127.0.0.1", "IPv4-mapped form of 127.0.0.1, loopback"},
      {"::ffff:7f00:1", "IPv4-mapped form of 127.0.0.1"},
      {"::ffff:10.0.0.1", "IPv4-mapped form of 10.0.0.1, private"},
      {"::ffff:172.16.5.4", "private 172.16.0.0/12"},
      {"::ffff:192.168.0.1", "private 192.168.0.0/16"},
      {"::ffff:169.254.169.254", "link-local"},
      {"::ffff:100.64.0.1", "CGNAT"},
      {"::ffff:0.0.0.0", "unspecified"},
      {"::ffff:224.0.0.1", "multicast"},
      {"::ffff:8.8.8.8", ""},
      {"::127.0.0.1", "IPv4-compatible form of 127.0.0.1"},
      {"::10.0.0.1", "IPv4-compatible"},
      {"64:ff9b::10.0.0.1", "NAT64 form of 10.0.0.1"},
      {"64:ff9b::169.254.169.254", "link-local"},
      {"64:ff9b::8.8.8.8", ""},
      {"2002:7f00:1::1", "6to4 form of 127.0.0.1"},
      {"2002:a9fe:a9fe::", "6to4 form of 169.254.169.254"},
      {"2002:808:808::1", ""},
  });
}

BOOST_AUTO_TEST_CASE(parse_accepts_only_plain_addresses) {
  BOOST_TEST(IpAddress::parse("127.0.0.1")->to_string() == "127.0.0.1");
  BOOST_TEST(IpAddress::parse("::FFFF:127.0.0.1")->to_string() == "::ffff:127.0.0.1");
  BOOST_TEST(IpAddress::parse("::1")->v6);
  BOOST_TEST(!IpAddress::parse("127.0.0.1")->v6);
  for (const char* text :
       {"", "[::1]", "localhost", "127.0.0.1:80", "1.2.3", "1.2.3.4.5", "::1%lo", "256.0.0.1"})
    BOOST_TEST(!IpAddress::parse(text), text);
}

BOOST_AUTO_TEST_CASE(host_names_are_compared_normalized) {
  BOOST_TEST(outbound::normalize_host("API.Example.COM.") == "api.example.com");
  BOOST_TEST(outbound::normalize_host("[::1]") == "::1");
  BOOST_TEST(outbound::normalize_host("10.0.0.1") == "10.0.0.1");
  AddressPolicy policy(enabled({"LocalHost", "[::1]"}, {}));
  BOOST_TEST(policy.is_bypassed("localhost"));
  BOOST_TEST(policy.is_bypassed("LOCALHOST."));
  BOOST_TEST(policy.is_bypassed("::1"));
  BOOST_TEST(policy.is_bypassed("[::1]"));
  BOOST_TEST(!policy.is_bypassed("localhost.example"));
}

BOOST_AUTO_TEST_CASE(disabled_policy_allows_everything_without_resolving) {
  int calls = 0;
  AddressPolicy policy({}, TableResolver{k_dns, &calls});
  BOOST_TEST(!policy.enabled());
  for (const char* host : {"127.0.0.1", "internal.example", "[::1]", "169.254.169.254"}) {
    auto t = policy.vet(host, "http://x");
    BOOST_REQUIRE(t);
    BOOST_TEST(t->pinned.empty());
    BOOST_TEST(!t->guarded);
  }
  BOOST_TEST(calls == 0);
}

BOOST_AUTO_TEST_CASE(public_name_is_pinned_to_every_checked_address) {
  int calls = 0;
  AddressPolicy policy(enabled(), TableResolver{k_dns, &calls});
  auto t = policy.vet("Public.Example", "https://public.example:443");
  BOOST_REQUIRE_MESSAGE(t, describe(t));
  BOOST_TEST(t->guarded);
  BOOST_TEST(!t->literal);
  BOOST_REQUIRE(t->pinned.size() == 2u);
  BOOST_TEST(t->pinned[0].to_string() == "93.184.216.34");
  BOOST_TEST(calls == 1);
}

BOOST_AUTO_TEST_CASE(names_resolving_to_restricted_addresses_are_refused) {
  int calls = 0;
  AddressPolicy policy(enabled(), TableResolver{k_dns, &calls});
  for (const char* host : {"internal.example", "metadata.example", "mapped.example"}) {
    auto t = policy.vet(host, "https://origin");
    BOOST_TEST(kind_of(t) == "refused_by_policy", host);
    if (!t) {
      BOOST_TEST(t.error().message.find(host) != std::string::npos, t.error().message);
      BOOST_TEST(t.error().message.starts_with("https://origin refused"), t.error().message);
    }
  }
}

BOOST_AUTO_TEST_CASE(one_restricted_answer_among_public_ones_refuses_the_host) {
  int calls = 0;
  AddressPolicy policy(enabled(), TableResolver{k_dns, &calls});
  auto t = policy.vet("mixed.example", "https://mixed.example:443");
  BOOST_REQUIRE(!t);
  BOOST_TEST(t.error().message.find("192.168.0.10") != std::string::npos, t.error().message);
}

BOOST_AUTO_TEST_CASE(restricted_literals_are_refused_and_public_ones_pass) {
  int calls = 0;
  AddressPolicy policy(enabled(), TableResolver{k_dns, &calls});
  for (const char* host : {"127.0.0.1", "10.0.0.8", "169.254.169.254", "100.100.100.200", "[::1]",
                           "[fe80::1]", "[fd12:3456::1]", "[::ffff:169.254.169.254]", "0.0.0.0"})
    BOOST_TEST(kind_of(policy.vet(host, "http://o")) == "refused_by_policy", host);
  auto t = policy.vet("8.8.8.8", "http://o");
  BOOST_REQUIRE(t);
  BOOST_TEST(t->literal);
  BOOST_TEST(t->guarded);
  BOOST_TEST(calls == 0);  // literals are never looked up
}

BOOST_AUTO_TEST_CASE(unresolvable_name_is_connect_failed) {
  int calls = 0;
  AddressPolicy policy(enabled(), TableResolver{k_dns, &calls});
  auto t = policy.vet("nowhere.example", "https://nowhere.example:443");
  BOOST_TEST(kind_of(t) == "connect_failed");
}

BOOST_AUTO_TEST_CASE(bypass_hosts_skip_the_address_check_only) {
  int calls = 0;
  AddressPolicy policy(enabled({"internal.example", "127.0.0.1"}), TableResolver{k_dns, &calls});
  auto t = policy.vet("internal.example", "http://internal.example:80");
  BOOST_REQUIRE_MESSAGE(t, describe(t));
  BOOST_TEST(!t->guarded);
  BOOST_REQUIRE(t->pinned.size() == 1u);  // still pinned to what was resolved
  BOOST_TEST(t->pinned[0].to_string() == "10.1.2.3");
  BOOST_TEST(policy.vet("127.0.0.1", "http://o").ok());
  // Bypassing a name does not bypass the addresses it shares with other names.
  BOOST_TEST(kind_of(policy.vet("metadata.example", "http://o")) == "refused_by_policy");
  BOOST_TEST(kind_of(policy.vet("127.0.0.2", "http://o")) == "refused_by_policy");
}

BOOST_AUTO_TEST_CASE(allowed_hosts_refuse_unlisted_hosts_before_resolving) {
  int calls = 0;
  AddressPolicy policy(enabled({}, {"public.example", "internal.example"}),
                       TableResolver{k_dns, &calls});
  BOOST_TEST(policy.is_allowed_host("PUBLIC.example"));
  BOOST_TEST(!policy.is_allowed_host("mixed.example"));
  auto refused = policy.vet("mixed.example", "https://mixed.example:443");
  BOOST_REQUIRE(!refused);
  BOOST_TEST(to_string(refused.error().kind) == "refused_by_policy");
  BOOST_TEST(refused.error().message.find("allowed_hosts") != std::string::npos);
  BOOST_TEST(calls == 0);
  BOOST_TEST(policy.vet("public.example", "https://o").ok());
  // A listed host is still held to the address check.
  BOOST_TEST(kind_of(policy.vet("internal.example", "https://o")) == "refused_by_policy");
}

BOOST_AUTO_TEST_CASE(allowed_and_bypassed_host_reaches_a_private_address) {
  int calls = 0;
  AddressPolicy policy(enabled({"internal.example"}, {"internal.example"}),
                       TableResolver{k_dns, &calls});
  BOOST_TEST(policy.vet("internal.example", "https://o").ok());
  BOOST_TEST(kind_of(policy.vet("public.example", "https://o")) == "refused_by_policy");
}

BOOST_AUTO_TEST_CASE(system_resolver_answers_for_localhost) {
  auto addresses = outbound::resolve_with_system("localhost");
  BOOST_REQUIRE_MESSAGE(addresses, (addresses ? std::string() : addresses.error()));
  BOOST_REQUIRE(!addresses->empty());
  for (const auto& a : *addresses) BOOST_TEST(outbound::restricted_range(a).has_value());
  BOOST_TEST(!outbound::resolve_with_system("name.invalid"));  // RFC 6761 §6.4
}

BOOST_AUTO_TEST_SUITE_END()
