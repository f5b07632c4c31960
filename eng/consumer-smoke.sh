#!/usr/bin/env bash
# Proves that the packages work for a clean consumer, as a user would get them:
#   1. packs the solution into a temporary folder feed and checks every package's layout and metadata;
#   2. builds a throwaway console project (eng/consumer, copied outside the repository) that references the
#      packed Tidings from that feed only (its own nuget.config: <clear/>, the feed, the repository's registry
#      source; an empty package cache, so nothing stale is used) and calls News.Extract;
#   3. builds every ```csharp block of README.md and src/Tidings/README.md into one throwaway project that
#      references Tidings, Tidings.ML (and the o200k tokenizer data) from the same feed, and runs them all: the
#      ML.NET example trains, saves, loads and predicts with a DateTime publication column;
#   4. installs the packed tools with `dotnet tool install --tool-path … --add-source …`: asserts that the
#      installed `tidings` carries no ML.NET assembly and, on linux-x64, is the Native AOT binary (package
#      Tidings.Cli.linux-x64; no managed assembly), runs `tidings extract` on the seed article (valid JSON
#      with date and quantity mentions; --help exits 0 and a usage error exits 2), runs the framework-dependent
#      fallback package Tidings.Cli.any on the same article (byte-identical output) and `tidings-ml --help`;
#      prints each package's packed and installed size;
#   5. publishes samples/Tidings.AotSmoke with Native AOT (-r linux-x64; trimming and AOT warnings are errors),
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
# The tool is a pointer package (Tidings.Cli) and its runtime packages: the framework-dependent fallback (any) and,
# packed on linux-x64 only, the Native AOT binary (src/Tidings.Cli/Tidings.Cli.csproj, PackToolRuntimePackages).
native_rid=""
if [[ "$(uname -s)" == "Linux" && "$(uname -m)" == "x86_64" ]]; then
    native_rid="linux-x64"
fi
packages=(Tidings Tidings.Data Tidings.Cli Tidings.Cli.any ${native_rid:+Tidings.Cli.$native_rid} Tidings.ML Tidings.ML.Tool)
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

# 3. Every C# block of the READMEs, compiled into one throwaway project against the packages in the feed and run.
#    Each block becomes a method of its own: its using lines go first, its statements into Snippet_N.Run(), and the
#    types it declares (from the first line that starts a type at the margin) after it, in namespace Snippet_N.
snippets="$work/snippets"
mkdir -p "$snippets"
tokenizers_version="$(sed -n 's/.*Include="Microsoft.ML.Tokenizers.Data.O200kBase" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")"
count=0
for readme in "$root/README.md" "$root/src/Tidings/README.md"; do
    first=$((count + 1))
    count="$(awk -v dir="$snippets" -v n="$count" '
        /^```csharp[[:space:]]*$/ { n++; file = sprintf("%s/block_%02d.txt", dir, n); inside = 1; next }
        inside && /^```[[:space:]]*$/ { inside = 0; close(file); next }
        inside { print > file }
        END { print n }' "$readme")"
    say "${readme#"$root"/}: C# blocks $first to $count"
done
if [[ $count -lt 5 ]]; then
    say "FAILED: only $count C# blocks found in the READMEs"
    exit 1
fi
calls=""
for ((i = 1; i <= count; i++)); do
    n="$(printf %02d "$i")"
    awk -v n="$n" '
        /^using [A-Za-z0-9_.]+;[[:space:]]*$/ && !types { usings = usings $0 "\n"; next }
        /^(public |internal )?(sealed |static |abstract |partial )*(class|record|struct|interface|enum) / { types = 1 }
        types { decls = decls "    " $0 "\n"; next }
        { body = body "            " $0 "\n" }
        END {
            printf "%s\nnamespace Snippet_%s\n{\n    internal static class Snippet\n    {\n        public static void Run()\n        {\n%s        }\n    }\n\n%s}\n", usings, n, body, decls
        }' "$snippets/block_$n.txt" > "$snippets/Snippet_$n.cs"
    calls="$calls        Run(\"$n\", Snippet_$n.Snippet.Run);"$'\n'
done
cat > "$snippets/Program.cs" <<CS
internal static class Program
{
    private static void Main()
    {
$calls    }

    private static void Run(string n, System.Action snippet)
    {
        System.Console.WriteLine("--- README C# block " + n);
        snippet();
    }
}
CS
cat > "$snippets/Snippets.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <InvariantGlobalization>true</InvariantGlobalization>
    <NoWarn>\$(NoWarn);CS0168;CS0219;CS8321</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Tidings" Version="$version" />
    <PackageReference Include="Tidings.ML" Version="$version" />
    <PackageReference Include="Microsoft.ML.Tokenizers.Data.O200kBase" Version="$tokenizers_version" />
  </ItemGroup>
