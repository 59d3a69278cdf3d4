#!/usr/bin/env bash
# The load driver against PostgreSQL instead of the embedded SQLite (docs/benchmarks.md, "On PostgreSQL").
# Starts a throwaway cluster on this machine with PostgreSQL's durable defaults (fsync=on,
# synchronous_commit=on, full_page_writes=on): unlike the test run's cluster, every commit waits for
# its WAL flush, as in production. Then runs the driver with the server pointed at it through the
# environment (Database__Provider, ConnectionStrings__Madoguchi). The cluster shares the two cores
# with the server and the driver, as a single-machine installation would.
# Usage: bench/postgres-load.sh [driver options, default: --scenarios echo,submit --concurrency 16,64,256]
# Result: artifacts/bench/load-postgres.md
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--scenarios echo,submit --concurrency 16,64,256 --warmup 2 --duration 5 --repeat 3)

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d /tmp/madoguchi-bench-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root; Debian's package creates the postgres user.
  chown postgres "$pg_dir"
  as_pg=(runuser -u postgres --)
fi
trap '"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1; rm -rf "$pg_dir"' EXIT
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U madoguchi_bench --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
port=""
for p in $(seq 55700 55730); do
  if "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
      -o "-p $p -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null 2>&1; then
    port=$p
    break
  fi
done
[ -n "$port" ] || { echo "PostgreSQL did not start (see $pg_dir/server.log)" >&2; exit 1; }
"$pg_bin/psql" -h 127.0.0.1 -p "$port" -U madoguchi_bench -d postgres -qc "CREATE DATABASE madoguchi_bench"
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port:" \
  "$("$pg_bin/psql" -h 127.0.0.1 -p "$port" -U madoguchi_bench -d postgres -Atc \
  "SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'shared_buffers')")"

dotnet build src/Madoguchi.Web -c Release --nologo -v quiet
dotnet build bench/Madoguchi.Bench.Load -c Release --nologo -v quiet
Database__Provider=Postgres \
ConnectionStrings__Madoguchi="Host=127.0.0.1;Port=$port;Username=madoguchi_bench;Database=madoguchi_bench" \
  dotnet bench/Madoguchi.Bench.Load/bin/Release/net10.0/Madoguchi.Bench.Load.dll \
  --server src/Madoguchi.Web/bin/Release/net10.0/Madoguchi.Web.dll "${args[@]}" --out artifacts/bench/load-postgres.md
