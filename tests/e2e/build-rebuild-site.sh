#!/usr/bin/env bash
# Builds dist-rebuild/ (served under /rebuild/) from one fixture corpus: the
# offline tests rebuild it with another corpus to check a redeploy is seen.
set -euo pipefail
fixture="$1"
export ASTRO_TELEMETRY_DISABLED=1
node scripts/ingest.ts --dumps "tests/fixtures/dumps/$fixture/input" --topics tests/fixtures/topics.yaml --out .cache/rebuild-content > /dev/null
CONTENT_DIR=.cache/rebuild-content BASE_PATH=/rebuild/ node scripts/build-site.ts --outDir dist-rebuild > /dev/null
