-- One request, repeated; described by the environment:
--   PERF_METHOD (GET by default), PERF_BODY (a form body, sent as
--   application/x-www-form-urlencoded), PERF_AUTH (a complete Authorization header value).
-- Every answer outside 2xx is counted (see result.lua for what is printed).
--
-- A request may be spread over many tenants and users: PERF_PATH (the path, instead of the URL's)
-- and PERF_BODY may then hold placeholders, drawn afresh for every request:
--   {tenant}  the id of a random tenant: PERF_TENANT_FORMAT (a string.format pattern) applied to
--             a random index in 1..PERF_TENANTS
--   {i}       that tenant's index
--   {u}       a random index in 1..PERF_USERS
-- With PERF_ORDER=sequential the tenant index walks 1..PERF_TENANTS in turn instead (each thread
-- from its own starting point), so that a warm-up reaches every tenant.
-- A request without placeholders is formatted once by wrk (cheaper for the load generator).
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local result = require("result")

local method = os.getenv("PERF_METHOD") or "GET"
local body = os.getenv("PERF_BODY") or ""
local path = os.getenv("PERF_PATH") or ""
local auth = os.getenv("PERF_AUTH") or ""
local tenant_format = os.getenv("PERF_TENANT_FORMAT") or ""
local tenants = tonumber(os.getenv("PERF_TENANTS") or "1")
local users = tonumber(os.getenv("PERF_USERS") or "1")
local sequential = os.getenv("PERF_ORDER") == "sequential"

wrk.method = method
if body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end
if auth ~= "" then
  wrk.headers["Authorization"] = auth
end
wrk.headers["Accept"] = "application/json"
if path ~= "" then wrk.path = path end

setup = result.setup
done = result.done

function response(status, headers, answer)
  if status < 200 or status > 299 then result.unexpected(status, answer) end
end

if string.find(path, "{", 1, true) or string.find(body, "{", 1, true) then
  local next_index = 0

  function init()
    -- Each thread draws its own sequence, or walks from its own starting point.
    math.randomseed(os.time() * 1000 + (thread_id or 0) * 7919)
    next_index = math.random(0, tenants - 1)
  end

  function request()
    local i
    if sequential then
      i = next_index % tenants + 1
      next_index = next_index + 1
    else
      i = math.random(1, tenants)
    end
    local vars = {
      tenant = tenant_format ~= "" and string.format(tenant_format, i) or "",
      i = tostring(i),
      u = tostring(math.random(1, users)),
    }
    local fill = function(name) return vars[name] end
    return wrk.format(nil, (string.gsub(path, "{(%a+)}", fill)), nil,
                      body ~= "" and (string.gsub(body, "{(%a+)}", fill)) or nil)
  end
end
