namespace Tidings.Text;

/// <summary>Abbreviations that keep their period, and which of them never end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and name parts: a capitalised word after them continues the sentence ("Mr. Pashinyan").</summary>
    private static readonly string[] Titles =
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "maj", "cpl", "adm",
        "cmdr", "gens", "sens", "reps", "pres", "rev", "hon", "st", "mt", "ft", "fr", "no", "nos", "vs", "v", "supt",
        "insp", "det", "pvt", "messrs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "est", "dept", "univ", "gov", "atty", "brig", "cdr", "comdr", "ald", "assn", "ave", "blvd", "rd",
        "rs", // "Rs. 2.50": the rupee sign written as a word
        "kshs", "ksh", "shs", "sh", // session 31 (quant31b, b19): "Kshs. 1,000", "Sh. 25,000,000,000": the shilling likewise
        "prev", "cons", "prelim", // session 32 (claims32b, b20): labels of a bracketed prior or consensus ("(prev. 50.2)", "(cons. 86.0; prev. 85.7)")
    ];

    /// <summary>Session 31 (mend31g, review 31e finding 12): the shilling written as a word keeps its period only before a
    /// figure ("Kshs. 1,000", "Sh. 25,000"): "sh. Then 300 people fell silent" ends a sentence. Session 32 (claims32b): the
    /// bracket labels "prev.", "cons.", "prelim." likewise ("PMI 50.9 (prev. 50.2)").</summary>
    private static readonly AsciiWordTable<bool> BeforeFigureLookup = AsciiWordTable.Of(["kshs", "ksh", "shs", "sh", "prev", "cons", "prelim"]);

    /// <summary>Whether <paramref name="word"/> (without its period) is an abbreviation only before a figure.</summary>
    public static bool OnlyBeforeFigure(ReadOnlySpan<char> word) => word.Length <= 4 && BeforeFigureLookup.Contains(word);

    /// <summary>Abbreviations that may also end a sentence ("… in Washington, D.C." is handled by letter runs).</summary>
    // Session 32 (quant32, b20): "Mrd.", "Mio.", the German scales of English-language results tables ("EUR 136 Mrd.").
    private static readonly string[] Others = ["inc", "ltd", "corp", "co", "bros", "etc", "jr", "sr", "plc", "llc", "cf", "al", "mrd", "mio"];

    private static readonly AsciiWordTable<bool> AllLookup = AsciiWordTable.Of(Titles.Concat(Others));
    private static readonly AsciiWordTable<bool> TitleLookup = AsciiWordTable.Of(Titles);

    /// <summary>Whether <paramref name="word"/> (without its period) is an abbreviation that keeps its period.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => word.Length <= 8 && AllLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> (with or without its period) never ends a sentence.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word)
    {
        if (word.Length > 0 && word[^1] == '.')
        {
            word = word[..^1];
        }

        return word.Length <= 8 && TitleLookup.Contains(word);
    }
}
