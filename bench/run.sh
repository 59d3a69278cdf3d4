#!/usr/bin/env bash
# Builds Release and runs the engine benchmarks, then the load driver (docs/benchmarks.md).
# Short by default (about 6 minutes on 2 cores); --full runs longer windows and more rounds (about 20).
# Results: artifacts/bench/engine/results/*.md and artifacts/bench/load.md.
set -euo pipefail
cd "$(dirname "$0")/.."

engine_args=()
load_args=(--concurrency 16,64,256 --warmup 2 --duration 5 --repeat 3)
if [ "${1:-}" = "--full" ]; then
  engine_args=(--full)
  load_args=(--concurrency 16,64,256 --warmup 5 --duration 15 --repeat 5)
elif [ -n "${1:-}" ]; then
  echo "Usage: bench/run.sh [--full]" >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build src/Madoguchi.Web -c Release --nologo -v quiet
dotnet build bench/Madoguchi.Bench.Engine -c Release --nologo -v quiet
dotnet build bench/Madoguchi.Bench.Load -c Release --nologo -v quiet

echo "Machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(grep MemTotal /proc/meminfo | awk '{printf "%.1f GiB", $2 / 1048576}'), .NET SDK $(dotnet --version)"

dotnet bench/Madoguchi.Bench.Engine/bin/Release/net10.0/Madoguchi.Bench.Engine.dll "${engine_args[@]}" \
  --artifacts artifacts/bench/engine
dotnet bench/Madoguchi.Bench.Load/bin/Release/net10.0/Madoguchi.Bench.Load.dll \
  --server src/Madoguchi.Web/bin/Release/net10.0/Madoguchi.Web.dll "${load_args[@]}" --out artifacts/bench/load.md
