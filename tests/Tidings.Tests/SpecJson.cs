using System.Text.Json;

namespace Tidings.Tests;

/// <summary>What the data-driven spec files (<c>*/Specs/*.json</c>) share: loading a folder, checking fields, reading strings.</summary>
internal static class SpecJson
{
    /// <summary>Every case of every spec file in <paramref name="folder"/>, in file (ordinal) then case order.</summary>
    public static List<T> LoadFolder<T>(string folder, Func<string, string, IEnumerable<T>> parse)
    {
        var cases = new List<T>();
        foreach (string path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            cases.AddRange(parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));
        }

        return cases;
    }

    /// <summary>The cases of one file: the root must be an array of objects.</summary>
    public static IEnumerable<JsonElement> Cases(JsonDocument document, string file) =>
        document.RootElement.ValueKind == JsonValueKind.Array
            ? document.RootElement.EnumerateArray()
            : throw new InvalidDataException($"{file}: the root must be an array of cases.");

    /// <summary>Throws unless <paramref name="element"/> is an object with no field outside <paramref name="allowed"/>.</summary>
    public static void CheckFields(JsonElement element, HashSet<string> allowed, string where)
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

    /// <summary>The string field <paramref name="field"/>; throws when it is missing or not a string.</summary>
    public static string RequiredString(JsonElement element, string field, string where) =>
        element.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidDataException($"{where}: '{field}' must be a string.");

    /// <summary>The array field <paramref name="field"/>; throws when it is missing or not an array.</summary>
    public static JsonElement RequiredArray(JsonElement element, string field, string where) =>
        element.TryGetProperty(field, out JsonElement value) && value.ValueKind == JsonValueKind.Array
            ? value
            : throw new InvalidDataException($"{where}: '{field}' must be an array.");
}
