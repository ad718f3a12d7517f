#!/usr/bin/env bash
# What a newcomer does first: clone the repository into an empty folder, run the README's start
# command exactly as the README writes it, send the README's headline query, check the answer.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
workdir="$(mktemp -d)"
url="http://127.0.0.1:4000/graphql"

# The first line of the README's first bash block, and its first GraphQL block.
start_command="$(awk '/^```bash$/ { inside = 1; next } inside { print; exit }' "$repo/README.md" | sed 's/[[:space:]]*#.*$//')"
headline_query="$(awk '/^```graphql$/ { inside = 1; next } /^```$/ { if (inside) exit } inside { print }' "$repo/README.md")"
[ -n "$start_command" ] && [ -n "$headline_query" ] || { echo "README has no start command or no headline query" >&2; exit 1; }

if curl -s -o /dev/null "$url"; then echo "port 4000 is already in use: stop what listens there first" >&2; exit 1; fi

git clone -q "$repo" "$workdir/clone"
cd "$workdir/clone"
echo "fresh clone in $workdir/clone; running: $start_command"
setsid bash -c "$start_command" > "$workdir/start.log" 2>&1 &
start_pid=$!
cleanup() {
  kill -TERM -- "-$start_pid" 2>/dev/null || true
  wait "$start_pid" 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT

for _ in $(seq 1 600); do
  if curl -sf -o /dev/null -X POST -H 'content-type: application/json' --data '{"query":"{__typename}"}' "$url"; then break; fi
  if ! kill -0 "$start_pid" 2>/dev/null; then echo "the start command exited:" >&2; tail -30 "$workdir/start.log" >&2; exit 1; fi
  sleep 1
done

body="$(node -e 'process.stdout.write(JSON.stringify({ query: process.argv[1] }))' "$headline_query")"
answer="$(curl -s -X POST -H 'content-type: application/json' --data "$body" "$url")"
node -e '
  const answer = JSON.parse(process.argv[1]);
  const projects = answer.data?.projects;
  const codes = projects?.nodes?.map((project) => project.code) ?? [];
  if (answer.errors || projects?.totalCount !== 1 || codes.join() !== "PO.0201") {
    console.error("unexpected answer to the README headline query:", JSON.stringify(answer).slice(0, 2000));
    process.exit(1);
  }
  const project = projects.nodes[0];
  console.log(`headline query answered: ${codes.join()} (${project.region?.name}), ${project.beneficiaryStates.length} beneficiary states, ${project.relatedNews.length} related news`);
' "$answer"
