#!/usr/bin/env bash
# Proves that the packages work for a clean consumer, as a user would get them:
#   1. packs the solution into a temporary folder feed and checks every package's layout and metadata;
#   2. builds a throwaway console project (eng/consumer, copied outside the repository) that references the
#      packed Tidings from that feed only (its own nuget.config: <clear/>, the feed, the repository's registry
#      source; an empty package cache, so nothing stale is used) and calls News.Extract;
#   3. installs the packed tool with `dotnet tool install --tool-path … --add-source …` and runs
#      `tidings extract` on the seed article: valid JSON with date and quantity mentions; --help exits 0 and a
#      usage error exits 2;
#   4. publishes samples/Tidings.AotSmoke with Native AOT (-r linux-x64; trimming and AOT warnings are errors),
#      counts the warnings (must be 0) and runs the binary. TIDINGS_SMOKE_AOT=0 skips this step.
# Usage: eng/consumer-smoke.sh (from anywhere). Needs the .NET SDK and the NuGet registry only.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/tidings-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

feed="$work/feed"
started=$SECONDS
step_started=$SECONDS
say() { echo "consumer-smoke: $*"; }
step() {
    say "$1 done in $((SECONDS - step_started)) s"
    step_started=$SECONDS
}

version="$(dotnet msbuild "$root/src/Tidings/Tidings.csproj" -getProperty:Version)"
packages=(Tidings Tidings.Cli)
if [[ -f "$root/src/Tidings.ML/Tidings.ML.csproj" ]]; then
    packages+=(Tidings.ML)
fi
say "version $version; packages ${packages[*]}"

# 1. Pack (the README's command, into the temporary feed).
dotnet pack "$root" -c Release -o "$feed" --nologo -v quiet
ls -l "$feed"
step "pack"

# 2. A clean consumer in a temporary folder: only the feed and the registry.
consumer="$work/consumer"
mkdir -p "$consumer"
cp "$root/eng/consumer/Consumer.csproj" "$root/eng/consumer/Program.cs" "$consumer/"
registry="$(sed -n '/<packageSources>/,/<\/packageSources>/p' "$root/nuget.config" | grep '<add ')"
cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local-feed" value="$feed" />
$registry
  </packageSources>
</configuration>
XML
export NUGET_PACKAGES="$work/nuget-packages"
(cd "$work" && dotnet build "$consumer/Consumer.csproj" -c Release -p:TidingsVersion="$version" --nologo -v quiet -o "$consumer/out")
run_consumer() { dotnet "$consumer/out/Consumer.dll" "$@"; }
run_consumer packages "$feed" "$version" "${packages[@]}"
run_consumer facade
step "consumer (restore from the feed, build, facade)"

# 3. The tool, installed from the feed.
tools="$work/tools"
(cd "$work" && dotnet tool install --tool-path "$tools" --add-source "$feed" Tidings.Cli --version "$version")
seed="$root/seeds/000_70dd0782637a3652.txt"
"$tools/tidings" extract "$seed" --reference-date 2020-07-28 > "$work/seed.json"
run_consumer output "$work/seed.json"
"$tools/tidings" --help > "$work/help.txt"
grep -q "extract" "$work/help.txt"
set +e
"$tools/tidings" extract --no-such-option 2> "$work/usage.txt" > /dev/null
usage_exit=$?
set -e
if [[ $usage_exit -ne 2 || ! -s "$work/usage.txt" ]]; then
    say "FAILED: a usage error exited $usage_exit (expected 2, with a message on stderr)"
    exit 1
fi
say "tool ok: extract, --help (exit 0), usage error (exit 2)"
step "tool (install from the feed, extract the seed article)"

# 4. Native AOT.
if [[ "${TIDINGS_SMOKE_AOT:-1}" == "0" ]]; then
    say "Native AOT skipped (TIDINGS_SMOKE_AOT=0)"
else
    unset NUGET_PACKAGES
    aot_log="$work/aot.log"
    if ! dotnet publish "$root/samples/Tidings.AotSmoke/Tidings.AotSmoke.csproj" -c Release -r linux-x64 -o "$work/aot" --nologo > "$aot_log" 2>&1; then
        cat "$aot_log"
        say "FAILED: the Native AOT publish failed"
        exit 1
    fi
    warnings="$(grep -cE 'warning (IL|CS|NU|NETSDK)[0-9]+' "$aot_log" || true)"
    say "Native AOT publish: $warnings warnings; binary $(stat -c %s "$work/aot/Tidings.AotSmoke") bytes"
    if [[ "$warnings" != "0" ]]; then
        grep -E 'warning (IL|CS|NU|NETSDK)[0-9]+' "$aot_log"
        exit 1
    fi
    "$work/aot/Tidings.AotSmoke" > "$work/aot.json"
    run_consumer output "$work/aot.json"
    step "Native AOT (publish, run)"
fi

say "all checks passed in $((SECONDS - started)) s"
