using System.Globalization;
using System.IO.Compression;
using System.Text;
using Tidings.Places;

namespace Tidings.GazetteerBuilder;

/// <summary>
/// Builds the two embedded gazetteer resources of Tidings (see README, "Places"):
/// <c>gazetteer.bin</c> (compiled: places and their name and demonym indices) from GeoNames (CC BY 4.0) and the hand-kept supplement, and
/// <c>countries.tsv.gz</c> from world-countries (ODbL 1.0: country aliases, demonyms and centroids), kept apart
/// so that the ODbL table stays a table of its own. The output is deterministic.
/// </summary>
internal static class Program
{
    private const string Usage =
        "usage: Tidings.GazetteerBuilder --data DIR [--supplement FILE] [--out DIR] [--min-population N]\n" +
        "  --data DIR          folder holding geonames/ (cities1000.tsv, countryInfo.txt, admin1CodesASCII.txt) and countries/countries.tsv\n" +
        "  --supplement FILE   the hand-kept supplement (default: Data/supplement.tsv beside this project)\n" +
        "  --out DIR           where to write gazetteer.bin and countries.tsv.gz (default: src/Tidings/Places/Data)\n" +
        "  --min-population N  keep populated places of at least N people, besides capitals and first-level seats (default 5000)\n" +
        "usage: Tidings.GazetteerBuilder --recompile FILE --to FILE [--form 1|2]\n" +
        "  writes a compiled gazetteer again in the current form (or the form given), with the same places and keys";

    /// <summary>Reads a compiled gazetteer (any form this version reads) and writes it in <paramref name="form"/>.</summary>
    private static int Recompile(string from, string to, byte form)
    {
        GazetteerIndex index;
        using (FileStream input = File.OpenRead(from))
        {
            index = GazetteerIndex.ReadBinary(input);
        }

        using (FileStream output = File.Create(to))
        {
            index.WriteBinary(output, compress: false, form);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{to}: form {form}, {new FileInfo(to).Length:N0} bytes"));
        return 0;
    }

    public static int Main(string[] args)
    {
        string? data = Environment.GetEnvironmentVariable("TIDINGS_DATA");
        string projectDir = FindProjectDirectory();
        string supplement = Path.Combine(projectDir, "Data", "supplement.tsv");
        string output = Path.GetFullPath(Path.Combine(projectDir, "..", "Tidings", "Places", "Data"));
        long minPopulation = 5000;
        if (args is ["--recompile", string from, "--to", string to, ..] && args.Length is 4 or 6)
        {
            return args.Length == 4 ? Recompile(from, to, 2)
                : args[4] == "--form" && args[5] is "1" or "2" ? Recompile(from, to, (byte)(args[5][0] - '0'))
                : Fail();
        }

        static int Fail()
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--data" when value is not null: data = value; i++; break;
                case "--supplement" when value is not null: supplement = value; i++; break;
                case "--out" when value is not null: output = value; i++; break;
                case "--min-population" when value is not null: minPopulation = long.Parse(value, CultureInfo.InvariantCulture); i++; break;
                default:
                    Console.Error.WriteLine(Usage);
                    return 2;
            }
        }

        if (data is null || !Directory.Exists(Path.Combine(data, "geonames")))
        {
            Console.Error.WriteLine("The data folder (with geonames/ and countries/) was not found: give --data DIR or set TIDINGS_DATA.\n" + Usage);
            return 2;
        }

        var builder = new GazetteerTables(minPopulation);
        builder.ReadGeoNames(Path.Combine(data, "geonames"));
        builder.ApplySupplement(supplement);
        List<GazetteerRow> core = builder.CoreRows();
        List<GazetteerRow> countries = builder.CountryRows(Path.Combine(data, "countries", "countries.tsv"));

        Directory.CreateDirectory(output);
        string corePath = Path.Combine(output, "gazetteer.bin");
        var index = new GazetteerIndex();
        index.Apply(core);
        using (FileStream file = File.Create(corePath))
        {
            index.WriteBinary(file);
        }

        long coreSize = new FileInfo(corePath).Length;
        long countriesSize = Write(Path.Combine(output, "countries.tsv.gz"), countries,
            "# Tidings country names, demonyms and centroids: derived from world-countries (mledoze/countries), ODbL 1.0. Built by src/Tidings.GazetteerBuilder.");

        // Proves the output loads as the library will load it.
        using (FileStream coreStream = File.OpenRead(corePath))
        using (FileStream countriesStream = File.OpenRead(Path.Combine(output, "countries.tsv.gz")))
        {
            Gazetteer check = Gazetteer.Load(coreStream).Extend(countriesStream);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"gazetteer.bin: {core.Count} places, {coreSize:N0} bytes; countries.tsv.gz: {countries.Count} patches, {countriesSize:N0} bytes; {check.Count} places, {check.Demonyms.Count} demonym forms"));
        }

        return 0;
    }

    private static long Write(string path, List<GazetteerRow> rows, string header)
    {
        var text = new StringBuilder(rows.Count * 64);
        text.Append(header).Append('\n');
        text.Append("# id\tkind\tcountryCode\tadminCode\tlatitude\tlongitude\tpopulation\tname\taliases\tdemonyms\tflags\tneighbours\n");
        foreach (GazetteerRow row in rows)
        {
            text.Append(row.Format()).Append('\n');
        }

        byte[] utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text.ToString());
        using (FileStream file = File.Create(path))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        {
            gzip.Write(utf8);
        }

        return new FileInfo(path).Length;
    }

    private static string FindProjectDirectory()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "src", "Tidings.GazetteerBuilder");
            if (File.Exists(Path.Combine(candidate, "Tidings.GazetteerBuilder.csproj")))
            {
                return candidate;
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "src", "Tidings.GazetteerBuilder");
    }
}
