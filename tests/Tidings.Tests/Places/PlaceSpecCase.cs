using System.Text.Json;
using Tidings.Places;

namespace Tidings.Tests.Places;

/// <summary>One expected place of a spec case: its span (by text and occurrence) and the entry it must resolve to.</summary>
internal sealed record ExpectedPlace(string Text, int Occurrence, string Kind, string? CountryCode, int? GeonameId, string? Name, bool Demonym);

/// <summary>One hand-written case of the place specification: a text and every place (and, optionally, demonym) in it.</summary>
internal sealed record PlaceSpecCase(string File, string Name, string Text, IReadOnlyList<ExpectedPlace> Places)
{
    /// <summary>The display id: "file: name".</summary>
    public string Id => File + ": " + Name;
}

/// <summary>Loads the place spec files (Places/Specs/*.json).</summary>
internal static class PlaceSpec
{
    /// <summary>The kinds as the spec files (and the JSON contract) spell them.</summary>
    public static readonly string[] KindNames = ["country", "region", "city", "district", "continent", "feature"];

    private static readonly HashSet<string> CaseFields = ["name", "text", "places"];

    private static readonly HashSet<string> PlaceFields = ["text", "occurrence", "kind", "countryCode", "geonameId", "name", "demonym"];

    private static readonly Lazy<IReadOnlyList<PlaceSpecCase>> LazyAll = new(LoadAll);

    /// <summary>The folder the spec files are copied to.</summary>
    public static string SpecDirectory => Path.Combine(AppContext.BaseDirectory, "Places", "Specs");

    /// <summary>Every case of every spec file, in file then case order.</summary>
    public static IReadOnlyList<PlaceSpecCase> All => LazyAll.Value;

    /// <summary>The kind as the spec files spell it.</summary>
    public static string Name(PlaceKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static List<PlaceSpecCase> LoadAll() => SpecJson.LoadFolder(SpecDirectory, Parse);

    /// <summary>Parses one spec file; throws <see cref="InvalidDataException"/> on any deviation from the format.</summary>
    public static List<PlaceSpecCase> Parse(string file, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        var cases = new List<PlaceSpecCase>();
        int index = 0;
        foreach (JsonElement element in SpecJson.Cases(document, file))
        {
            index++;
            string where = $"{file} case #{index}";
            SpecJson.CheckFields(element, CaseFields, where);
            string name = SpecJson.RequiredString(element, "name", where);
            where = $"{file}: {name}";
            string text = SpecJson.RequiredString(element, "text", where);
            JsonElement list = SpecJson.RequiredArray(element, "places", where);
            var places = new List<ExpectedPlace>();
            foreach (JsonElement p in list.EnumerateArray())
            {
                SpecJson.CheckFields(p, PlaceFields, where);
                string placeText = SpecJson.RequiredString(p, "text", where);
                string kind = SpecJson.RequiredString(p, "kind", $"{where} / \"{placeText}\"");
                if (!KindNames.Contains(kind))
                {
                    throw new InvalidDataException($"{where} / \"{placeText}\": unknown kind '{kind}'.");
                }

                places.Add(new ExpectedPlace(
                    placeText,
                    p.TryGetProperty("occurrence", out JsonElement o) ? o.GetInt32() : 1,
                    kind,
                    p.TryGetProperty("countryCode", out JsonElement cc) && cc.ValueKind == JsonValueKind.String ? cc.GetString() : null,
                    p.TryGetProperty("geonameId", out JsonElement id) && id.ValueKind == JsonValueKind.Number ? id.GetInt32() : null,
                    p.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null,
                    p.TryGetProperty("demonym", out JsonElement d) && d.GetBoolean()));
            }

            cases.Add(new PlaceSpecCase(file, name, text, places));
        }

        return cases;
    }
}
