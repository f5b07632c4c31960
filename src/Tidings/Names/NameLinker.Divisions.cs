using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Names that carry a number or a letter of their own: divisions of a league ("Ligue 2", "Serie B", "League
/// One", "2. Bundesliga"), clubs named with a year ("Hannover 96" in a results line), union locals ("Local 226") and
/// units or courts counted by an ordinal ("the 3rd Assault Brigade", "the 2nd U.S. Circuit Court of Appeals").</summary>
internal static partial class NameLinker
{
    /// <summary>Heads a division number follows ("Liga 1", "Ligue 2", "Local 226"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet NumberedHeads = LinkerWords.Set("numbered-heads");

    /// <summary>Heads a division letter follows ("Serie B"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet LetteredHeads = LinkerWords.Set("lettered-heads");

    /// <summary>Words that make a name a military unit or a court counted by an ordinal ("Brigade", "Circuit"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet OrdinalUnits = LinkerWords.Set("ordinal-units");

    /// <summary>Heads that open a division name even when the recognizer left them untagged ("Serie B", "League One", "Liga 1").</summary>
    private static bool OpensDivision(ReadOnlySpan<char> word) =>
        word is "Liga" or "Ligue" or "Serie" or "Série" or "League" or "Bundesliga" || IsLetteredLeague(word);

    /// <summary>Division heads as a heading writes them in capitals ("LIGUE 1", "2. BUNDESLIGA"), read as written in a sentence
    /// (<c>LinkerWords.txt</c>, <c>division-heads</c>).</summary>
    private static readonly string[] CapitalDivisionHeads = LinkerWords.Words("division-heads");

    /// <summary>The text of token <paramref name="i"/>, a division head in capitals given as a sentence writes it.</summary>
    private static ReadOnlySpan<char> DivisionHeadText(Document document, int i)
    {
        ReadOnlySpan<char> word = document.TokenText(i);
        if (word.Length >= 3 && document.Tokens[i].Has(TokenTraits.AllCaps))
        {
            foreach (string head in CapitalDivisionHeads)
            {
                if (word.Equals(head, StringComparison.OrdinalIgnoreCase))
                {
                    return head;
                }
            }
        }

        return word;
    }

    /// <summary>"A-League", "V.League", "J-League": one or two letters joined to "League".</summary>
    private static bool IsLetteredLeague(ReadOnlySpan<char> word) =>
        word.Length is 8 or 9 && word.EndsWith("League", StringComparison.Ordinal) && word[^7] is '-' or '.' && char.IsUpper(word[0]);

    /// <summary>Whether token <paramref name="i"/> is the number or letter of the division whose head is
    /// <paramref name="head"/> ("1", "B", "One").</summary>
    private static bool IsDivisionMark(Document document, int head, int i)
    {
        if (i >= document.Tokens.Length || document.Tokens[i].Has(TokenTraits.LineBreakBefore) || !document.Tokens[i].Has(TokenTraits.SpaceBefore))
        {
            return false;
        }

        ReadOnlySpan<char> word = DivisionHeadText(document, head);
        ReadOnlySpan<char> mark = document.TokenText(i);
        if (word is "League")
        {
            return mark is "One" or "Two";
        }

        if (LetteredHeads.Contains(word))
        {
            return mark.Length == 1 && mark[0] is >= 'A' and <= 'D';
        }

        return (NumberedHeads.Contains(word) || IsLetteredLeague(word)) && document.Tokens[i].Kind == TokenKind.Number
            && mark.Length is > 0 and <= 3 && AllDigits(mark);
    }

    /// <summary>A number then a period before a division head at the start of a line or a list ("2. Bundesliga:").</summary>
    private static int NumberedDivisionStart(Document document, int first)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (DivisionHeadText(document, first) is not ("Bundesliga" or "Liga"))
        {
            return first;
        }

        int number = first - 1;
        if (number >= 0 && tokens[number].Kind == TokenKind.Number && document.TokenText(number) is [>= '1' and <= '9', '.'])
        {
            return number;
        }

        if (number >= 1 && document.TokenText(number) is "." && document.TokenText(number - 1) is [>= '1' and <= '9']
            && tokens[number - 1].Kind == TokenKind.Number && tokens[number].Start == tokens[number - 1].End)
        {
            return number - 1;
        }

        return first;
    }

    /// <summary>Whether token <paramref name="i"/> is an ordinal number ("3rd", "2nd", "101st").</summary>
    private static bool IsOrdinal(Document document, int i)
    {
        ReadOnlySpan<char> text = document.TokenText(i);
        return document.Tokens[i].Kind == TokenKind.Number && text.Length is >= 3 and <= 5 && AllDigits(text[..^2])
            && text[^2..] is "st" or "nd" or "rd" or "th";
    }

    /// <summary>Whether a name the recognizer called "other" (an event, a competition) is a league as a body: a division with
    /// its mark ("promotion from Serie B", "V.League 1", "Ligue 2"), a lettered league ("A-League"), or a league named
    /// for its country, level or sport ("Kenyan Premier League", "English Football League"; not a competition between
    /// clubs of several leagues: "Champions League", "Europa League", "Nations League").</summary>
    private static bool NamesDivision(Document document, int first, int last)
    {
        ReadOnlySpan<char> end = document.TokenText(last);
        if ((last == first + 1 && IsDivisionMark(document, first, last)) || (first == last && IsLetteredLeague(end))
            || (last == first + 1 && IsLetteredLeague(document.TokenText(first)) && IsDivisionMark(document, first, last)))
        {
            return true;
        }

        return end is "League" && last > first && DivisionLeagueWords.Contains(document.TokenText(last - 1));
    }

    /// <summary>Words before "League" that make it a league as a body ("Premier League", "Football League"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet DivisionLeagueWords = LinkerWords.Set("division-league-words");

    /// <summary>Whether the organization <paramref name="first"/>..<paramref name="last"/> has a word of a unit or a court.</summary>
    private static bool HasOrdinalUnit(Document document, int first, int last)
    {
        for (int i = first; i <= last; i++)
        {
            if (OrdinalUnits.Contains(document.TokenText(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Gives names their numbers and letters: an organization ending in a division head takes the mark after it
    /// ("Liga 1", "Ligue 2", "Culinary Workers Union Local 226"), and an untagged head with its mark is one ("Serie
    /// B:", "League One:", "A-League"); "2. Bundesliga" keeps its number; a club followed by two numbers in a row (a
    /// results line) takes the first as its year ("Hannover 96 3 Preußen Münster 0"); a unit or a court takes the
    /// ordinal before it, with a "U.S." between ("the 2nd U.S. Circuit Court of Appeals").
    /// </summary>
    /// <remarks>One pass over the names and one over the tokens (a pointer into the sorted names), so linear.</remarks>
    private static List<Item> DivisionNames(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        bool removed = false;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Type == NameType.Miscellaneous && item.Cut == 0 && NamesDivision(document, item.First, item.Last))
            {
                item = items[k] = item with { Type = NameType.Organization };
            }

            if (item.Type != NameType.Organization || item.Cut != 0)
            {
                continue;
            }

            int nextFirst = k + 1 < items.Count ? items[k + 1].First : tokens.Length;
            int last = item.Last;
            if (last + 1 < nextFirst && IsDivisionMark(document, last, last + 1))
            {
                last++;
            }
            else if (last + 2 < nextFirst && tokens[last + 1].Kind == TokenKind.Number && document.TokenText(last + 1).Length == 2
                && AllDigits(document.TokenText(last + 1)) && tokens[last + 2].Kind == TokenKind.Number && AllDigits(document.TokenText(last + 2))
                && document.TokenText(last + 2).Length <= 2 && !tokens[last + 1].Has(TokenTraits.LineBreakBefore) && !tokens[last + 2].Has(TokenTraits.LineBreakBefore)
                // A table row has more numbers ("Celtic 21 15 4 2"), or its place on the next line ("1. Arsenal 33" then
                // "2. …"): only a score on the same line, then a word or a stop, is a result.
                && (last + 3 >= tokens.Length || tokens[last + 3].Kind != TokenKind.Number)
                // A rank before the club makes the line a table of standings ("1 Liverpool 84 2 Arsenal 74", "5. Aston
                // Martin 94 6. Alpine 65"): the number after it is its points.
                && !RankedBefore(document, item.First))
            {
                last++;
            }

            int first = NumberedDivisionStart(document, item.First);
            int previousLast = k > 0 ? items[k - 1].Last : -1;
            if (first < item.First && first <= previousLast)
            {
                first = item.First;
            }

            if (first == item.First && HasOrdinalUnit(document, item.First, item.Last))
            {
                if (first > 0 && first - 1 > previousLast && IsOrdinal(document, first - 1))
                {
                    first--;
                }
                else if (first > 1 && previousLast == first - 1 && items[k - 1].First == first - 1 && document.TokenText(first - 1) is "U.S." or "US"
                    && IsOrdinal(document, first - 2) && (k < 2 || items[k - 2].Last < first - 2))
                {
                    items[k - 1] = items[k - 1] with { Last = -1 };
                    removed = true;
                    first -= 2;
                }
            }

            if (first != item.First || last != item.Last)
            {
                items[k] = item with { First = first, Last = last, Name = null, Acronym = null };
            }
        }

        if (removed)
        {
            items.RemoveAll(static item => item.Last < 0); // a "U.S." joined to the court after it
        }

        List<Item>? added = null;
        int n = 0;
        for (int i = 0; i + 1 < tokens.Length; i++)
        {
            while (n < items.Count && items[n].Last < i)
            {
                n++;
            }

            if ((n < items.Count && items[n].First <= i) || !tokens[i].Has(TokenTraits.Capitalized) || !OpensDivision(DivisionHeadText(document, i)))
            {
                continue;
            }

            bool mark = IsDivisionMark(document, i, i + 1) && (n >= items.Count || items[n].First > i + 1);
            if (!mark && !IsLetteredLeague(document.TokenText(i)))
            {
                continue;
            }

            int start = NumberedDivisionStart(document, i);
            if (n > 0 && items[n - 1].Last >= start)
            {
                start = i;
            }

            (added ??= TakeList(4)).Add(new Item(start, mark ? i + 1 : i, NameType.Organization, null, null));
        }

        if (added is null)
        {
            return items;
        }

        List<Item> result = MergeSorted(items, added);
        GiveBack(added);
        return result;
    }

    /// <summary>Whether a rank stands right before token <paramref name="first"/>: a number, or a number and its full
    /// stop ("1 Liverpool", "5. Aston Martin").</summary>
    private static bool RankedBefore(Document document, int first)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int before = first - 1;
        if (before >= 1 && document.TokenText(before) is ".")
        {
            before--;
        }

        return before >= 0 && tokens[before].Kind == TokenKind.Number && AllDigits(document.TokenText(before).TrimEnd('.'));
    }
}
