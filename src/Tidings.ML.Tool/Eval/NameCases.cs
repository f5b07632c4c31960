using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Tidings.Names;

namespace Tidings.ML.Tool.Eval;

/// <summary>A gold name span of a passage: <see cref="Type"/> is "ORG", "LOC" or "PER".</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset just past the last character.</param>
/// <param name="Type">ORG, LOC or PER.</param>
internal readonly record struct GoldName(int Start, int End, string Type);

/// <summary>A passage with its gold names.</summary>
/// <param name="Id">Where it came from: file and case name or index.</param>
/// <param name="Text">The passage.</param>
/// <param name="Names">The gold ORG, LOC and PER spans (other types are left out).</param>
/// <param name="Problems">Gold names that could not be placed in the text (reported, not scored).</param>
internal sealed record NameCase(string Id, string Text, ImmutableArray<GoldName> Names, ImmutableArray<string> Problems);

/// <summary>
/// Reads passages with gold names from JSON (<c>.json</c>: an array of cases, or an object holding one under
/// "cases", "passages", "items" or "documents"; <c>.jsonl</c>: a case per line). A case has "text" and its names under
/// "names", "entities", "spans", "mentions" or "gold" (objects with "type"/"label"/"kind" and "start"/"end" and/or
/// "text"), or under per-type keys ("ORG"/"organizations", "LOC"/"places"/"locations", "PER"/"persons"/"people")
/// as strings or objects. A name given by its text alone is placed at its next occurrence after the previous
/// placement of the same text (whole words), so a repeated name listed twice names two occurrences.
/// </summary>
internal static class NameCaseReader
{
    private static readonly string[] ListKeys = ["names", "entities", "spans", "mentions", "gold", "annotations"];
    private static readonly string[] CaseListKeys = ["cases", "passages", "items", "documents", "examples", "data"];

