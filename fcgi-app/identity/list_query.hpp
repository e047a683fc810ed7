#pragma once
// The filters of the application and result lists, read from their query parameters: shared by
// the user's own lists (/me) and the management API, which add the user, the period and paging.
#include "base/expected.hpp"
#include "http/form.hpp"
#include "ports/records.hpp"

namespace idp::identity {

// id, type, client_id, status, external_application_id and application_details.<member>; an id
// that is not a UUID is refused.
Expected<ports::IdentityVerificationApplicationQuery> application_query(const http::Params& q);

// id, application_id, type and source; ids that are not UUIDs are refused.
Expected<ports::IdentityVerificationResultQuery> result_query(const http::Params& q);

}  // namespace idp::identity
