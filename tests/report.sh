#!/bin/sh
# The report in a real browser: run docgraph on the fixtures, then drive headless Chromium
# through ChromeDriver (tests/report_test.py): the page loads without errors, fetches
# nothing, is not blank, and a click on a node or a line shows the sentences behind it.
# Exit 77 (skipped) without Chromium.
set -u
bin=$1 fixtures=$2 out=$3
rm -rf "$out"
"$bin" run -q "$fixtures" -o "$out" -T svg || { echo "FAIL: docgraph run exited $?"; exit 1; }
exec /usr/bin/python3 "$(dirname "$0")/report_test.py" "$out/report.html" \
  --node meeting:mekong-japan-fmm:5 --expect 第5回日メコン外相会議 \
  --node country:FJI --expect "Suva, Fiji" \
  --edge meeting:mekong-japan-fmm:5,place:hanoi --expect ハノイにおいて \
  --screenshot "$out/report.png"
