#!/bin/sh
# compare.sh times this module against the other libraries (TestRatios),
# prints the table and writes it into README.md. It reads PUD and Tashkeela
# from ARABIC_SHARED (../shared unless set).
set -eu
cd "$(dirname "$0")"
# The shared corpora, relative to the repository's root as .ci/run has them.
export ARABIC_SHARED=${ARABIC_SHARED:-../shared}
go test -run 'TestRatios$' -compare -readme -v -timeout 30m . | sed -n '/| job/,/^---/p' | grep '^ *|' | sed 's/^ *//'
