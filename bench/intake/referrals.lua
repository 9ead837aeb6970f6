-- wrk script of the intake benchmark: the same referrals as IntakeLoad.java (each for a different fictional
-- person, each with its own Idempotency-Key, as a referrer signed in with HTTP Basic) and the same report.
-- wrk is far lighter than a JVM client: on a 2-core machine the load client takes less of the CPU it shares
-- with the app and PostgreSQL, so more of the machine measures the intake rather than the client.
--
--   wrk -t2 -c16 -d30s -s bench/intake/referrals.lua http://127.0.0.1:18081 -- FIRST_NUMBER THREADS CONNECTIONS

local given = { "Ada", "Bill", "Cara", "Dev", "Edna", "Frank", "Gita", "Hugh", "Iris", "Joe" }
local family = { "Ackroyd", "Barraclough", "Crabtree", "Dewhirst", "Greenwood", "Haigh", "Holroyd", "Mitchell",
  "Sutcliffe", "Wadsworth" }
local postcodes = { "HX1 1UJ", "HX7 8AD", "OL14 5AB", "HD6 1AA", "HX5 0AA", "HX3 8AA" }
-- referrer:demo-password
local credentials = "Basic cmVmZXJyZXI6ZGVtby1wYXNzd29yZA=="

-- Days since 1970-01-01 of 1930-01-01, and the span of birth dates, as IntakeLoad.java has them.
local FIRST_BIRTH_DAY = -14610
local BIRTH_DATE_SPAN_DAYS = 28500

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  -- Threads take numbers in turn (id, id + threads, ...) from the first one given, so no two requests share a
  -- person or a key, and a second run refers new people.
  first = tonumber(args[1] or "0")
  step = tonumber(args[2] or "1")
  connections = tonumber(args[3] or "0")
  n = first + (id or 0)
  created = 0
  failed = {}
end

-- The civil date of a day number (days since 1970-01-01), by Howard Hinnant's algorithm.
local function civil(days)
  local z = days + 719468
  local era = math.floor(z / 146097)
  local doe = z - era * 146097
  local yoe = math.floor((doe - math.floor(doe / 1460) + math.floor(doe / 36524) - math.floor(doe / 146096)) / 365)
  local doy = doe - (365 * yoe + math.floor(yoe / 4) - math.floor(yoe / 100))
  local mp = math.floor((5 * doy + 2) / 153)
  local d = doy - math.floor((153 * mp + 2) / 5) + 1
  local m = mp < 10 and mp + 3 or mp - 9
  local y = yoe + era * 400 + (m <= 2 and 1 or 0)
  return string.format("%04d-%02d-%02d", y, m, d)
end

-- A number written in letters ("Bc"), so that every person has a name of their own.
local function letters(number)
  local word = {}
  repeat
    word[#word + 1] = string.char(97 + number % 26)
    number = math.floor(number / 26)
  until number == 0
  word[1] = string.upper(word[1])
  return table.concat(word)
end

function request()
  n = n + step
  -- Adults born over about 78 years, spread as a borough's referrals are (see IntakeLoad.java).
  local birth = civil(FIRST_BIRTH_DAY + (n * 7919) % BIRTH_DATE_SPAN_DAYS)
  local body = string.format([[{"person": {"givenName": "%s", "familyName": "%s-%s", "birthDate": "%s", "postcode": "%s",
  "phone": "01632 960%03d"},
 "source": "gp", "reason": "Lonely since moving; knee pain on stairs (benchmark, fictional)",
 "needs": ["loneliness-social-connection", "msk-friendly-exercise"], "urgency": "routine",
 "consent": true}]], given[n % #given + 1], family[math.floor(n / 7) % #family + 1], letters(n), birth,
    postcodes[n % #postcodes + 1], n % 1000)
  return wrk.format("POST", "/api/v1/referrals", {
    ["Authorization"] = credentials,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%d", n),
  }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    failed[status] = (failed[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local total_created, statuses = 0, {}
  for _, thread in ipairs(threads) do
    total_created = total_created + thread:get("created")
    for status, count in pairs(thread:get("failed")) do
      statuses[status] = (statuses[status] or 0) + count
    end
  end
  local e = summary.errors
  local errors = summary.requests - total_created + e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("referrals_created=%d errors=%d concurrency=%d seconds=%.1f rate=%.0f/s\n",
    total_created, errors, threads[1] and threads[1]:get("connections") or 0, seconds,
    total_created / seconds))
  io.write(string.format("http_ms p50=%.2f p99=%.2f max=%.2f\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  for status, count in pairs(statuses) do
    io.write(string.format("failed_status %d: %d\n", status, count))
  end
end
