using System.Text;
using System.Text.Json;
using Tidings.Cli;
using Tidings.Serialization;
using Xunit;

namespace Tidings.Tests.Cli;

/// <summary>What one in-process run of the tool produced.</summary>
internal sealed record CliResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    /// <summary>The output lines, without the final empty one.</summary>
    public string[] Lines => Stdout.Split('\n') is var lines && lines[^1].Length == 0 ? lines[..^1] : Stdout.Split('\n');
}

/// <summary>Runs <see cref="CliApp"/> in-process with injected streams, and owns a temporary folder.</summary>
internal sealed class CliHarness : IDisposable
{
    public CliHarness()
    {
        Directory = Path.Combine(Path.GetTempPath(), "tidings-cli-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public static CliResult Run(byte[]? stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin ?? []);
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = CliApp.Run(args, input, output, error);
        return new CliResult(code, output.ToArray(), error.ToString());
    }

    public static CliResult Run(params string[] args) => Run(null, args);

    /// <summary>Runs the training and evaluation tool, <c>tidings-ml</c>, in-process.</summary>
    public static CliResult RunMl(params string[] args)
    {
        using var input = new MemoryStream();
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = Tidings.ML.Tool.ToolApp.Run(args, input, output, error);
        return new CliResult(code, output.ToArray(), error.ToString());
    }

    public string File(string name, string content) => File(name, Encoding.UTF8.GetBytes(content));

    public string File(string name, byte[] content)
    {
        string path = Path.Combine(Directory, name);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Directory, name);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Checks one output document: an object with an id and a mentions array whose spans match <paramref name="text"/>.</summary>
    public static JsonElement AssertDocument(string json, string? text)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement.Clone();
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.True(root.TryGetProperty("id", out _), "every document has an id");
        JsonElement mentions = root.GetProperty("mentions");
        Assert.Equal(JsonValueKind.Array, mentions.ValueKind);
        JsonElement? previous = null;
        foreach (JsonElement m in mentions.EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(m.GetProperty("kind").GetString()));
            int start = m.GetProperty("start").GetInt32();
            int end = m.GetProperty("end").GetInt32();
            Assert.InRange(start, 0, end);
            if (text is not null)
            {
                Assert.True(end <= text.Length, $"end {end} is past the text");
                Assert.Equal(text[start..end], ReadExact(m.GetProperty("text")));
            }

            if (previous is JsonElement p)
            {
                int ps = p.GetProperty("start").GetInt32();
                Assert.True(ps < start || (ps == start && p.GetProperty("end").GetInt32() >= end), "mentions are sorted");
            }

            previous = m;
        }

        return root;
    }

    /// <summary>One JSONL input line: <c>{"id": …, "text": …, "referenceDate": …}</c>.</summary>
    public static string JsonLine(string id, string text, string? referenceDate = null)
    {
        var dict = new Dictionary<string, string> { ["id"] = id, ["text"] = text };
        if (referenceDate is not null)
        {
            dict["referenceDate"] = referenceDate;
        }

        return "{" + string.Join(", ", dict.Select(kv => $"{Quote(kv.Key)}: {Quote(kv.Value)}")) + "}";
    }

    private static string Quote(string s) => $"\"{JsonEncodedText.Encode(s)}\"";

    /// <summary>Reads a JSON string keeping lone surrogates, as the contract's consumers (Python, JavaScript) do.</summary>
    public static string ReadExact(JsonElement value)
    {
        string raw = value.GetRawText();
        return JsonText.Unescape(Encoding.UTF8.GetBytes(raw[1..^1]));
    }
}
