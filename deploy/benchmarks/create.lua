-- wrk script: POST a contract through the gateway, a fresh Idempotency-Key each.
-- TOKEN (environment): a bearer token of the tenant's agent. DELAY_MS (optional): pause before each request on a
-- connection, for a steady rate below the maximum (about connections * 1000 / (DELAY_MS + latency) a second).
-- The key's prefix names the thread: wrk's threads share one random seed, so random keys would collide.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local counter = 0
local run = tostring(os.time())
local token = os.getenv("TOKEN")
local pause = tonumber(os.getenv("DELAY_MS") or "0")

function request()
  counter = counter + 1
  local key = run .. "-" .. tostring(tid) .. "-" .. counter
  return wrk.format("POST", "/api/v1/contracts", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = key,
  }, '{"kind":"CLS","title":"CLS de benchmark ' .. key .. '"}')
end

function delay()
  return pause
end
