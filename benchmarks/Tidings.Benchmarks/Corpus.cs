using System.Collections.Concurrent;
using System.Text;

namespace Tidings.Benchmarks;

/// <summary>The benchmark inputs, by name: the seed article and (when present) the CoNLL-2003 training text re-joined into prose.</summary>
public static class Corpus
{
    /// <summary>The seed article shipped in seeds/ (copied next to the benchmark binary).</summary>
    public const string Seed = "seed";

    /// <summary>CoNLL-2003 train.txt words joined into sentences and documents, up to <see cref="ConllMaxChars"/>.</summary>
    public const string Conll = "conll2003";

    /// <summary>Environment variable with the path of the CoNLL-2003 training file.</summary>
    public const string ConllVariable = "TIDINGS_CONLL";

    /// <summary>Environment variable with the path of the seed article (set by the host for the benchmark processes).</summary>
    public const string SeedVariable = "TIDINGS_BENCH_SEED";

    /// <summary>How much of the CoNLL text to use (UTF-16 chars, about 2 MB); cut at a sentence end.</summary>
    public const int ConllMaxChars = 2_000_000;

    private const string SeedFile = "000_70dd0782637a3652.txt";

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The inputs available on this machine: the seed always, CoNLL only when its file exists.</summary>
    public static IEnumerable<string> Available()
    {
        yield return Seed;
        if (ConllPath() is not null)
        {
            yield return Conll;
        }
    }

    /// <summary>The text of input <paramref name="name"/> (loaded once per process).</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, Load);

    /// <summary>Resolves both paths in the host process and exports them, so the benchmark child processes
    /// (which run from the artifacts folder) find the same files.</summary>
    public static void ExportPaths()
    {
        if (SeedPath() is string seed)
        {
            Environment.SetEnvironmentVariable(SeedVariable, seed);
        }

        if (ConllPath() is string conll)
        {
            Environment.SetEnvironmentVariable(ConllVariable, conll);
        }
    }

    private static string Load(string name) => name switch
    {
        Seed => File.ReadAllText(SeedPath() ?? throw new FileNotFoundException("The seed article was not found.", SeedFile)),
        Conll => JoinConll(ConllPath() ?? throw new FileNotFoundException("The CoNLL-2003 training file was not found.", "train.txt"), ConllMaxChars),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown benchmark input."),
    };

    private static string? SeedPath()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(SeedVariable);
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        string besideBinary = Path.Combine(AppContext.BaseDirectory, "seeds", SeedFile);
        if (File.Exists(besideBinary))
        {
            return besideBinary;
        }

        // Running from the repository: seeds/ at its root.
        string? root = FindUp(Directory.GetCurrentDirectory(), Path.Combine("seeds", SeedFile));
        return root is null ? null : Path.Combine(root, "seeds", SeedFile);
    }

    private static string? ConllPath()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable(ConllVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        string relative = Path.Combine("shared", "data", "conll2003", "train.txt");
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            if (FindUp(start, Path.Combine("shared", "data")) is string root && File.Exists(Path.Combine(root, relative)))
            {
                return Path.Combine(root, relative);
            }
        }

        return null;
    }

    /// <summary>The nearest directory at or above <paramref name="start"/> that contains <paramref name="relative"/>.</summary>
    private static string? FindUp(string start, string relative)
    {
        for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>CoNLL format: one token per line (the word is the first column), blank lines between sentences,
    /// "-DOCSTART-" lines between documents. Words are joined by spaces, sentences by newlines, documents by blank lines.</summary>
    internal static string JoinConll(string path, int maxChars)
    {
        var text = new StringBuilder(maxChars + 1024);
        var sentence = new StringBuilder();
        bool documentBreak = false;
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush();
                documentBreak = text.Length > 0;
                continue;
            }

            if (line.Length == 0 || line.Trim().Length == 0)
            {
                Flush();
                if (text.Length >= maxChars)
                {
                    break;
                }

                continue;
            }

            int space = line.IndexOf(' ', StringComparison.Ordinal);
            string word = space < 0 ? line : line[..space];
            if (sentence.Length > 0)
            {
                sentence.Append(' ');
            }

            sentence.Append(word);
        }

        Flush();
        return text.ToString();

        void Flush()
        {
            if (sentence.Length == 0 || text.Length >= maxChars)
            {
                sentence.Clear();
                return;
            }

            if (text.Length > 0)
            {
                text.Append(documentBreak ? "\n\n" : "\n");
            }

            documentBreak = false;
            text.Append(sentence);
            sentence.Clear();
        }
    }
}