</Project>
XML
if ! (cd "$work" && dotnet build "$snippets/Snippets.csproj" -c Release --nologo -v quiet -o "$snippets/out" > "$snippets/build.log" 2>&1); then
    cat "$snippets/build.log"
    say "FAILED: the README C# blocks do not build against the packages (sources in $snippets)"
    exit 1
fi
if ! dotnet "$snippets/out/Snippets.dll" > "$snippets/run.log" 2>&1; then
    cat "$snippets/run.log"
    say "FAILED: a README C# block failed when run"
    exit 1
fi
grep -c -- '--- README C# block' "$snippets/run.log" | grep -qx "$count"
grep -q 'markets: ' "$snippets/run.log"   # the ML.NET example trained, saved, loaded and predicted (DateTime column)
say "README C# blocks ran: $(grep -c -- '--- README C# block' "$snippets/run.log") of $count; ML.NET example: $(grep 'markets: ' "$snippets/run.log")"
step "README snippets ($count C# blocks, restored from the feed, built and run)"

# 4. The tools, installed from the feed.
tools="$work/tools"
(cd "$work" && dotnet tool install --tool-path "$tools" --add-source "$feed" Tidings.Cli --version "$version")
ml_in_tool="$(find "$tools/.store" -iname 'Microsoft.ML*.dll' -o -iname 'Tidings.ML*.dll' | head -n 5)"
if [[ -n "$ml_in_tool" ]]; then
    say "FAILED: the installed tidings tool carries ML.NET: $ml_in_tool"
    exit 1
fi
installed_size() { # the tool's own files, then its whole store folder (which also keeps NuGet's copy of the package)
    local files
    mapfile -t files < <(find "$1/.store/$2" -type d -name tools)
    echo "$(du -skc "${files[@]}" | tail -n 1 | cut -f1) KB of files ($(du -sk "$1/.store/$2" | cut -f1) KB with the package copy)"
}
if [[ -n "$native_rid" ]]; then
    installed="$(readlink -f "$tools/tidings")"
    if [[ "$installed" != *"/tidings.cli.$native_rid/"* ]] || [[ -n "$(find "$tools/.store" -iname 'Tidings*.dll' | head -n 1)" ]]; then
        say "FAILED: the installed tidings is not the Native AOT binary of Tidings.Cli.$native_rid ($installed)"
        exit 1
    fi
    say "tidings installed as the Native AOT binary (Tidings.Cli.$native_rid)"
fi
say "tidings installed: $(installed_size "$tools" tidings.cli), no ML.NET assembly"
seed="$root/seeds/000_70dd0782637a3652.txt"
"$tools/tidings" extract "$seed" --reference-date 2020-07-28 > "$work/seed.json"
run_consumer output "$work/seed.json"
# The fallback for other platforms (framework-dependent, JIT) gives the same bytes.
any_tool="$work/any-tool"
mkdir -p "$any_tool"
(cd "$any_tool" && unzip -q "$feed/Tidings.Cli.any.$version.nupkg" 'tools/*')
dotnet "$any_tool/tools/net10.0/any/Tidings.Cli.dll" extract "$seed" --reference-date 2020-07-28 > "$work/seed-any.json"
if ! cmp -s "$work/seed.json" "$work/seed-any.json"; then
    say "FAILED: the framework-dependent tool (Tidings.Cli.any) writes other JSON than the installed tool"
    exit 1
fi
say "tool fallback Tidings.Cli.any: the same output, byte for byte"
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
ml_tools="$work/ml-tools"
(cd "$work" && dotnet tool install --tool-path "$ml_tools" --add-source "$feed" Tidings.ML.Tool --version "$version")
"$ml_tools/tidings-ml" --help > "$work/ml-help.txt"
grep -q "eval" "$work/ml-help.txt" && grep -q "train" "$work/ml-help.txt"
set +e
"$ml_tools/tidings-ml" eval conll "$work/no-such-dev.txt" 2> "$work/ml-missing.txt"
missing_exit=$?
set -e
if [[ $missing_exit -ne 2 ]] || ! grep -q "docs/evaluation.md" "$work/ml-missing.txt"; then
    cat "$work/ml-missing.txt"
    say "FAILED: eval conll without data exited $missing_exit without saying where the data comes from"
    exit 1
fi
say "tidings-ml installed: $(installed_size "$ml_tools" tidings.ml.tool); --help, eval conll without data (exit 2)"
for id in "${packages[@]}"; do
    say "package $id: $(stat -c %s "$feed/$id.$version.nupkg") bytes packed"
done
step "tools (install from the feed, extract the seed article)"

# 5. Native AOT.
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
