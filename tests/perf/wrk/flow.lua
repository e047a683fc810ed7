-- The authorization code flow of a browser and a confidential client, as one state machine:
--   1. GET  /{tenant}/v1/authorizations?response_type=code&…   302 to the sign-in page (?id=…),
--                                                                sets the AUTH_SESSION cookie
--   2. POST /{tenant}/v1/authorizations/{id}/password-authentication   200
--   3. POST /{tenant}/v1/authorizations/{id}/authorize                 200 {"redirect_uri": "…?code=…"}
--   4. POST /{tenant}/v1/tokens  grant_type=authorization_code (client_secret_post)   200
-- then the next flow starts as a new browser (no cookies). Any other answer counts as a failure
-- and restarts the flow. wrk does not say which connection an answer belongs to, so this script
-- needs one connection per wrk thread (-t = -c): each thread's Lua state is then one browser.
--
-- Environment: PERF_TENANT, PERF_CLIENT_ID, PERF_CLIENT_SECRET, PERF_REDIRECT_URI, PERF_USERNAME,
-- PERF_PASSWORD, PERF_SCOPE ("openid").
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
package.path = dir .. "?.lua;" .. package.path
local result = require("result")
local ffi = require("ffi")

flow_script = true  -- read by result.done: report flows even when none completed

ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } perf_timespec;
  int clock_gettime(int clock_id, perf_timespec *tp);
]]
local CLOCK_MONOTONIC = 1
local ts = ffi.new("perf_timespec")
local function now_us()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1e6 + tonumber(ts.tv_nsec) / 1e3
end

local function urlencode(s)
  return (string.gsub(s, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function env(name, default)
  local v = os.getenv(name)
  if v == nil or v == "" then
    if default == nil then error(name .. " is required") end
    return default
  end
  return v
end

local tenant = env("PERF_TENANT")
local client_id = env("PERF_CLIENT_ID")
local client_secret = env("PERF_CLIENT_SECRET")
local redirect_uri = env("PERF_REDIRECT_URI")
local username = env("PERF_USERNAME")
local password = env("PERF_PASSWORD")
local scope = env("PERF_SCOPE", "openid")

local authorization_path = "/" .. tenant .. "/v1/authorizations?response_type=code&client_id=" ..
  urlencode(client_id) .. "&redirect_uri=" .. urlencode(redirect_uri) .. "&scope=" ..
  urlencode(scope) .. "&state=st&nonce=nn"
local sign_in_body = '{"username":"' .. username .. '","password":"' .. password .. '"}'
local token_path = "/" .. tenant .. "/v1/tokens"

setup = result.setup
done = result.done

-- The state of this thread's browser.
local step = 1
local cookies = {}
local id, code, started

local function cookie_header()
  local parts = {}
  for name, value in pairs(cookies) do table.insert(parts, name .. "=" .. value) end
  return table.concat(parts, "; ")
end

local function headers(content_type)
  local h = { Accept = "application/json" }
  if content_type then h["Content-Type"] = content_type end
  local jar = cookie_header()
  if jar ~= "" then h["Cookie"] = jar end
  return h
end

function request()
  if step == 1 then
    cookies, id, code, started = {}, nil, nil, now_us()
    return wrk.format("GET", authorization_path, headers())
  elseif step == 2 then
    return wrk.format("POST", "/" .. tenant .. "/v1/authorizations/" .. id ..
      "/password-authentication", headers("application/json"), sign_in_body)
  elseif step == 3 then
    return wrk.format("POST", "/" .. tenant .. "/v1/authorizations/" .. id .. "/authorize",
      headers("application/json"), "{}")
  else
    return wrk.format("POST", token_path, headers("application/x-www-form-urlencoded"),
      "grant_type=authorization_code&code=" .. code .. "&redirect_uri=" .. urlencode(redirect_uri) ..
      "&client_id=" .. urlencode(client_id) .. "&client_secret=" .. urlencode(client_secret))
  end
end

local function header(hs, wanted)
  for name, value in pairs(hs) do
    if string.lower(name) == wanted then return value end
  end
  return nil
end

local function keep_cookie(hs)
  -- wrk keeps one value per header name: every step here sets at most one cookie.
  local set = header(hs, "set-cookie")
  if not set then return end
  local name, value = string.match(set, "^%s*([^=;]+)=([^;]*)")
  if not name then return end
  if string.find(string.lower(set), "max-age=0", 1, true) then
    cookies[name] = nil
  else
    cookies[name] = value
  end
end

local step_names = { "authorization request", "password-authentication", "authorize", "token" }

local function failed(status, body)
  result.unexpected(status, body, step_names[step])
  step = 1
end

function response(status, hs, body)
  keep_cookie(hs)
  if step == 1 then
    local location = header(hs, "location") or ""
    id = string.match(location, "[?&]id=([^&#]+)")
    if status ~= 302 or not id then return failed(status, "Location: " .. location) end
    step = 2
  elseif step == 2 then
    if status ~= 200 then return failed(status, body) end
    step = 3
  elseif step == 3 then
    code = string.match(body or "", '"redirect_uri"%s*:%s*"[^"]*[?&#]code=([^&#"]+)')
    if status ~= 200 or not code then return failed(status, body) end
    step = 4
  else
    if status ~= 200 or not string.find(body or "", '"access_token"', 1, true) then
      return failed(status, body)
    end
    result.flow_done(now_us() - started)
    step = 1
  end
end