    /// <summary>The case files under <paramref name="path"/> (a file, or a folder searched recursively), in path order.</summary>
    public static IReadOnlyList<string> Files(string path)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            throw new FileNotFoundException($"not found: {path}");
        }

        return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Reads every case of <paramref name="file"/>.</summary>
    /// <exception cref="JsonException">The file is not JSON of the expected form.</exception>
    public static IEnumerable<NameCase> Read(string file)
    {
        string name = Path.GetFileName(file);
        if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
        {
            int line = 0;
            foreach (string text in File.ReadLines(file))
            {
                line++;
                if (text.Trim().Length == 0)
                {
                    continue;
                }

                using JsonDocument doc = JsonDocument.Parse(text);
                if (ToCase(doc.RootElement, $"{name}:{line}") is NameCase c)
                {
                    yield return c;
                }
            }

            yield break;
        }

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        JsonElement root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Object && !root.TryGetProperty("text", out _))
        {
            foreach (string key in CaseListKeys)
            {
                if (TryGet(root, key, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
                {
                    root = list;
                    break;
                }
            }
        }

        if (root.ValueKind == JsonValueKind.Object)
        {
            if (ToCase(root, name) is NameCase single)
            {
                yield return single;
            }

            yield break;
        }

        int index = 0;
        foreach (JsonElement item in root.EnumerateArray())
        {
            index++;
            string id = item.ValueKind == JsonValueKind.Object && (TryGet(item, "id", out JsonElement i) || TryGet(item, "name", out i)) && i.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? $"{name}#{index} {i}"
                : $"{name}#{index}";
            if (ToCase(item, id) is NameCase c)
            {
                yield return c;
            }
        }
    }

    private static bool TryGet(JsonElement obj, string key, out JsonElement value)
    {
        foreach (JsonProperty p in obj.EnumerateObject())
        {
            if (string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase))
            {
                value = p.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static NameCase? ToCase(JsonElement item, string id)
    {
        if (item.ValueKind != JsonValueKind.Object || !TryGet(item, "text", out JsonElement t) || t.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string text = t.GetString()!;
        var raw = new List<(string Type, string? Text, int? Start, int? End)>();
        foreach (string key in ListKeys)
        {
            if (TryGet(item, key, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement e in list.EnumerateArray())
                {
                    if (e.ValueKind == JsonValueKind.Object)
                    {
                        string? type = (TryGet(e, "type", out JsonElement ty) || TryGet(e, "label", out ty) || TryGet(e, "kind", out ty) || TryGet(e, "tag", out ty)) && ty.ValueKind == JsonValueKind.String ? ty.GetString() : null;
                        Add(raw, type, e);
                    }
                    else if (e.ValueKind == JsonValueKind.Array && e.GetArrayLength() >= 2)
                    {
                        // ["Rivian", "ORG"] or [start, end, "ORG"].
                        JsonElement[] parts = [.. e.EnumerateArray()];
                        if (parts.Length >= 3 && parts[0].ValueKind == JsonValueKind.Number)
                        {
                            raw.Add((parts[2].GetString() ?? "", null, parts[0].GetInt32(), parts[1].GetInt32()));
                        }
                        else if (parts[0].ValueKind == JsonValueKind.String && parts[1].ValueKind == JsonValueKind.String)
                        {
                            raw.Add((parts[1].GetString()!, parts[0].GetString(), null, null));
                        }
                    }
                }
            }
        }

        foreach (JsonProperty p in item.EnumerateObject())
        {
            if (NormaliseType(p.Name) is not null && p.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement e in p.Value.EnumerateArray())
                {
                    if (e.ValueKind == JsonValueKind.String)
                    {
                        raw.Add((p.Name, e.GetString(), null, null));
                    }
                    else if (e.ValueKind == JsonValueKind.Object)
                    {
                        Add(raw, p.Name, e);
                    }
                }
            }
        }

        var names = ImmutableArray.CreateBuilder<GoldName>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var next = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string rawType, string? surface, int? start, int? end) in raw)
        {
            string? type = NormaliseType(rawType);
            if (type is null)
            {
                continue;
            }

            int? stop = end ?? (start is int from0 && surface is not null ? from0 + surface.Length : null);
            if (start is int s && stop is int e2 && s >= 0 && e2 <= text.Length && s < e2
                && (surface is null || string.Equals(text[s..e2], surface, StringComparison.Ordinal)))
            {
                names.Add(new GoldName(s, e2, type));
                continue;
            }

            if (surface is null || surface.Length == 0)
            {
                problems.Add($"{id}: a {type} name without text or valid offsets");
                continue;
            }

            int from = next.GetValueOrDefault(surface);
            int at = FindWord(text, surface, from);
            if (at < 0 && from > 0)
            {
                at = FindWord(text, surface, 0);
            }

            if (at < 0)
            {
                problems.Add($"{id}: {type} \"{surface}\" is not in the text");
                continue;
            }

            next[surface] = at + surface.Length;
            names.Add(new GoldName(at, at + surface.Length, type));
        }

        return new NameCase(id, text, [.. names.Distinct().OrderBy(n => n.Start).ThenBy(n => n.End)], problems.ToImmutable());
    }

    private static void Add(List<(string, string?, int?, int?)> raw, string? type, JsonElement e)
    {
        string? surface = (TryGet(e, "text", out JsonElement x) || TryGet(e, "name", out x) || TryGet(e, "span", out x) || TryGet(e, "surface", out x)) && x.ValueKind == JsonValueKind.String ? x.GetString() : null;
        int? start = TryGet(e, "start", out JsonElement s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : null;
        int? end = TryGet(e, "end", out JsonElement en) && en.ValueKind == JsonValueKind.Number ? en.GetInt32() : null;
        raw.Add((type ?? "", surface, start, end));
    }

    /// <summary>ORG, LOC or PER for the many ways annotators write them; null for other types (MISC, dates…).</summary>
    public static string? NormaliseType(string type) => type.Trim().ToUpperInvariant() switch
    {
        "ORG" or "ORGANIZATION" or "ORGANISATION" or "ORGANIZATIONS" or "ORGANISATIONS" or "ORGS" => "ORG",
        "LOC" or "LOCATION" or "LOCATIONS" or "PLACE" or "PLACES" or "GPE" => "LOC",
        "PER" or "PERSON" or "PERSONS" or "PEOPLE" or "PERS" => "PER",
        _ => null,
    };

    /// <summary>The first occurrence of <paramref name="word"/> at or after <paramref name="from"/> that is not inside a longer word.</summary>
    private static int FindWord(string text, string word, int from)
    {
        for (int at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            bool after = at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]);
            if (before && after)
            {
                return at;
            }
        }

        return -1;
    }
}

