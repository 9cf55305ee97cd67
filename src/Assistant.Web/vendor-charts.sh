#!/usr/bin/env bash
# Refreshes the chart libraries vendored in wwwroot/lib from the npm registry.
# The files are committed so that the app needs no network at run time; this script is only
# for moving to other versions. Change the pins below, run it, then check a chart in the browser.
set -euo pipefail

# vega-embed 6.x drives vega 5.x and vega-lite 5.x (the plugins emit Vega-Lite v5 specs).
VEGA=5.33.1
VEGA_LITE=5.23.0
VEGA_EMBED=6.29.0
# The vega package ships no LICENSE file; vega-util (same repository, same BSD-3-Clause licence) does.
VEGA_UTIL=1.17.3

here="$(cd "$(dirname "$0")" && pwd)"
lib="$here/wwwroot/lib"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "vega@$VEGA" "vega-lite@$VEGA_LITE" "vega-embed@$VEGA_EMBED" "vega-util@$VEGA_UTIL" >/dev/null
for name in vega vega-lite vega-embed vega-util; do
  mkdir -p "$name"
  tar xzf "$name"-[0-9]*.tgz -C "$name"
done

mkdir -p "$lib"
cp vega/package/build/vega.min.js "$lib/vega.min.js"
cp vega-lite/package/build/vega-lite.min.js "$lib/vega-lite.min.js"
cp vega-embed/package/build/vega-embed.min.js "$lib/vega-embed.min.js"
cp vega-util/package/LICENSE "$lib/LICENSE-vega.txt"
cp vega-lite/package/LICENSE "$lib/LICENSE-vega-lite.txt"
cp vega-embed/package/LICENSE "$lib/LICENSE-vega-embed.txt"

cat > "$lib/README.md" <<README
# Vendored chart libraries

The chat page draws the Vega-Lite charts that tool results carry with these files. They are
committed so that the app needs no network at run time (no CDN). Written by
\`src/Assistant.Web/vendor-charts.sh\`, which takes them from the npm registry with \`npm pack\`
at the versions pinned in it; change the pins there and run it to move to other versions
(vega-embed 6 drives vega 5 and vega-lite 5, which read the plugins' Vega-Lite v5 specs).

| file | package | version | licence |
| --- | --- | --- | --- |
| vega.min.js | [vega](https://www.npmjs.com/package/vega) (build/vega.min.js, UMD) | $VEGA | BSD-3-Clause, LICENSE-vega.txt |
| vega-lite.min.js | [vega-lite](https://www.npmjs.com/package/vega-lite) (build/vega-lite.min.js, UMD) | $VEGA_LITE | BSD-3-Clause, LICENSE-vega-lite.txt |
| vega-embed.min.js | [vega-embed](https://www.npmjs.com/package/vega-embed) (build/vega-embed.min.js, UMD) | $VEGA_EMBED | BSD-3-Clause, LICENSE-vega-embed.txt |

All three are by the University of Washington Interactive Data Lab (https://vega.github.io).
The vega package ships no LICENSE file of its own; LICENSE-vega.txt is the one from
vega-util $VEGA_UTIL, a package of the same repository under the same licence. The builds bundle
some of their own dependencies as their authors publish them (for example d3 modules under ISC,
and in vega-embed vega-tooltip and vega-themes under BSD-3-Clause, fast-json-patch under MIT).
README

echo "vendored vega $VEGA, vega-lite $VEGA_LITE, vega-embed $VEGA_EMBED into $lib"
