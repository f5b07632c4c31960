#!/usr/bin/env bash
# Coverage-guided fuzzing of Tidings with SharpFuzz and AFL++ (see fuzz/README.md).
#   fuzz/run.sh [SECONDS] [TARGET]      SECONDS default 1800 (0 = until stopped); TARGET all (default), text, jsonl or cli
# Needs afl-fuzz (Debian: apt-get install afl++) and jq; installs the SharpFuzz.CommandLine tool into fuzz/.tools.
# Findings go to fuzz/findings/default/{crashes,hangs}; replay them with
#   dotnet build fuzz/Tidings.Fuzz.csproj -c Release && dotnet fuzz/bin/Release/net10.0/Tidings.Fuzz.dll replay fuzz/findings/default/crashes
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
seconds="${1:-1800}"
target="${2:-all}"
out="$here/out"
findings="${TIDINGS_FUZZ_FINDINGS:-$here/findings}"

command -v afl-fuzz >/dev/null || { echo "fuzz: afl-fuzz not found (apt-get install afl++)" >&2; exit 2; }

if [[ ! -x "$here/.tools/sharpfuzz" ]]; then
    dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$here/.tools"
fi

rm -rf "$out"
dotnet publish "$here/Tidings.Fuzz.csproj" -c Release -o "$out" --nologo -v quiet
# Instrument the code under test only (not the harness, SharpFuzz, System.CommandLine or ML.NET).
for assembly in Tidings.dll Tidings.Cli.dll; do
    "$here/.tools/sharpfuzz" "$out/$assembly"
done

[[ -d "$here/corpus" ]] || "$here/make-corpus.sh" "$here/corpus"

# A resumed run continues from its findings ("-i -"); a new one starts from the corpus.
input="$here/corpus"
if [[ -d "$findings/default/queue" && "${TIDINGS_FUZZ_RESUME:-1}" == 1 ]]; then
    input=-
fi

duration=()
if [[ "$seconds" != 0 ]]; then
    duration=(-V "$seconds")
fi

export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export AFL_NO_UI="${AFL_NO_UI:-1}" DOTNET_TieredPGO=0
exec afl-fuzz -i "$input" -o "$findings" -t 10000 -m none "${duration[@]}" -- dotnet "$out/Tidings.Fuzz.dll" "$target"