/// <summary>Counts for one type: gold, system and correct (exact span and type).</summary>
internal sealed class NameCounts
{
    public int Gold { get; set; }

    public int System { get; set; }

    public int Correct { get; set; }

    public double Precision => System == 0 ? 0 : (double)Correct / System;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The score of the name extractor over passages: per type and overall, with every disagreement.</summary>
internal sealed class NameScore
{
    public static readonly string[] Types = ["ORG", "LOC", "PER"];

    public Dictionary<string, NameCounts> ByType { get; } = Types.ToDictionary(t => t, _ => new NameCounts(), StringComparer.Ordinal);

    public NameCounts Overall { get; } = new();

    public int Passages { get; set; }

    /// <summary>Every disagreement: "missed", "spurious" lines with the case id, type and text.</summary>
    public List<string> Errors { get; } = [];

    public List<string> Problems { get; } = [];

    /// <summary>Scores the pipeline's names (<see cref="News.Names"/>) on <paramref name="cases"/>.</summary>
    public static NameScore Of(IEnumerable<NameCase> cases) => Of(cases, DefaultPipeline());

    /// <summary>A pipeline with the names of <see cref="News.Names"/>: the embedded model.</summary>
    public static ExtractionPipeline DefaultPipeline() => new ExtractionPipelineBuilder().UseNames().Build();

    /// <summary>Scores the names of <paramref name="pipeline"/> (one with names enabled, as <see cref="News.Names"/>
    /// runs) on <paramref name="cases"/>.</summary>
    public static NameScore Of(IEnumerable<NameCase> cases, ExtractionPipeline pipeline)
    {
        var score = new NameScore();
        foreach (NameCase c in cases)
        {
            score.Passages++;
            score.Problems.AddRange(c.Problems);
            ExtractionResult found = pipeline.Extract(c.Text);
            var system = new HashSet<GoldName>();
            foreach (OrganizationMention m in found.Organizations)
            {
                system.Add(new GoldName(m.Start, m.End, "ORG"));
            }

            foreach (var m in found.Places)
            {
                system.Add(new GoldName(m.Start, m.End, "LOC"));
            }

            foreach (PersonMention m in found.Persons)
            {
                system.Add(new GoldName(m.Start, m.End, "PER"));
            }

            var gold = c.Names.ToHashSet();
            foreach (GoldName g in gold)
            {
                score.ByType[g.Type].Gold++;
                score.Overall.Gold++;
                if (system.Contains(g))
                {
                    score.ByType[g.Type].Correct++;
                    score.Overall.Correct++;
                }
                else
                {
                    GoldName? other = system.Where(s => s.Start < g.End && g.Start < s.End).Select(s => (GoldName?)s).FirstOrDefault();
                    string got = other is GoldName o ? $" (found {o.Type} \"{c.Text[o.Start..o.End]}\")" : "";
                    score.Errors.Add($"missed\t{g.Type}\t{c.Text[g.Start..g.End]}\t{c.Id}{got}");
                }
            }

            foreach (GoldName s in system)
            {
                score.ByType[s.Type].System++;
                score.Overall.System++;
                if (!gold.Contains(s))
                {
                    score.Errors.Add($"spurious\t{s.Type}\t{c.Text[s.Start..s.End]}\t{c.Id}");
                }
            }
        }

        return score;
    }

    /// <summary>The scores as a plain-text table (lines ending with <c>\n</c>).</summary>
    public string ToTable()
    {
        var table = new StringBuilder();
        table.Append("type     gold  found  correct  precision  recall      F1\n");
        foreach (string type in Types)
        {
            Row(table, type, ByType[type]);
        }

        Row(table, "overall", Overall);
        return table.ToString();
    }

    private static void Row(StringBuilder table, string name, NameCounts c) =>
        table.Append(CultureInfo.InvariantCulture, $"{name,-7} {c.Gold,6} {c.System,6} {c.Correct,8} {c.Precision,10:0.0000} {c.Recall,7:0.0000} {c.F1,7:0.0000}\n");
}
