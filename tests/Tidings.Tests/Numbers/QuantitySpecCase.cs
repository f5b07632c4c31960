using System.Globalization;
using System.Text;
using System.Text.Json;
using Tidings.Numbers;

namespace Tidings.Tests.Numbers;

/// <summary>One expected quantity of a spec case (see Specs/*.json).</summary>
internal sealed record ExpectedQuantity(
    string Text,
    int Occurrence,
    decimal? Value,
    string Unit,
    string Approximation,
    decimal? Low,
    decimal? High,
    bool ChecksCounted,
    string? Counted);

/// <summary>One hand-written case of the quantity specification: a text and the exact quantities it holds.</summary>
internal sealed record QuantitySpecCase(string File, string Name, string Text, IReadOnlyList<ExpectedQuantity> Quantities)
{
    /// <summary>The theory-row id: "file: name".</summary>
    public string Id => File + ": " + Name;
}

/// <summary>Loads the spec files and compares extracted quantities with a case's expectations.</summary>
internal static class QuantitySpec
{
    private static readonly string[] ApproximationNames =
        ["exact", "approximate", "atLeast", "atMost", "moreThan", "lessThan", "range", "vague"];

    private static readonly HashSet<string> CaseFields = ["name", "text", "quantities"];

    private static readonly HashSet<string> QuantityFields =
        ["text", "value", "unit", "approximation", "low", "high", "counted", "occurrence"];

    private static readonly Lazy<IReadOnlyList<QuantitySpecCase>> LazyAll = new(LoadAll);

    /// <summary>The folder the spec files are copied to.</summary>
    public static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Numbers", "Specs");

    /// <summary>Every case of every spec file, in file then case order.</summary>
    public static IReadOnlyList<QuantitySpecCase> All => LazyAll.Value;

    private static List<QuantitySpecCase> LoadAll() => LoadDirectory(SpecDirectory);

    /// <summary>Every case of every spec file in <paramref name="directory"/>, in file then case order.</summary>
    public static List<QuantitySpecCase> LoadDirectory(string directory)
    {
        var cases = new List<QuantitySpecCase>();
        foreach (string path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            cases.AddRange(Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));
        }

