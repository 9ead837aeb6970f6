-- wrk script of the search benchmark: the same mix of searches as SearchLoad.java, in turn on each
-- connection, and the same report (HTTP latency from wrk, the Lucene time of the same requests from
-- the server's Server-Timing header). wrk is far lighter than a JVM client, so on a 2-core machine
-- the load client takes less of the CPU it shares with the app.
--
--   wrk -t1 -c8 -d30s -s bench/search/searches.lua http://127.0.0.1:18080 -- "8 clients"

local queries = {
  "q=arthritis", "q=walking+group", "q=chair+yoga&free=yes", "q=lonely", "q=debt+advice",
  "q=choir&day=tuesday", "need=msk-friendly-exercise", "q=garden&access=step-free",
  "q=swimming&age=70", "q=food+bank", "q=befriending&time=morning", "q=dementia+cafe",
  "need=physical-activity&free=yes&access=wheelchair-accessible", "q=back+pain",
  "q=men%27s+shed", "q=bereavement", "q=community+transport", "q=tai+chi&day=wednesday",
  "q=arthritis&where=HX1", "q=walking&where=HX7&within=5", "q=craft&where=OL14",
  "where=HD6&within=5", "q=peer+support&where=Halifax", "q=exercise&age=65&free=yes"
}

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  name = args[1] or "load"
  -- Each thread starts at another place in the list, as SearchLoad's clients do.
  next_query = id or 0
  lucene = {}
  bad = 0
end

function request()
  local query = queries[next_query % #queries + 1]
  next_query = next_query + 1
  return wrk.format("GET", "/find-support?" .. query, { ["Accept"] = "text/html" })
end

function response(status, headers, body)
  if status ~= 200 then
    bad = bad + 1
  end
  local timing = headers["Server-Timing"]
  local millis = timing and timing:match("lucene;dur=([0-9.]+)")
  if millis then
    lucene[#lucene + 1] = tonumber(millis)
  end
end

local function pct(sorted, p)
  if #sorted == 0 then
    return 0
  end
  local index = math.ceil(p / 100 * #sorted)
  return sorted[math.max(1, math.min(index, #sorted))]
end

function done(summary, latency, requests)
  local all = {}
  local bad_total = 0
  local label = "load"
  for _, thread in ipairs(threads) do
    for _, v in ipairs(thread:get("lucene")) do
      all[#all + 1] = v
    end
    bad_total = bad_total + thread:get("bad")
    label = thread:get("name") or label
  end
  table.sort(all)
  local e = summary.errors
  local errors = bad_total + e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local p50, p99 = latency:percentile(50) / 1000, latency:percentile(99) / 1000
  io.write(string.format("[%s] requests=%d errors=%d seconds=%.1f throughput=%.0f/s\n",
    label, summary.requests, errors, seconds, summary.requests / seconds))
  io.write(string.format("[%s] http_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f\n", label,
    p50, latency:percentile(90) / 1000, p99, latency.max / 1000))
  if #all > 0 then
    io.write(string.format("[%s] lucene_ms p50=%.3f p90=%.3f p99=%.3f (server-timing of the same requests)\n",
      label, pct(all, 50), pct(all, 90), pct(all, 99)))
    io.write(string.format("[%s] http_over_lucene p50=%.1fx p99=%.1fx\n", label,
      p50 / math.max(pct(all, 50), 1e-3), p99 / math.max(pct(all, 99), 1e-3)))
  else
    io.write(string.format("[%s] lucene_ms unavailable (no Server-Timing header)\n", label))
  end
end
