using System.IO.Compression;
using System.Text.Json;
using Tidings;
using Tidings.Serialization;

// The checks of eng/consumer-smoke.sh, from a project that knows Tidings only as a package:
//   facade                      News.Extract on a sentence, and the JSON contract of the result
//   packages FEED VERSION ID…   each package's layout and metadata
//   output FILE                 a `tidings extract` output: valid JSON with date and quantity mentions
// Prints what it checked; exits 1 with the reason on the first failure.
try
{
    switch (args.FirstOrDefault())
    {
        case "facade":
            CheckFacade();
            break;
        case "packages" when args.Length >= 4:
            foreach (string id in args[3..])
            {
                CheckPackage(args[1], id, args[2]);
            }

            break;
        case "output" when args.Length == 2:
            CheckOutput(args[1]);
            break;
        default:
            throw new CheckFailed("usage: Consumer facade | packages FEED VERSION ID… | output FILE");
    }

    return 0;
}
catch (CheckFailed e)
{
    Console.Error.WriteLine($"consumer: FAILED: {e.Message}");
    return 1;
}

static void CheckFacade()
{
    const string Text = "On Monday around 3,000 Armenians gathered in Los Angeles, according to one of the organizers.";
    ExtractionResult result = News.Extract(Text, new DateOnly(2020, 7, 28));
    Require(result.Quantities.Any(q => q.Text == "around 3,000" && q.Value == 3000m), "the quantity 'around 3,000' = 3000");
    Require(result.Claims.Any(c => c.Source?.Text == "one of the organizers"), "a claim sourced to 'one of the organizers'");
    Require(result.Dates.Any(d => d.Text == "Monday" && d.Value == "2020-07-27"), "'Monday' resolved to 2020-07-27");
    Require(result.Mentions.All(m => Text[m.Start..m.End] == m.Text), "every mention's offsets match its text");

    using JsonDocument json = JsonDocument.Parse(ExtractionJson.Serialize(result, "consumer"));
    Require(json.RootElement.GetProperty("mentions").GetArrayLength() == result.Mentions.Length, "the JSON holds every mention");
    // Where the package carries a ReadyToRun image for this platform (packed with -p:TidingsReadyToRunRuntimes=…), the
    // host loads it (runtimeTargets in the deps.json), not the IL fallback.
    string rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
    string loaded = typeof(News).Assembly.Location.Replace('\\', '/');
    if (File.Exists(Path.Combine(AppContext.BaseDirectory, "runtimes", rid, "lib", "net10.0", "Tidings.dll")))
    {
        Require(loaded.Contains($"/runtimes/{rid}/lib/", StringComparison.Ordinal), $"the ReadyToRun Tidings.dll for {rid} is loaded (loaded {loaded})");
    }

    // The data assembly (its own package, RID-neutral) is loaded from the app's folder beside the image.
    string data = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "Tidings.Data").Location.Replace('\\', '/');
    Require(data == Path.Combine(AppContext.BaseDirectory, "Tidings.Data.dll").Replace('\\', '/'), $"Tidings.Data.dll is loaded from the app's folder (loaded {data})");

    Console.WriteLine($"consumer: facade ok ({result.Mentions.Length} mentions; Tidings.dll from {loaded})");
}

