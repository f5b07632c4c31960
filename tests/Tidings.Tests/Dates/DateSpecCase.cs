using System.Globalization;
using System.Text.Json;
using Tidings.Dates;

namespace Tidings.Tests.Dates;

/// <summary>One expected date expression of a spec case (see Specs/*.json).</summary>
internal sealed record ExpectedDate(string Text, int Occurrence, string Type, string? Value);

/// <summary>One hand-written case of the date specification: a text, its reference date and the exact date expressions it holds.</summary>
internal sealed record DateSpecCase(string File, string Name, DateOnly ReferenceDate, string Text, IReadOnlyList<ExpectedDate> Dates)
{
    /// <summary>The display id: "file: name".</summary>
    public string Id => File + ": " + Name;
}

/// <summary>Loads the date spec files.</summary>
internal static class DateSpec
{
    /// <summary>The type names as the spec files spell them.</summary>
    public static readonly string[] TypeNames = ["date", "time", "duration", "set"];

    private static readonly HashSet<string> CaseFields = ["name", "referenceDate", "text", "dates"];

    private static readonly HashSet<string> DateFields = ["text", "type", "value", "occurrence"];

    private static readonly Lazy<IReadOnlyList<DateSpecCase>> LazyAll = new(LoadAll);

    /// <summary>The folder the spec files are copied to.</summary>
    public static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Dates", "Specs");

    /// <summary>Every case of every spec file, in file then case order.</summary>
    public static IReadOnlyList<DateSpecCase> All => LazyAll.Value;

    private static List<DateSpecCase> LoadAll() => Load(SpecDirectory);

    /// <summary>Every case of every spec file in <paramref name="directory"/>, in file then case order.</summary>
    public static List<DateSpecCase> Load(string directory)
    {
        var cases = new List<DateSpecCase>();
        foreach (string path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            cases.AddRange(Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));
        }

        return cases;
    }

    /// <summary>Parses one spec file; throws <see cref="InvalidDataException"/> on any deviation from the format.</summary>
    public static List<DateSpecCase> Parse(string file, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: the root must be an array of cases.");
        }

        var cases = new List<DateSpecCase>();
        int index = 0;
        foreach (JsonElement element in document.RootElement.EnumerateArray())
        {
            index++;
            string where = $"{file} case #{index}";
            CheckFields(element, CaseFields, where);
            string name = RequiredString(element, "name", where);
            where = $"{file}: {name}";
            string text = RequiredString(element, "text", where);
            string reference = RequiredString(element, "referenceDate", where);
            if (!DateOnly.TryParseExact(reference, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly referenceDate))
            {
                throw new InvalidDataException($"{where}: referenceDate '{reference}' is not yyyy-MM-dd.");
            }

            if (!element.TryGetProperty("dates", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{where}: 'dates' must be an array.");
            }

            var dates = new List<ExpectedDate>();
            foreach (JsonElement d in list.EnumerateArray())
            {
                dates.Add(ParseDate(d, where));
            }

            cases.Add(new DateSpecCase(file, name, referenceDate, text, dates));
        }

        return cases;
    }

    private static ExpectedDate ParseDate(JsonElement d, string where)
    {
        CheckFields(d, DateFields, where);
        string text = RequiredString(d, "text", where);
        where = $"{where} / \"{text}\"";
        string type = RequiredString(d, "type", where);
        if (!TypeNames.Contains(type))
        {
            throw new InvalidDataException($"{where}: unknown type '{type}'.");
        }

        if (!d.TryGetProperty("value", out JsonElement value)
            || value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            throw new InvalidDataException($"{where}: 'value' must be a string or null.");
        }

        int occurrence = 1;
        if (d.TryGetProperty("occurrence", out JsonElement occurrenceElement))
        {
            occurrence = occurrenceElement.GetInt32();
            if (occurrence < 1)
            {
                throw new InvalidDataException($"{where}: 'occurrence' is 1-based.");
            }
        }

        return new ExpectedDate(text, occurrence, type, value.ValueKind == JsonValueKind.Null ? null : value.GetString());
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

    /// <summary>
    /// The offset of the <paramref name="occurrence"/>-th match of <paramref name="mention"/> in <paramref name="text"/>
    /// that does not start or end inside a word ("May" is not found in "Mayor"); -1 if there is none.
    /// </summary>
    public static int Locate(string text, string mention, int occurrence)
    {
        int seen = 0;
        for (int at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(mention, at + 1, StringComparison.Ordinal))
        {
            bool cutsBefore = at > 0 && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(mention[0]);
            int end = at + mention.Length;
            bool cutsAfter = end < text.Length && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(mention[^1]);
            if (!cutsBefore && !cutsAfter && ++seen == occurrence)
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The type as the spec files spell it.</summary>
    public static string Name(TemporalType type) => JsonNamingPolicy.CamelCase.ConvertName(type.ToString());
}
