#!/usr/bin/env bash
# Starts the assistant: installs native prerequisites if missing, builds once (again only when a
# source changed), then serves the chat at http://localhost:5000 (pass --urls to change). The demo
# network is created on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-prerequisites.sh
exec bash scripts/run-built.sh src/Assistant.Web Assistant.Web.dll "$@"
