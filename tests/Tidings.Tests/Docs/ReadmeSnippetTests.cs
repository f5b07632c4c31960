using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Tidings.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of README.md and of the package READMEs compiles, as a console program of its own
/// (top-level statements, the SDK's implicit usings, nullable enabled), against the projects' assemblies. The
/// consumer smoke test (eng/consumer-smoke.sh) runs the same blocks against the packed packages.
/// </summary>
public sealed class ReadmeSnippetTests
{
    /// <summary>The READMEs whose C# blocks must compile.</summary>
    private static readonly string[] Readmes =
    [
        "README.md",
        "src/Tidings/README.md",
        "src/Tidings.ML/README.md",
        "src/Tidings.Cli/README.md",
        "src/Tidings.ML.Tool/README.md",
    ];

    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (string readme in Readmes)
        {
            foreach ((int line, string _) in CSharpBlocks(readme))
            {
                data.Add(readme, line);
            }
        }

        return data;
    }

    /// <summary>The <c>```csharp</c> blocks of a README, with the line each starts on (1-based, the fence's line).</summary>
    internal static List<(int Line, string Code)> CSharpBlocks(string readme)
    {
        string path = RepositoryPaths.File(readme.Split('/'));
        var blocks = new List<(int, string)>();
        if (!File.Exists(path))
        {
            return blocks;
        }

        string[] lines = File.ReadAllLines(path);
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            int start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                code.Add(lines[i]);
            }

            blocks.Add((start + 1, string.Join('\n', code)));
        }

        return blocks;
    }

    [Fact]
    public void The_readme_has_csharp_blocks_to_compile()
    {
        Assert.True(CSharpBlocks("README.md").Count >= 5, "README.md should show the library, dates, names, places, ML.NET and Tokenizers in C#");
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Readme_csharp_block_compiles(string readme, int line)
    {
        string code = CSharpBlocks(readme).Single(b => b.Line == line).Code;
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            $"Snippet_{Path.GetFileNameWithoutExtension(readme)}_{line}",
            [CSharpSyntaxTree.ParseText(code, parse, path: $"{readme}:{line}"), CSharpSyntaxTree.ParseText(ImplicitUsings, parse)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        string[] errors = [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
        Assert.True(result.Success, $"{readme}, the C# block at line {line}, does not compile:\n{string.Join('\n', errors)}");
    }

    /// <summary>The runtime's assemblies and every managed assembly beside the tests (Tidings, Tidings.ML, ML.NET, the tokenizers).</summary>
    private static MetadataReference[] LoadReferences()
    {
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string trusted = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            byName[Path.GetFileName(path)] = path;
        }

        foreach (string path in Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
        {
            try
            {
                AssemblyName.GetAssemblyName(path);
                byName[Path.GetFileName(path)] = path;
            }
            catch (BadImageFormatException)
            {
                // A native library.
            }
        }

        return [.. byName.Values.Select(p => MetadataReference.CreateFromFile(p))];
    }
}
