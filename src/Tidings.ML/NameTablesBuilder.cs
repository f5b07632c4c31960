using System.Globalization;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.ML;

/// <summary>What <see cref="NameTablesBuilder.Build"/> wrote.</summary>
/// <param name="Words">Words with classes.</param>
/// <param name="Phrases">Distinct list phrases (by hash).</param>
/// <param name="Bytes">The size of the written table file.</param>
/// <param name="PerKind">Phrases per list kind.</param>
public sealed record NameTablesSummary(int Words, int Phrases, long Bytes, IReadOnlyDictionary<string, int> PerKind);

/// <summary>
/// Builds the recognizer's embedded name tables (<c>src/Tidings/Recognition/NameTables.bin</c>) from the shared
/// data folder: GloVe word classes (<c>glove-clusters/</c>), organisation lists (<c>org-names/</c>) and person
/// names (<c>person-names/</c>), plus the hand-kept supplement. Only hashes and small ids are written, never the
/// source text. Deterministic: the same inputs give the same bytes.
/// </summary>
/// <remarks><threadsafety>Stateless; safe to call from many threads at once.</threadsafety></remarks>
public static class NameTablesBuilder
{
    /// <summary>Words up to this GloVe frequency rank get classes (rarer words' vectors are noisy, and the table stays small).</summary>
    public const int DefaultMaxRank = 150_000;

    /// <summary>Builds the tables from <paramref name="dataDirectory"/> (holding <c>glove-clusters</c>, <c>org-names</c>,
    /// <c>person-names</c>) and the hand-kept <paramref name="supplementPath"/>, and writes them to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FileNotFoundException">A source file is missing.</exception>
    public static NameTablesSummary Build(string dataDirectory, string? supplementPath, Stream output, int maxRank = DefaultMaxRank)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(output);
        var words = new SortedDictionary<uint, (byte, ushort, ushort, ushort)>();
        foreach (string[] row in Rows(Path.Combine(dataDirectory, "glove-clusters", "glove6b-100d-kmeans.tsv")))
        {
            if (int.Parse(row[1], CultureInfo.InvariantCulture) > maxRank)
            {
                continue;
            }

            uint key = FeatureHash.OfText(row[0], lower: true, foldDigits: true);
            words.TryAdd(key, (
                byte.Parse(row[2], CultureInfo.InvariantCulture),
                ushort.Parse(row[3], CultureInfo.InvariantCulture),
                ushort.Parse(row[4], CultureInfo.InvariantCulture),
                ushort.Parse(row[5], CultureInfo.InvariantCulture)));
        }

        var phrases = new SortedDictionary<uint, ushort>();
        var perKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        string orgs = Path.Combine(dataDirectory, "org-names");

        // Companies: SEC registrants (public domain) as recased and short names, S&P 500 (PDDL). Nasdaq/NYSE listings
        // are left out: their source files carry Nasdaq Trader's copyright notice.
        foreach (string[] row in Rows(Path.Combine(orgs, "companies-sec.tsv")))
        {
            AddForms(phrases, perKind, NameListKind.Company, row[5], row[6]);
        }

        foreach (string[] row in Rows(Path.Combine(orgs, "companies-sp500.tsv")))
        {
            AddForms(phrases, perKind, NameListKind.Company, row[0], row[5], row[6]);
        }

        foreach (string[] row in Rows(Path.Combine(orgs, "freebase-orgs.tsv")))
        {
            NameListKind kind = row[2] switch
            {
                "government-agency" => NameListKind.Agency,
                "university" => NameListKind.University,
                _ => NameListKind.Company,
            };
            AddForms(phrases, perKind, kind, row[0]);
        }

        foreach (string[] row in Rows(Path.Combine(orgs, "brands-operators-nsi.tsv")))
        {
            AddForms(phrases, perKind, NameListKind.Brand, row[0]);
        }

