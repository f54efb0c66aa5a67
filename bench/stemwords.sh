#!/bin/sh
# stemwords.sh compares "arabic stem -algorithm snowball" with the C Snowball
# stemmer's stemwords program (Debian libstemmer-tools, which
# ../../shared/tools/peers/setup.sh installs) on one million words of the
# Snowball Arabic vocabulary, as whole processes: start-up, reading,
# stemming and writing. It checks that both give the same output, then
# times them with hyperfine if it is installed, or else with repeated runs
# of time.
#
#	bench/stemwords.sh [WORDS]    (default: the first 1,000,000 lines of voc.txt)
set -eu
cd "$(dirname "$0")/.."
shared=${ARABIC_SHARED:-../shared}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

words=${1:-}
if [ -z "$words" ]; then
	words=$tmp/words.txt
	gzip -dc "$shared/testdata/snowball-arabic/voc.txt.gz" | head -n 1000000 > "$words"
fi
go build -o "$tmp/arabic" ./cmd/arabic
echo "$(wc -l < "$words") words, $(wc -c < "$words") bytes"

stemwords -l arabic -c UTF_8 -i "$words" -o "$tmp/stemwords.out"
"$tmp/arabic" stem -algorithm snowball "$words" > "$tmp/arabic.out"
cmp "$tmp/stemwords.out" "$tmp/arabic.out" && echo "same output"

if command -v hyperfine > /dev/null; then
	hyperfine -N --warmup 2 --runs 20 \
		"stemwords -l arabic -c UTF_8 -i $words -o /dev/null" \
		"$tmp/arabic stem -algorithm snowball $words"
else
	for run in 1 2 3 4 5; do
		/usr/bin/time -f "stemwords %e s" stemwords -l arabic -c UTF_8 -i "$words" -o /dev/null
		/usr/bin/time -f "arabic    %e s" "$tmp/arabic" stem -algorithm snowball "$words" > /dev/null
	done
fi
