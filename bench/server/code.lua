-- wrk script: POST the prepared article to /api/code and report p50/p95/p99 latency
-- (wrk's own --latency table has no p95). The body file comes from make-body.py.
local f = assert(io.open(os.getenv("BODY") or "body.json", "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"

function done(summary, latency, requests)
  local s = summary.duration / 1e6
  io.write(string.format("requests %d in %.1f s: %.0f req/s; errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.requests, s, summary.requests / s, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