static void CheckPackage(string feed, string id, string version)
{
    string path = Path.Combine(feed, $"{id}.{version}.nupkg");
    Require(File.Exists(path), $"{id}.{version}.nupkg is in the feed");
    using ZipArchive zip = ZipFile.OpenRead(path);
    var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
    // A RID-specific tool (Tidings.Cli) is a pointer package that lists its runtime packages and holds no code;
    // Tidings.Cli.any (framework-dependent) and Tidings.Cli.linux-x64 (Native AOT) hold the tool itself.
    string? settings = entries.FirstOrDefault(e => e.EndsWith("DotnetToolSettings.xml", StringComparison.Ordinal));
    bool tool = settings is not null;
    bool pointer = settings == "tools/any/any/DotnetToolSettings.xml";
    if (!pointer)
    {
        Require(File.Exists(Path.ChangeExtension(path, ".snupkg")), $"{id}.{version}.snupkg (symbols) is in the feed");
    }

    Require(entries.Contains("README.md"), $"{id}: README.md packed");
    Require(entries.Contains("NOTICE"), $"{id}: NOTICE packed");
    Require(entries.Contains("THIRD-PARTY-NOTICES.md"), $"{id}: THIRD-PARTY-NOTICES.md packed");
    Require(entries.Contains("icon.png"), $"{id}: icon.png packed");
    ZipArchiveEntry readme = zip.GetEntry("README.md")!;
    Require(readme.Length < 16_000, $"{id}: README.md is the package's own page, not the repository's ({readme.Length:N0} bytes)");
    if (pointer)
    {
        using var settingsReader = new StreamReader(zip.GetEntry(settings!)!.Open());
        string toolSettings = settingsReader.ReadToEnd();
        foreach (string rid in (string[])["linux-x64", "any"])
        {
            string expected = $"RuntimeIdentifier=\"{rid}\" Id=\"{id}.{rid}\"";
            Require(toolSettings.Contains(expected, StringComparison.Ordinal), $"{id}: the pointer package lists {id}.{rid}");
        }

        Require(!entries.Any(e => e.EndsWith(".dll", StringComparison.Ordinal)), $"{id}: the pointer package holds no code");
    }
    else if (tool && id.EndsWith(".linux-x64", StringComparison.Ordinal))
    {
        string native = $"tools/any/linux-x64/{id[..^".linux-x64".Length]}";
        Require(entries.Contains(native), $"{id}: the native binary {native}");
        Require(!entries.Any(e => e.EndsWith(".dll", StringComparison.Ordinal) || e.EndsWith(".dbg", StringComparison.Ordinal)),
            $"{id}: no managed assembly and no native debug symbols in the Native AOT package");
    }
    else
    {
        string dll = tool ? $"tools/net10.0/any/{(id.EndsWith(".any", StringComparison.Ordinal) ? id[..^".any".Length] : id)}.dll" : $"lib/net10.0/{id}.dll";
        Require(entries.Contains(dll), $"{id}: {dll}");
    }

    if (!tool)
    {
        Require(entries.Contains($"lib/net10.0/{id}.xml"), $"{id}: XML documentation packed");
    }

    ZipArchiveEntry nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    using var reader = new StreamReader(nuspecEntry.Open());
    string nuspec = reader.ReadToEnd();
    bool DependsOn(string dependency) => nuspec.Contains($"<dependency id=\"{dependency}\" version=\"{version}\"", StringComparison.Ordinal);

    // The ReadyToRun images (src/Tidings/Tidings.csproj) sit only under runtimes/<rid>/lib/net10.0, beside the IL: by
    // default one per platform below, each code only (the data is in Tidings.Data.dll, its own package, so no image
    // repeats its 20 MB).
    if (id == "Tidings")
    {
        foreach (string image in entries.Where(e => e.StartsWith("runtimes/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal)))
        {
            Require(image.EndsWith($"/lib/net10.0/{id}.dll", StringComparison.Ordinal), $"{id}: {image} is a ReadyToRun image of Tidings.dll");
            Require(zip.GetEntry(image)!.Length < 8_000_000, $"{id}: {image} holds code only ({zip.GetEntry(image)!.Length:N0} bytes)");
        }

        foreach (string rid in (string[])["linux-x64", "linux-arm64", "osx-arm64", "win-x64"])
        {
            Require(entries.Contains($"runtimes/{rid}/lib/net10.0/{id}.dll"), $"{id}: a ReadyToRun image for {rid}");
        }

        Require(DependsOn("Tidings.Data"), $"{id}: depends on the Tidings.Data package");
    }

    if (id == "Tidings.Data")
    {
        Require(!entries.Any(e => e.StartsWith("runtimes/", StringComparison.Ordinal)), $"{id}: the data assembly is the same on every platform (no runtimes/)");
        Require(zip.GetEntry($"lib/net10.0/{id}.dll")!.Length > 10_000_000, $"{id}: the data is in Tidings.Data.dll");
    }

    // The packages that embed (or, as tools, carry) Tidings.dll's data name its licences; Tidings.ML is code only.
    string license = id == "Tidings.ML" ? "MIT" : "MIT AND CC-BY-4.0 AND ODbL-1.0";
    foreach (string expected in (string[])[
        $"<license type=\"expression\">{license}</license>", "<readme>README.md</readme>", "<icon>icon.png</icon>", "<description>", "<tags>",
        $"<releaseNotes>## [{version}]", "<repository type=\"git\"", "<projectUrl>"])
    {
        Require(nuspec.Contains(expected, StringComparison.Ordinal), $"{id}: the nuspec has {expected}");
    }

    if (id.StartsWith("Tidings.Cli", StringComparison.Ordinal))
    {
        string[] ml = [.. entries.Where(e => e.Contains("/Microsoft.ML", StringComparison.OrdinalIgnoreCase) || e.Contains("/Tidings.ML", StringComparison.OrdinalIgnoreCase))];
        Require(ml.Length == 0, $"{id}: no ML.NET in the tool (found {string.Join(", ", ml)})");
    }

    Console.WriteLine($"consumer: package {id} {version} ok ({new FileInfo(path).Length:N0} bytes, {entries.Count} files{(pointer ? ", .NET tool pointer" : tool ? ", .NET tool" : "")})");
}

static void CheckOutput(string file)
{
    using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(file));
    JsonElement mentions = json.RootElement.GetProperty("mentions");
    int dates = 0;
    int quantities = 0;
    foreach (JsonElement mention in mentions.EnumerateArray())
    {
        string? kind = mention.GetProperty("kind").GetString();
        dates += kind == "date" ? 1 : 0;
        quantities += kind == "quantity" ? 1 : 0;
    }

    Require(dates > 0 && quantities > 0, $"date and quantity mentions in {file} (dates {dates}, quantities {quantities})");
    Console.WriteLine($"consumer: tidings output ok ({mentions.GetArrayLength()} mentions: {dates} dates, {quantities} quantities)");
}

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new CheckFailed(what);
    }
}

internal sealed class CheckFailed(string message) : Exception(message);
