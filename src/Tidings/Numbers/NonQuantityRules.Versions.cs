using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// Session 38 (quant38, b26): numbers that name a release, a variant or a player, and points in time told by events:
/// software and model versions ("Gemini 2.5 Pro", "LockBit 3.0 affiliates", "PAN-OS 10.2, 11.0 and 11.1"), a model's size
/// as its name ("the 13B versions", "the 1.5B variant"), shirt numbers after a verb of wearing ("wears 23", "wore 10 at
/// Ajax") and "two seasons ago".
/// </summary>
internal sealed partial class NonQuantityRules
{
    /// <summary>Whether the number names a version, a variant or a shirt, or a point in time (see the class summary). May widen
    /// the draft over a list of versions.</summary>
    private bool IsVersionOrTime(ref Draft n, int before, int after)
    {
        // "two seasons ago", "three elections ago", "a few laps ago": a count of events before "ago" tells a time, not an amount.
        if (!n.HasUnit && !n.Ratio && IsWord(after) && !Info(after).Is(WordClass.Function) && Is(after + 1, "ago"))
        {
            return true;
        }

        if (n.Spelled || n.First != n.CoreFirst)
        {
            return false;
        }

        // "the 13B versions", "the 1.5B variant": a model's size glued to its figure names the model ([word-list] "model-variant").
        if (n.Scaled && !n.HasUnit && n.Last == n.CoreFirst && Tok(n.CoreFirst).Kind == TokenKind.Number && char.IsAsciiLetter(Source[Tok(n.CoreFirst).End - 1])
            && IsWord(after) && OnNamedList(after, "model-variant"))
        {
            return true;
        }

        // "he wears 23 because Beckham did", "who wore 10 at Ajax": a shirt number after a verb of wearing ([word-list]
        // "shirt-verb"), before no content word.
        if (n.Bare && n.Last == n.CoreFirst && n.Value is >= 1 and <= 99 && IsWord(before) && OnNamedList(before, "shirt-verb")
            && (after >= EndToken || !IsWord(after) || Info(after).Is(WordClass.Function)))
        {
            return true;
        }

        return VersionNumber(ref n, before, after);
    }

    /// <summary>A release's number: a plain decimal of one or two places under 100 after a capitalised name that is no unit,
    /// month or function word, before a capitalised word or another figure ("Gemini 2.5 Pro", "Claude 3.7 Sonnet", "Llama
    /// 3.1 405B"), or after a name with an inner capital or a hyphen ("LockBit 3.0", "PAN-OS 10.2", "iOS 17.2"), or ending in
    /// ".0" before a word ("Web 2.0 firms"). Not a table's row ("London 528.4 | South West 318.2"). The draft widens over a
    /// list of versions after it (", 11.0 and 11.1").</summary>
    private bool VersionNumber(ref Draft n, int before, int after)
    {
        if (!PlainDecimal(n) || n.Value >= 100 || DecimalPlaces(Text(n.CoreFirst)) is not (1 or 2) || before < FirstToken
            || !IsWord(before) || !(Tok(before).Has(TokenTraits.Capitalized) || Tok(before).Has(TokenTraits.AllCaps))
            || Info(before).Is(WordClass.Function) || Info(before).Is(WordClass.Month) || Tok(before).Has(TokenTraits.Abbreviation)
            || Units.TryCodeBefore(Text(before), out _) || Units.TrySingleWord(Text(before), out _))
        {
            return false;
        }

        ReadOnlySpan<char> name = Text(before);
        bool styled = HasInnerCapital(name) || name.IndexOf('-') > 0 && Tok(before).Has(TokenTraits.AllCaps);
        bool nameAfter = after < EndToken && (IsWord(after) && Tok(after).Has(TokenTraits.Capitalized) && !Tok(after).Has(TokenTraits.AllCaps)
            || Tok(after).Kind == TokenKind.Number && Tok(after).Has(TokenTraits.SpaceBefore) && char.IsAsciiLetter(Source[Tok(after).End - 1]));
        bool zero = Text(n.CoreFirst).EndsWith(".0", StringComparison.Ordinal) && IsWord(after) && !Tok(after).Has(TokenTraits.Capitalized);
        if (!styled && !nameAfter && !zero || NameFigureRow(before, after))
        {
            return false;
        }

        // ", 11.0 and 11.1": the versions listed after it are versions too.
        int k = after;
        while (k + 1 < EndToken && (Is(k, ",") || Is(k, "and") || Is(k, "or")) && Tok(k + 1).Kind == TokenKind.Number
            && DecimalPlaces(Text(k + 1)) is 1 or 2)
        {
            n.Last = k + 1;
            k += 2;
        }

        return true;
    }

    /// <summary>Review 38 (finding 1): a row of names and their figures ("Labour 34.5 Reform 28.1 Conservatives 17.2",
    /// "Germany 0.3 France 0.8"): a figure stands right before the name, or the capitalised word after the figure (one or two
    /// words) is followed by a figure of its own. A release's number is not one of a row.</summary>
    private bool NameFigureRow(int before, int after) =>
        before - 1 >= FirstToken && Tok(before - 1).Kind == TokenKind.Number
        || after + 1 < EndToken && IsWord(after) && Tok(after).Has(TokenTraits.Capitalized)
            && (Tok(after + 1).Kind == TokenKind.Number
                || after + 2 < EndToken && IsWord(after + 1) && Tok(after + 1).Has(TokenTraits.Capitalized) && Tok(after + 2).Kind == TokenKind.Number);
}
