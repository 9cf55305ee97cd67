#!/usr/bin/env bash
# Runs a project of this checkout as a built program: `bash scripts/run-built.sh src/Assistant.Cli
# assistant.dll ask "..."`. It builds (Release) only when a source changed since its last build,
# then runs `dotnet bin/Release/net10.0/<dll>` directly: `dotnet run` checks the whole build on
# every call, 7-11 s on a busy machine, where this check is one `find` (tens of milliseconds).
#
# "Changed" means the list of files under src/, plugins/, prompts/ and examples/networks/, plus
# Directory.Build.props, Directory.Packages.props and global.json, with each one's modification
# time, differs from the list taken when the last successful build began: an edit, a new, deleted
# or renamed file. bin/ and obj/ are not sources. Build messages go to stderr: stdout may be the
# MCP protocol (`./assistant mcp`).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
project="$root/$1"
program="$project/bin/Release/net10.0/$2"
shift 2

stamp="$project/obj/run-built.stamp"
mkdir -p "$project/obj"

# One line per source file, path and modification time, hashed: tens of milliseconds for ~600 files.
sources() {
  { find "$root/src" "$root/plugins" "$root/prompts" "$root/examples/networks" \
    "$root/Directory.Build.props" "$root/Directory.Packages.props" "$root/global.json" \
    \( -name bin -o -name obj -o -name node_modules \) -prune -o -type f -printf '%p %T@\n' 2>/dev/null || true; } \
    | LC_ALL=C sort | md5sum | cut -d' ' -f1
}

changed() {
  [ ! -f "$program" ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$(sources)" ]
}

if changed; then
  # One build at a time: a second caller waits here, then finds the build done.
  exec 9>"$project/obj/run-built.lock"
  flock 9
  if changed; then
    if [ -f "$stamp" ]; then
      echo "Sources changed since the last build; building $(basename "$project") (Release)…" >&2
    else
      echo "Building the assistant (the first run takes a few minutes)…" >&2
    fi
    # Taken before the build: a file saved during the build counts as changed next time.
    before=$(sources)
    if ! dotnet build "$project" -c Release -nologo -v quiet -clp:NoSummary >&2; then
      echo "error: the build failed (messages above)." >&2
      exit 1
    fi
    echo "$before" > "$stamp"
  fi
  exec 9>&-
fi

exec dotnet "$program" "$@"