        AddFile(phrases, perKind, Path.Combine(orgs, "universities.tsv"), NameListKind.University);
        AddFile(phrases, perKind, Path.Combine(orgs, "political-parties.tsv"), NameListKind.Party);
        AddFile(phrases, perKind, Path.Combine(orgs, "football-clubs.tsv"), NameListKind.Club);
        AddFile(phrases, perKind, Path.Combine(orgs, "motorsport-teams.tsv"), NameListKind.Motorsport);
        AddFile(phrases, perKind, Path.Combine(orgs, "us-newspapers.tsv"), NameListKind.Newspaper);

        // international-orgs.tsv is CC BY-SA 4.0: not used; the hand-kept supplement names the main bodies.
        string persons = Path.Combine(dataDirectory, "person-names");
        foreach (string[] row in Rows(Path.Combine(persons, "ssa-given-names.tsv")))
        {
            long births = long.Parse(row[3], CultureInfo.InvariantCulture);
            if (births >= 1000)
            {
                AddForms(phrases, perKind, births >= 100_000 ? NameListKind.GivenCommon : NameListKind.GivenRare, row[0]);
            }
        }

        foreach (string[] row in Rows(Path.Combine(persons, "census1990-surnames.tsv")))
        {
            int rank = int.Parse(row[2], CultureInfo.InvariantCulture);
            if (rank <= 50_000)
            {
                AddForms(phrases, perKind, rank <= 5_000 ? NameListKind.SurnameCommon : NameListKind.SurnameRare, row[0]);
            }
        }

        if (supplementPath is not null)
        {
            foreach (string line in File.ReadLines(supplementPath))
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                if (line.Length == 0 || line[0] == '#' || colon < 0
                    || !Enum.TryParse(line.AsSpan(0, colon).Trim(), ignoreCase: true, out NameListKind kind))
                {
                    continue;
                }

                foreach (string entry in line[(colon + 1)..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    AddForms(phrases, perKind, kind, entry);
                }
            }
        }

        long start = output.CanSeek ? output.Position : 0;
        NameTables.Write(output, words, phrases);
        long bytes = output.CanSeek ? output.Position - start : 0;
        return new NameTablesSummary(words.Count, phrases.Count, bytes, perKind);
    }

    private static void AddFile(SortedDictionary<uint, ushort> phrases, SortedDictionary<string, int> perKind, string path, NameListKind kind)
    {
        foreach (string[] row in Rows(path))
        {
            AddForms(phrases, perKind, kind, row[0]);
        }
    }

    private static void AddForms(SortedDictionary<uint, ushort> phrases, SortedDictionary<string, int> perKind, NameListKind kind, params string[] forms)
    {
        foreach (string form in forms)
        {
            if (string.IsNullOrWhiteSpace(form))
            {
                continue;
            }

            uint? hash = PhraseHash(form);
            if (hash is uint h)
            {
                ushort bit = (ushort)(1 << (int)kind);
                ushort old = phrases.GetValueOrDefault(h);
                if ((old & bit) == 0)
                {
                    phrases[h] = (ushort)(old | bit);
                    string name = kind.ToString();
                    perKind[name] = perKind.GetValueOrDefault(name) + 1;
                }
            }
        }
    }

    /// <summary>The phrase hash of <paramref name="form"/> as the recognizer computes it over its tokens, or null for a
    /// form of no tokens or more than <see cref="NameLexicon.MaxTokens"/>.</summary>
    internal static uint? PhraseHash(string form)
    {
        Document doc = Document.Create(form);
        ReadOnlySpan<Token> tokens = doc.Tokens;
        if (tokens.Length == 0 || tokens.Length > NameLexicon.MaxTokens)
        {
            return null;
        }

        uint h = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            h = NameLexicon.Extend(h, FeatureHash.OfText(doc.TokenText(i), lower: true, foldDigits: true));
        }

        return h;
    }

    private static IEnumerable<string[]> Rows(string path)
    {
        bool header = true;
        foreach (string line in File.ReadLines(path))
        {
            if (header)
            {
                header = false;
                continue;
            }

            if (line.Length > 0)
            {
                yield return line.Split('\t');
            }
        }
    }
}
