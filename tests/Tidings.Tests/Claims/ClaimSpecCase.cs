using System.Text.Json;
using Tidings.Tests.Numbers;

namespace Tidings.Tests.Claims;

/// <summary>One expected quantity of a claim: its mention text and, when the text repeats, which occurrence.</summary>
internal sealed record ExpectedClaimQuantity(string Text, int Occurrence);

/// <summary>An optional text field of an expected claim: not checked, expected null, or expected text.</summary>
internal readonly record struct ExpectedText(bool Checks, string? Text)
{
    public static ExpectedText Unchecked => new(false, null);

    public override string ToString() => !Checks ? "(not checked)" : Text is null ? "null" : $"\"{Text}\"";
}

/// <summary>One expected claim of a spec case (see Specs/*.json).</summary>
internal sealed record ExpectedClaim(
    IReadOnlyList<ExpectedClaimQuantity> Quantities,
    string Relation,
    ExpectedText Source,
    ExpectedText Predicate,
    ExpectedText Subject);

/// <summary>One hand-written case of the claim specification: a text and the claims it makes.</summary>
internal sealed record ClaimSpecCase(string File, string Name, string Text, IReadOnlyList<ExpectedClaim> Claims)
{
    /// <summary>"file: name".</summary>
    public string Id => File + ": " + Name;
}

/// <summary>Loads the claim spec files (Claims/Specs/*.json) and validates their format.</summary>
/// <remarks>
/// A quantity is written as its mention text ("around 3,000"), or as
/// <c>{ "text": "one", "occurrence": 2 }</c> when the same text occurs more than once in the case's text.
/// </remarks>
internal static class ClaimSpec
{
    /// <summary>The relation names of the JSON contract, as <see cref="Tidings.Claims.ClaimRelation"/> spells them in camel case.</summary>
    public static readonly string[] RelationNames = ["single", "comparison", "range", "change", "ratio"];

    private static readonly HashSet<string> CaseFields = ["name", "text", "claims"];

    private static readonly HashSet<string> ClaimFields = ["quantities", "relation", "source", "predicate", "subject"];

    private static readonly HashSet<string> QuantityFields = ["text", "occurrence"];

    private static readonly Lazy<IReadOnlyList<ClaimSpecCase>> LazyAll = new(LoadAll);

    /// <summary>The folder the spec files are copied to.</summary>
    public static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Claims", "Specs");

    /// <summary>Every case of every spec file, in file then case order.</summary>
    public static IReadOnlyList<ClaimSpecCase> All => LazyAll.Value;

    private static List<ClaimSpecCase> LoadAll() => Load(SpecDirectory);

    /// <summary>Every case of every spec file in <paramref name="directory"/>, in file then case order.</summary>
    public static List<ClaimSpecCase> Load(string directory)
    {
        var cases = new List<ClaimSpecCase>();
        foreach (string path in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            cases.AddRange(Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));
        }

        return cases;
    }

    /// <summary>Parses one spec file; throws <see cref="InvalidDataException"/> on any deviation from the format.</summary>
    public static List<ClaimSpecCase> Parse(string file, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"{file}: the root must be an array of cases.");
        }

        var cases = new List<ClaimSpecCase>();
        int index = 0;
        foreach (JsonElement element in document.RootElement.EnumerateArray())
        {
            index++;
            string where = $"{file} case #{index}";
            CheckFields(element, CaseFields, where);
            string name = RequiredString(element, "name", where);
            where = $"{file}: {name}";
            string text = RequiredString(element, "text", where);
            if (!element.TryGetProperty("claims", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidDataException($"{where}: 'claims' must be an array.");
            }

            var claims = new List<ExpectedClaim>();
            foreach (JsonElement claim in list.EnumerateArray())
            {
                claims.Add(ParseClaim(claim, where));
            }

            cases.Add(new ClaimSpecCase(file, name, text, claims));
        }

        return cases;
    }

    private static ExpectedClaim ParseClaim(JsonElement claim, string where)
    {
        CheckFields(claim, ClaimFields, where);
        if (!claim.TryGetProperty("quantities", out JsonElement list) || list.ValueKind != JsonValueKind.Array
            || list.GetArrayLength() == 0)
        {
            throw new InvalidDataException($"{where}: a claim needs a non-empty 'quantities' array.");
        }

        var quantities = new List<ExpectedClaimQuantity>();
        foreach (JsonElement q in list.EnumerateArray())
        {
            if (q.ValueKind == JsonValueKind.String)
            {
                quantities.Add(new ExpectedClaimQuantity(q.GetString()!, 1));
                continue;
            }

            CheckFields(q, QuantityFields, where);
            int occurrence = q.TryGetProperty("occurrence", out JsonElement o) ? o.GetInt32() : 1;
            if (occurrence < 1)
            {
                throw new InvalidDataException($"{where}: 'occurrence' is 1-based.");
            }

            quantities.Add(new ExpectedClaimQuantity(RequiredString(q, "text", where), occurrence));
        }

        string relation = RequiredString(claim, "relation", where);
        if (!RelationNames.Contains(relation))
        {
            throw new InvalidDataException($"{where}: unknown relation '{relation}'.");
        }

        return new ExpectedClaim(
            quantities,
            relation,
            OptionalText(claim, "source", where),
            OptionalText(claim, "predicate", where),
            OptionalText(claim, "subject", where));
    }

    private static ExpectedText OptionalText(JsonElement element, string field, string where)
    {
        if (!element.TryGetProperty(field, out JsonElement value))
        {
            return ExpectedText.Unchecked;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => new ExpectedText(true, null),
            JsonValueKind.String => new ExpectedText(true, value.GetString()),
            _ => throw new InvalidDataException($"{where}: '{field}' must be a string or null."),
        };
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

    /// <summary>The [start, end) of an expected quantity in <paramref name="text"/>; start -1 when absent.</summary>
    public static (int Start, int End) Span(string text, ExpectedClaimQuantity q)
    {
        int start = QuantitySpec.Locate(text, q.Text, q.Occurrence);
        return (start, start < 0 ? -1 : start + q.Text.Length);
    }

    /// <summary>Whether <paramref name="fragment"/> occurs in <paramref name="text"/> as whole words.</summary>
    public static bool Occurs(string text, string fragment) => QuantitySpec.Locate(text, fragment, 1) >= 0;
}
