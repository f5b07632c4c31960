namespace Tidings.Tests;

/// <summary>
/// The blind specification sets. Each session's blind writer adds files whose names start with the set's label and a
/// dash ("b2-news.json", "b4-money.json"); the first set's files carry no label. The blind tests score each set against
/// a ratchet of its own, so a new set arrives failing without lowering the older sets' floors.
/// </summary>
internal static class BlindSets
{
    /// <summary>The set a case file belongs to: "b1" for an unlabelled file, otherwise its "bN" label.</summary>
    public static string Of(string file)
    {
        string name = Path.GetFileName(file);
        int i = 1;
        if (name.Length > 2 && name[0] == 'b' && char.IsAsciiDigit(name[1]))
        {
            while (i < name.Length && char.IsAsciiDigit(name[i]))
            {
                i++;
            }

            if (i < name.Length && name[i] == '-')
            {
                return name[..i];
            }
        }

        return "b1";
    }

    /// <summary>The cases of the sets named in <paramref name="sets"/> (labels separated by spaces, e.g. "b1 b2").</summary>
    public static List<T> Select<T>(IEnumerable<T> cases, Func<T, string> file, string sets)
    {
        string[] labels = sets.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return cases.Where(c => labels.Contains(Of(file(c)), StringComparer.Ordinal)).ToList();
    }
}
