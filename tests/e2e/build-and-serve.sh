#!/usr/bin/env bash
# Builds the sites the end-to-end tests read, then serves them on one port:
#   /              the shipped dumps (dist/)
#   /papers-demo/  the same, built with BASE_PATH=/papers-demo/ (dist-demo/)
#   /hostile/      the hostile-text fixture, built with BASE_PATH=/hostile/ (dist-hostile/)
#   /rebuild/      the listing-layout fixture (dist-rebuild/), rebuilt by a test with another corpus
#   /hf/           the real Hugging Face corpus in tests/corpora/hf-daily (dist-hf/): discovered topics and subtopics
set -euo pipefail
port="$1"
export ASTRO_TELEMETRY_DISABLED=1
npm run build
BASE_PATH=/papers-demo/ node scripts/build-site.ts --outDir dist-demo
# The reader's notes of the hostile site: one with raw HTML, one naming no paper (the ingest reports it).
rm -rf .cache/hostile-content/notes && mkdir -p .cache/hostile-content/notes && cp tests/fixtures/notes/*.md .cache/hostile-content/notes/
node scripts/ingest.ts --dumps tests/fixtures/dumps/hostile-text/input --topics tests/fixtures/topics.yaml --out .cache/hostile-content | tee .cache/hostile-ingest.log
CONTENT_DIR=.cache/hostile-content BASE_PATH=/hostile/ node scripts/build-site.ts --outDir dist-hostile
bash tests/e2e/build-rebuild-site.sh listing-layout
node scripts/ingest.ts --dumps tests/corpora/hf-daily --out .cache/hf-content > /dev/null
CONTENT_DIR=.cache/hf-content BASE_PATH=/hf/ node scripts/build-site.ts --outDir dist-hf
exec node tests/e2e/serve-static.ts "$port" /=dist /papers-demo/=dist-demo /hostile/=dist-hostile /rebuild/=dist-rebuild /hf/=dist-hf
