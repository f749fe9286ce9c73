-- wrk script: POST the GraphQL document in the BODY environment variable; counts non-200 answers.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = os.getenv("BODY")
local failures = 0
function response(status, headers, body)
  if status ~= 200 or string.find(body, '"errors"', 1, true) then failures = failures + 1 end
end
function done(summary, latency, requests)
  io.write(string.format("non-200 or errors: %d\n", failures))
  for _, p in pairs({ 50, 90, 99 }) do io.write(string.format("p%d: %.2f ms\n", p, latency:percentile(p) / 1000)) end
end
