using System.Text.Json;
using Tidings.Serialization;
using Xunit;

namespace Tidings.Tests.Seeds;

/// <summary>
/// The seed article against its hand-checked extractions (seeds/*.expected.json, in the JSON contract's
/// shape). Only the kinds the default pipeline produces are compared, so the file can hold kinds that later
/// extractors will add.
/// </summary>
public sealed class SeedGoldenTests
{
    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(RepositoryPaths.File("seeds"), "*.expected.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_extractions_match_the_hand_checked_file(string expectedFile)
    {
        using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.File("seeds", expectedFile)));
        string textFile = expected.RootElement.GetProperty("id").GetString()!;
        DateOnly referenceDate = DateOnly.Parse(expected.RootElement.GetProperty("referenceDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        string text = File.ReadAllText(RepositoryPaths.File(textFile));

        ExtractionResult result = News.Extract(text, referenceDate);
        using JsonDocument actual = JsonDocument.Parse(ExtractionJson.Serialize(result, textFile));

        var kinds = ExtractionPipeline.Default.Kinds.Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())).ToHashSet();
        string[] want = Mentions(expected.RootElement, kinds);
        string[] got = Mentions(actual.RootElement, kinds);

        var missing = want.Except(got).ToArray();
        var extra = got.Except(want).ToArray();
        Assert.True(
            missing.Length == 0 && extra.Length == 0,
            $"Missing ({missing.Length}):\n  {string.Join("\n  ", missing)}\nUnexpected ({extra.Length}):\n  {string.Join("\n  ", extra)}");
        Assert.Equal(want, got); // same order too
    }

    [Fact]
    public void Every_expected_mention_is_exactly_its_span_of_the_seed()
    {
        foreach (string path in Directory.GetFiles(RepositoryPaths.File("seeds"), "*.expected.json"))
        {
            using JsonDocument expected = JsonDocument.Parse(File.ReadAllText(path));
            string text = File.ReadAllText(RepositoryPaths.File(expected.RootElement.GetProperty("id").GetString()!));
            foreach (JsonElement m in expected.RootElement.GetProperty("mentions").EnumerateArray())
            {
                int start = m.GetProperty("start").GetInt32();
                int end = m.GetProperty("end").GetInt32();
                Assert.Equal(m.GetProperty("text").GetString(), text[start..end]);
            }
        }
    }

    /// <summary>Each mention of the given kinds as canonical compact JSON, in document order.</summary>
    private static string[] Mentions(JsonElement document, HashSet<string> kinds) =>
        document.GetProperty("mentions").EnumerateArray()
            .Where(m => kinds.Contains(m.GetProperty("kind").GetString()!))
            .Select(m => JsonSerializer.Serialize(m, SeedJson.Default.JsonElement))
            .ToArray();
}

[System.Text.Json.Serialization.JsonSerializable(typeof(JsonElement))]
internal sealed partial class SeedJson : System.Text.Json.Serialization.JsonSerializerContext;
