#!/bin/sh
# Builds, runs and minimises the VietIE fuzz target (see Fuzz/README.md). Run from the repository root.
#
#   Fuzz/Scripts/fuzz.sh build            # release build with libFuzzer and AddressSanitizer
#   Fuzz/Scripts/fuzz.sh run [SECONDS]    # one fuzzing process (default 660 s); new inputs go to Fuzz/.build/grown
#   Fuzz/Scripts/fuzz.sh merge            # Fuzz/Corpus := seeds + the grown inputs that add coverage
#   Fuzz/Scripts/fuzz.sh replay FILE...   # run the target once on each file (a crash reproduces)
set -eu
BIN=Fuzz/.build/release/vietie-fuzz
GROWN=Fuzz/.build/grown
ARTIFACTS=Fuzz/artifacts
case "${1:-}" in
build)
    swift build -c release --package-path Fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library ;;
run)
    mkdir -p "$GROWN" "$ARTIFACTS"
    "$BIN" -max_len=65536 -timeout=10 -dict=Fuzz/vietie.dict -max_total_time="${2:-660}" \
        -artifact_prefix="$ARTIFACTS/" -print_final_stats=1 "$GROWN" Fuzz/Corpus ;;
merge)
    # Seeds are always kept; of the rest, only inputs that add coverage beyond them.
    rm -rf Fuzz/.build/merged && mkdir -p Fuzz/.build/merged "$GROWN"
    cp Fuzz/Corpus/seed-* Fuzz/.build/merged/
    find Fuzz/Corpus -type f ! -name 'seed-*' -exec cp {} "$GROWN"/ \;
    "$BIN" -merge=1 -max_len=65536 -timeout=10 Fuzz/.build/merged "$GROWN"
    find Fuzz/Corpus -type f ! -name 'seed-*' -delete
    find Fuzz/.build/merged -type f ! -name 'seed-*' -exec cp {} Fuzz/Corpus/ \;
    echo "Fuzz/Corpus: $(ls Fuzz/Corpus | wc -l) files, $(du -sh Fuzz/Corpus | cut -f1)" ;;
replay)
    shift
    "$BIN" -timeout=10 "$@" ;;
*)
    sed -n '2,8p' "$0"; exit 2 ;;
esac
