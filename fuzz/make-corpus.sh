#!/usr/bin/env bash
# Seeds the fuzzing corpus from the spec cases (tests/**/Specs/*.json): never copied by hand, regenerated on demand.
#   fuzz/make-corpus.sh [OUT]        (default fuzz/corpus; needs jq)
# Two kinds of seed, both fed to every target by the harness:
#   text-*   one byte choosing the reference date (3 = 2020-07-28), then a case's text (capped at 2,048 characters);
#   jsonl-*  the cases of one spec file as JSON Lines ({"id","text","referenceDate"}), 8 lines a seed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$root/fuzz/corpus}"
rm -rf "$out"
mkdir -p "$out"

n=0
while IFS= read -r -d '' spec; do
    name="$(basename "$(dirname "$(dirname "$spec")")")-$(basename "$spec" .json)"
    # Top-level cases only (mention objects inside a case also have a "text").
    jq -c '.[] | select(type == "object" and (.text | type) == "string")
               | {id: (.name // null), text, referenceDate: (.referenceDate // null)}
               | with_entries(select(.value != null))' "$spec" > "$out/.cases"
    i=0
    while IFS= read -r case; do
        i=$((i + 1))
        { printf '\003'; jq -j '.text[:2048]' <<<"$case"; } > "$out/text-$name-$i"
    done < "$out/.cases"
    split -l 8 -d -a 3 "$out/.cases" "$out/jsonl-$name-"
    n=$((n + i))
done < <(find "$root/tests" -path '*/Specs/*.json' -print0 | sort -z)
rm -f "$out/.cases"

# Hand-made edge cases of the issue (the numbers are the point, not the text).
printf '\0039 to 79228162514264337593543950335' > "$out/edge-decimal-max-range"
printf '\001In 9999 and in 0001, next week, yesterday' > "$out/edge-reference-min"
printf '\002Tomorrow, next year, in 9999' > "$out/edge-reference-max"
printf '{"text":"line one","referenceDate":"2020-07-28"}\n\n{"text":"\\u0000\\r\\n"}\r\n{"text":"x","referenceDate":"9999-12-31"}' > "$out/edge-jsonl-mixed"

echo "fuzz corpus: $(find "$out" -type f | wc -l) seeds from $n spec cases in $out"
