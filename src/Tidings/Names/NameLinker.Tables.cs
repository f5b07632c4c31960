using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Names set out as a table: each followed by its figure and a separator ("Paris: Airbus +2.2%, Safran +1.8%, Thales
/// +3.5%", "Denver Nuggets 104; New York Knicks 112", "Kerry 2-18 Armagh 0-20", "Morena 236, PAN 72", "4. Cancer
/// Research UK 5. Guide Dogs"). The rows of one table name things of one kind, so the organizations among them decide
/// the type of the rows the recognizer took for persons.
/// </summary>
internal static partial class NameLinker
{
    /// <summary>The most tokens a figure cell between two rows may hold ("-5.1 % ,", "$ 219m ;", "2-18").</summary>
    private const int MaxFigureCell = 6;

    /// <summary>
    /// Persons among the rows of a table of organizations become organizations: where at least three names follow each
    /// other with only a figure cell between them (<see cref="FigureCellBetween"/>), at least two are organizations and
    /// they outnumber the persons, a person of up to four words with no title before it is an organization ("Safran
    /// +1.8%", "Rémy Cointreau -5.1%", "Orlando Magic 103", "Movimiento Ciudadano 27"). A table of persons (scorers,
    /// polls, a leaderboard) has no such majority and is left alone. In a report of sport the places among the rows
    /// are sides named by their city ("Denver 50-32") where the organizations are at least as many.
    /// </summary>
    /// <remarks>One walk over the names, each table visited twice, so linear.</remarks>
    private static void PersonsTabledWithOrganizations(Document document, List<Item> items)
    {
        bool? sport = null;
        int k = 0;
        while (k < items.Count)
        {
            int end = RunEnd(document, items, k, tabled: true);
            if (end - k >= 2)
            {
                int organizations = 0, persons = 0, places = 0;
                for (int j = k; j <= end; j++)
                {
                    organizations += items[j].Type == NameType.Organization ? 1 : 0;
                    persons += items[j].Type == NameType.Person ? 1 : 0;
                    places += items[j].Type == NameType.Place ? 1 : 0;
                }

                // In a report of sport the rows are sides, and a side is named by its city ("Denver 50-32").
                bool sides = places > 0 && organizations >= 2 && organizations >= places && (sport ??= ReportsSport(document));
                if (organizations >= 2 && organizations > persons)
                {
                    for (int j = k; j <= end; j++)
                    {
                        Item item = items[j];
                        if ((item.Type == NameType.Person || (sides && item.Type == NameType.Place))
                            && item.Cut == 0 && item.Last - item.First <= 3 && !TitleAt(document, item.First - 1))
                        {
                            items[j] = item with { Type = NameType.Organization, Name = null };
                        }
                    }
                }
            }

            k = end + 1;
        }
    }

    /// <summary>
    /// Rows of a table of organizations the recognizer left untagged are organizations too: a run of up to four
    /// capitalised words, followed by its own figure, with an organization (or a row just added) before it across a
    /// figure cell, or an organization after it across one ("Advantest +5%, Fast Retailing -1%, Toyota Motor -2%",
    /// "Losers: Dangote Sugar -5%; Transcorp -2.1%."). Not a known place, nationality or common capitalised word
    /// (<see cref="MayNameListedOrganization"/>), nor one opening with a day, a month, a title or a headline's verb,
    /// nor one a word stands right before.
    /// </summary>
    /// <remarks>One walk over the capitalised words (<see cref="TagUntaggedRuns"/>), each looking at its neighbours, so linear.</remarks>
    private static List<Item> RowsTabledWithOrganizations(Document document, List<Item> items) =>
        TagUntaggedRuns(document, items, 4, (first, last, added) =>
        {
            // A row opens the text or follows a figure cell or heading punctuation, not a word ("Pets at Home", "Kenya
            // Power" after a place, "3M Jumps 8%" after a headline's subject).
            if (!FigureFollows(document, last) || (first > 0 && document.Tokens[first - 1].Kind == TokenKind.Word)
                || !MayNameListedOrganization(document, first, last) || ComplementStops.Contains(document.TokenText(first))
                || HeadlineVerbs.Contains(document.TokenText(first)))
            {
                return last;
            }

            int after = FindItemAt(items, FirstNameAfter(document, last));
            int before = first > 0 ? FindItemBefore(items, first) : -1;
            bool row = (added.Count > 0 && FigureCellBetween(document, added[^1].Last, first))
                || (before >= 0 && items[before].Type == NameType.Organization && FigureCellBetween(document, items[before].Last, first))
                || (after >= 0 && items[after].Type == NameType.Organization && FigureCellBetween(document, last, items[after].First));
            if (row)
            {
                added.Add(new Item(first, last, NameType.Organization, null, null));
            }

            return last;
        });

    /// <summary>Whether a figure follows token <paramref name="last"/>: a number, perhaps signed or after a currency sign, or "flat".</summary>
    private static bool FigureFollows(Document document, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int i = last + 1;
        if (i < tokens.Length && document.TokenText(i) is "+" or "-" or "−" or "–" or "$" or "£" or "€")
        {
            i++;
        }

        return i < tokens.Length && (tokens[i].Kind == TokenKind.Number || document.TokenText(i) is "flat" or "unchanged");
    }

    /// <summary>The first token after <paramref name="last"/> and the figure cell after it that may open a name (at most
    /// <see cref="MaxFigureCell"/> tokens on), or -1.</summary>
    private static int FirstNameAfter(Document document, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int i = last + 1; i < tokens.Length && i - last <= MaxFigureCell + 1; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && i - last > 1)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index of the last name ending before token <paramref name="i"/>, or -1.</summary>
    private static int FindItemBefore(List<Item> items, int i)
    {
        int lo = 0, hi = items.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (items[mid].Last < i)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The last of the names from <paramref name="k"/> on that follow each other as one list: joined by
    /// ",", "and", "or" (<see cref="Coordinated"/>), or, when <paramref name="tabled"/>, by figure cells.</summary>
    private static int RunEnd(Document document, List<Item> items, int k, bool tabled)
    {
        int end = k;
        while (end + 1 < items.Count
            && (tabled ? FigureCellBetween(document, items[end].Last, items[end + 1].First) : Coordinated(document, items[end].Last, items[end + 1].First)))
        {
            end++;
        }

        return end;
    }

    /// <summary>Whether only a figure cell stands between tokens <paramref name="a"/> and <paramref name="b"/>: a number
    /// (or "flat"), perhaps signed, with its currency, "%" or its own brackets ("($30bn)"), then at most one separator
    /// (",", ";", "/", "|") and a rank ("; 2 Visma", "5. Guide Dogs"), or nothing where a score runs on to the next row
    /// ("Kerry 2-18 Armagh"). A bracket left open or closed from before is a row inside another ("Vidarbha 379 (Danish
    /// Malewar 153)"), and a period that is not a rank's ends the table.</summary>
    private static bool FigureCellBetween(Document document, int a, int b)
    {
        if (b - a - 1 is < 1 or > MaxFigureCell)
        {
            return false;
        }

        ReadOnlySpan<Token> tokens = document.Tokens;
        bool figure = false, open = false;
        int separators = 0;
        for (int i = a + 1; i < b; i++)
        {
            ReadOnlySpan<char> text = document.TokenText(i);
            switch (tokens[i].Kind)
            {
                case TokenKind.Number:
                    figure = true;
                    break;
                case TokenKind.Symbol when text is "+" or "%" or "$" or "£" or "€" or "−":
                case TokenKind.Punctuation when text is "-" or "–":
                    break;
                case TokenKind.Punctuation when text is "(" && !open:
                    open = true;
                    break;
                case TokenKind.Punctuation when text is ")" && open:
                    open = false;
                    break;
                case TokenKind.Punctuation when text is "," or ";" or "/" or "|":
                    if (++separators > 1)
                    {
                        return false;
                    }

                    break;
                case TokenKind.Punctuation when text is "." && i == b - 1 && Rank(document, i - 1):
                    break; // the next row's rank: "5. Guide Dogs"
                case TokenKind.Word when text is "flat" or "unchanged":
                    figure = true;
                    break;
                default:
                    return false;
            }
        }

        return figure && !open;
    }

    /// <summary>Whether token <paramref name="i"/> is a rank: one or two digits.</summary>
    private static bool Rank(Document document, int i)
    {
        ReadOnlySpan<char> text = document.TokenText(i);
        return document.Tokens[i].Kind == TokenKind.Number && text.Length <= 2 && char.IsAsciiDigit(text[^1]);
    }
}
