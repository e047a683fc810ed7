#include "oauth/subject.hpp"

#include "oauth/pairwise.hpp"

namespace idp::oauth {

Expected<std::string> subject_for(const EndpointContext& ctx, const domain::Client& client,
                                  const std::string& user_sub) {
  if (client.subject_type != domain::SubjectType::pairwise) return user_sub;
  auto sector = sector_identifier(client);
  if (!sector) return fail("pairwise subject: " + sector.error());
  if (ctx.pairwise_salt.empty()) return fail("pairwise subject: the server has no pairwise_salt");
  return pairwise_subject(*sector, user_sub, ctx.pairwise_salt);
}

}  // namespace idp::oauth