        return cases;
    }

    /// <summary>Parses one spec file; throws <see cref="InvalidDataException"/> on any deviation from the format.</summary>
    public static List<QuantitySpecCase> Parse(string file, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: the root must be an array of cases.");
        }

        var cases = new List<QuantitySpecCase>();
        int index = 0;
        foreach (JsonElement element in document.RootElement.EnumerateArray())
        {
            index++;
            string where = $"{file} case #{index}";
            CheckFields(element, CaseFields, where);
            string name = RequiredString(element, "name", where);
            where = $"{file}: {name}";
            string text = RequiredString(element, "text", where);
            if (!element.TryGetProperty("quantities", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{where}: 'quantities' must be an array.");
            }

            var quantities = new List<ExpectedQuantity>();
            foreach (JsonElement q in list.EnumerateArray())
            {
                quantities.Add(ParseQuantity(q, where));
            }

            cases.Add(new QuantitySpecCase(file, name, text, quantities));
        }

        return cases;
    }

    private static ExpectedQuantity ParseQuantity(JsonElement q, string where)
    {
        CheckFields(q, QuantityFields, where);
        string text = RequiredString(q, "text", where);
        where = $"{where} / \"{text}\"";
        if (!q.TryGetProperty("value", out JsonElement valueElement))
        {
            throw new InvalidDataException($"{where}: 'value' is required (use null for a vague amount).");
        }

        string approximation = RequiredString(q, "approximation", where);
        if (!ApproximationNames.Contains(approximation))
        {
            throw new InvalidDataException($"{where}: unknown approximation '{approximation}'.");
        }

        int occurrence = 1;
        if (q.TryGetProperty("occurrence", out JsonElement occurrenceElement))
        {
            occurrence = occurrenceElement.GetInt32();
            if (occurrence < 1)
            {
                throw new InvalidDataException($"{where}: 'occurrence' is 1-based.");
            }
        }

        bool checksCounted = q.TryGetProperty("counted", out JsonElement countedElement);
        string? counted = null;
        if (checksCounted && countedElement.ValueKind != JsonValueKind.Null)
        {
            counted = countedElement.GetString();
        }

        return new ExpectedQuantity(
            text,
            occurrence,
            NumberOrNull(valueElement, where),
            RequiredString(q, "unit", where),
            approximation,
            q.TryGetProperty("low", out JsonElement low) ? NumberOrNull(low, where) : null,
            q.TryGetProperty("high", out JsonElement high) ? NumberOrNull(high, where) : null,
            checksCounted,
            counted);
    }

    private static void CheckFields(JsonElement element, HashSet<string> allowed, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{where}: expected an object.");
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                throw new InvalidDataException($"{where}: unknown field '{property.Name}'.");
            }
        }
    }

    private static string RequiredString(JsonElement element, string field, string where) =>
        element.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{where}: '{field}' must be a string.");

    private static decimal? NumberOrNull(JsonElement element, string where) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => element.GetDecimal(),
        _ => throw new InvalidDataException($"{where}: expected a number or null, got {element.ValueKind}."),
    };

    /// <summary>
    /// The offset of the <paramref name="occurrence"/>-th match of <paramref name="mention"/> in <paramref name="text"/>
    /// that does not start or end inside a word ("one" is not found in "someone"); -1 if there is none.
    /// </summary>
    public static int Locate(string text, string mention, int occurrence)
    {
        int seen = 0;
        for (int at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(mention, at + 1, StringComparison.Ordinal))
        {
            bool cutsBefore = at > 0 && IsWordChar(text[at - 1]) && IsWordChar(mention[0]);
            int end = at + mention.Length;
            bool cutsAfter = end < text.Length && IsWordChar(text[end]) && IsWordChar(mention[^1]);
            if (!cutsBefore && !cutsAfter && ++seen == occurrence)
            {
                return at;
            }
        }

        return -1;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>The approximation as the JSON contract spells it.</summary>
    public static string Name(Approximation approximation) =>
        JsonNamingPolicy.CamelCase.ConvertName(approximation.ToString());

    /// <summary>
    /// Compares what the extractor found with what the case expects; returns null when they agree,
    /// otherwise a readable report (the problems, then both lists).
    /// </summary>
    public static string? Compare(QuantitySpecCase spec, IReadOnlyList<Quantity> actual)
    {
        var problems = new List<string>();
        foreach (Quantity q in actual)
        {
            if (q.Start < 0 || q.End > spec.Text.Length || q.End < q.Start
                || spec.Text.Substring(q.Start, q.End - q.Start) != q.Text)
            {
                problems.Add($"extracted [{q.Start},{q.End}) \"{q.Text}\" is not that substring of the text");
            }

            if (q.Counted is TextSpan c
                && (c.Start < 0 || c.End > spec.Text.Length || c.End < c.Start
                    || spec.Text.Substring(c.Start, c.End - c.Start) != c.Text))
            {
                problems.Add($"counted [{c.Start},{c.End}) \"{c.Text}\" of \"{q.Text}\" is not that substring of the text");
            }
        }

        if (actual.Count != spec.Quantities.Count)
        {
            problems.Add($"expected {spec.Quantities.Count} quantities, got {actual.Count}");
        }

        for (int i = 0; i < Math.Min(actual.Count, spec.Quantities.Count); i++)
        {
            string? problem = CompareOne(spec, spec.Quantities[i], actual[i]);
            if (problem is not null)
            {
                problems.Add($"#{i + 1}: {problem}");
            }
        }

        if (problems.Count == 0)
        {
            return null;
        }

        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"[{spec.Id}]\n  text: {spec.Text}\n");
        foreach (string problem in problems)
        {
            report.Append("  ! ").Append(problem).Append('\n');
        }

        report.Append("  expected:\n");
        foreach (ExpectedQuantity e in spec.Quantities)
        {
            report.Append("    ").Append(Describe(spec.Text, e)).Append('\n');
        }

        if (spec.Quantities.Count == 0)
        {
            report.Append("    (none)\n");
        }

        report.Append("  actual:\n");
        foreach (Quantity q in actual)
        {
            report.Append("    ").Append(Describe(q)).Append('\n');
        }

        if (actual.Count == 0)
        {
            report.Append("    (none)\n");
        }

        return report.ToString();
    }

    private static string? CompareOne(QuantitySpecCase spec, ExpectedQuantity e, Quantity q)
    {
        var wrong = new List<string>();
        int start = Locate(spec.Text, e.Text, e.Occurrence);
        if (start != q.Start || start + e.Text.Length != q.End)
        {
            wrong.Add($"span [{q.Start},{q.End}) \"{q.Text}\" should be [{start},{start + e.Text.Length}) \"{e.Text}\"");
        }

        if (!SameNumber(e.Value, q.Value))
        {
            wrong.Add($"value {Format(q.Value)} should be {Format(e.Value)}");
        }

        if (q.Unit.Code != e.Unit)
        {
            wrong.Add($"unit {q.Unit.Code} should be {e.Unit}");
        }

        if (Name(q.Approximation) != e.Approximation)
        {
            wrong.Add($"approximation {Name(q.Approximation)} should be {e.Approximation}");
        }

        if (!SameNumber(e.Low, q.Low))
        {
            wrong.Add($"low {Format(q.Low)} should be {Format(e.Low)}");
        }

        if (!SameNumber(e.High, q.High))
        {
            wrong.Add($"high {Format(q.High)} should be {Format(e.High)}");
        }

        if (e.ChecksCounted && q.Counted?.Text != e.Counted)
        {
            wrong.Add($"counted {Quote(q.Counted?.Text)} should be {Quote(e.Counted)}");
        }

        return wrong.Count == 0 ? null : $"\"{e.Text}\": " + string.Join("; ", wrong);
    }

    /// <summary>Exact for whole numbers, within 1e-9 relative otherwise (2/3 and friends).</summary>
    public static bool SameNumber(decimal? expected, decimal? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        decimal e = expected.Value;
        decimal a = actual.Value;
        if (e == decimal.Truncate(e))
        {
            return a == e;
        }

        return Math.Abs(a - e) <= 1e-9m * Math.Abs(e);
    }

    private static string Describe(string text, ExpectedQuantity e)
    {
        int start = Locate(text, e.Text, e.Occurrence);
        string counted = e.ChecksCounted ? $" counted={Quote(e.Counted)}" : " counted=(not checked)";
        return $"[{start},{start + e.Text.Length}) \"{e.Text}\" value={Format(e.Value)} unit={e.Unit} " +
               $"approximation={e.Approximation} low={Format(e.Low)} high={Format(e.High)}{counted}";
    }

    private static string Describe(Quantity q) =>
        $"[{q.Start},{q.End}) \"{q.Text}\" value={Format(q.Value)} unit={q.Unit.Code} " +
        $"approximation={Name(q.Approximation)} low={Format(q.Low)} high={Format(q.High)} counted={Quote(q.Counted?.Text)}";

    private static string Format(decimal? value) =>
        value is null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string? value) => value is null ? "null" : $"\"{value}\"";
}
