#!/bin/sh
# compare.sh times this module against the other libraries (TestRatios),
# prints the table and writes it into README.md.
set -eu
cd "$(dirname "$0")"
go test -run 'TestRatios$' -compare -readme -v -timeout 30m . | sed -n '/| job/,/^---/p' | grep '^ *|' | sed 's/^ *//'
