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
    /// polls, a leaderboard) has no such majority and is left alone. A person with a person's marks is a person tabled
    /// beside organizations (a poll of parties and leaders, a list of shareholders, a standings of teams and drivers):
    /// one the document names as a person outside its tables (or whose surname it does: "Musk's ventures … Elon Musk
    /// (1971)"), or one whose first word is a known given name in a row of shares that do not move as a share price does
    /// ("Warren Buffett 3%", "Keir Starmer 24%", but "Hugo Boss +3.1%"). In a report of sport (<see cref="ReportsSport(Document, bool)"/>,
    /// strictly) the places among the rows are sides named by their city ("Denver 50-32") where the organizations are
    /// at least as many and every row's figure is a score, not a measure ("Sheffield 12 degrees").
    /// </summary>
    /// <remarks>Two walks over the names, each table visited twice in each, so linear.</remarks>
    private static void PersonsTabledWithOrganizations(Document document, List<Item> items)
    {
        // Persons named outside the tables, in full and by their last word.
        Places.SpanMemo<int>? named = null;
        for (int k = 0, end; k < items.Count; k = end + 1)
        {
            end = RunEnd(document, items, k, tabled: true);
            for (int j = k; j <= end && end - k < 2; j++)
            {
                if (items[j].Type == NameType.Person)
                {
                    AddText(document, ref named, Text(document, items[j]));
                    AddText(document, ref named, document.TokenText(items[j].Last));
                }
            }
        }

        bool? sport = null;
        for (int k = 0, end; k < items.Count; k = end + 1)
        {
            end = RunEnd(document, items, k, tabled: true);
            if (end - k < 2)
            {
                continue;
            }

            int organizations = 0, persons = 0, places = 0;
            bool measured = false; // a row's figure is a measure, not a score ("12 degrees", "14%")
            for (int j = k; j <= end; j++)
            {
                organizations += items[j].Type == NameType.Organization ? 1 : 0;
                persons += items[j].Type == NameType.Person ? 1 : 0;
                places += items[j].Type == NameType.Place ? 1 : 0;
                measured |= !ScoreFollows(document, items[j].Last);
            }

            // In a report of sport the rows are sides, and a side is named by its city ("Denver 50-32").
            bool sides = places > 0 && !measured && organizations >= 2 && organizations >= places
                && (sport ??= ReportsSport(document, strict: true));
            if (organizations < 2 || organizations <= persons)
            {
                continue;
            }

            for (int j = k; j <= end; j++)
            {
                Item item = items[j];
                if ((item.Type == NameType.Person || (sides && item.Type == NameType.Place))
                    && item.Cut == 0 && item.Last - item.First <= 3 && !TitleAt(document, item.First - 1)
                    && (item.Type != NameType.Person || !MarkedPerson(document, item, named)))
                {
                    items[j] = item with { Type = NameType.Organization, Name = null };
                }
            }
        }

        GiveBack(named);
    }

    /// <summary>Whether the tabled person <paramref name="item"/> carries a person's marks: named as a person outside
    /// the tables (<paramref name="persons"/>, in full or by its last word), or opening with a known given name in a
    /// row of a share ("3%") that does not move as a share price does ("Warren Buffett 3%", not "Hugo Boss +3.1%") and that no list knows as an
    /// organization, nor one opening with a place's name unless a surname closes it ("Orlando Magic 95").</summary>
    private static bool MarkedPerson(Document document, Item item, Places.SpanMemo<int>? persons) =>
        ContainsText(document, persons, Text(document, item)) || ContainsText(document, persons, document.TokenText(item.Last))
        || (item.Last > item.First && !SignedFigureFollows(document, item.Last) && ShareFollows(document, item.Last)
            && (ListKinds(document, item.First, item.Last) & OrganizationKinds) == 0
            && ((ListKinds(document, item.First, item.First) & GivenNameKinds) != 0
                || NameLexicon.Default.Contains(document.TokenText(item.First), LexiconClass.GivenName))
            && ((ListKinds(document, item.Last, item.Last) & (1 << (int)NameListKind.SurnameCommon | 1 << (int)NameListKind.SurnameRare)) != 0
                || !(IsKnownPlace(document.TokenText(item.First))
                    || NameLexicon.Default.ContainsAny(document.TokenText(item.First), LexiconClass.City, LexiconClass.Country, LexiconClass.Region))));

    /// <summary>
    /// Rows of a table of organizations the recognizer left untagged are organizations too: a run of up to four
    /// capitalised words, followed by its own figure, with an organization (or a row just added) before it across a
    /// figure cell, or an organization after it across one ("Advantest +5%, Fast Retailing -1%, Toyota Motor -2%",
    /// "Losers: Dangote Sugar -5%; Transcorp -2.1%."). Not a known place, nationality or common capitalised word
    /// (<see cref="MayNameListedOrganization"/>), nor one opening with a day, a month, a title or a headline's verb,
    /// nor one a word stands right before.
    /// </summary>
    /// <remarks>One walk over the capitalised words (<see cref="TagUntaggedRuns"/>), each looking at its neighbours, so linear.</remarks>
    private static List<Item> RowsTabledWithOrganizations(Document document, List<Item> items)
    {
        int chained = -1; // the last token of the last row licensed only by the row added before it
        return TagUntaggedRuns(document, items, 4, (first, last, added) =>
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
            int before = first > 0 ? LowerBound(items, first) - 1 : -1;
            bool beside = (before >= 0 && items[before].Type == NameType.Organization && FigureCellBetween(document, items[before].Last, first))
                || (after >= 0 && items[after].Type == NameType.Organization && FigureCellBetween(document, last, items[after].First));

            // A row added from an organization licenses the next; one added from a row alone does not, so one
            // organization does not make a chain of capitalised words organizations ("Brent Crude +0.8%").
            bool chain = !beside && added.Count > 0 && added[^1].Last != chained && FigureCellBetween(document, added[^1].Last, first);
            if (beside || chain)
            {
                added.Add(new Item(first, last, NameType.Organization, null, null));
                chained = chain ? last : chained;
            }

            return last;
        });
    }

    /// <summary>Whether a figure follows token <paramref name="last"/>: a number, perhaps signed or after a currency sign, or "flat".</summary>
    private static bool FigureFollows(Document document, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int i = last + 1;
        if (i < tokens.Length && (IsSign(document.TokenText(i)) || IsCurrency(document.TokenText(i))))
        {
            i++;
        }

        return i < tokens.Length && (tokens[i].Kind == TokenKind.Number || FigureWords.Contains(document.TokenText(i)));
    }

    /// <summary>Whether a change follows token <paramref name="last"/> as in a table of share moves: a signed number
    /// ("+3.1%", "-0.6%") or "flat".</summary>
    private static bool SignedFigureFollows(Document document, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int i = last + 1;
        if (i >= tokens.Length)
        {
            return false;
        }

        ReadOnlySpan<char> text = document.TokenText(i);
        return FigureWords.Contains(text) || (tokens[i].Kind == TokenKind.Number && text.Length > 1 && IsSign(text[..1]))
            || (IsSign(text) && i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Number);
    }

    /// <summary>Whether a share follows token <paramref name="last"/>: a number and "%" ("24%" in a poll, "3%" of a
    /// company's stock).</summary>
    private static bool ShareFollows(Document document, int last) =>
        last + 2 < document.Tokens.Length && document.Tokens[last + 1].Kind == TokenKind.Number && document.TokenText(last + 2) is "%";

    /// <summary>Whether a score follows token <paramref name="last"/>: a whole number or "2-1", not a measure after it
    /// ("14%", "12 degrees", <c>measure-units</c> in LinkerWords.txt).</summary>
    private static bool ScoreFollows(Document document, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int i = last + 1;
        if (i >= tokens.Length || tokens[i].Kind != TokenKind.Number)
        {
            return false;
        }

        int next = i + 1;
        if (IsScore(document, i))
        {
            next = i + 1 < tokens.Length && document.TokenText(i + 1) is "-" ? i + 3 : i + 1;
        }
        else if (!AllDigits(document.TokenText(i)))
        {
            return false;
        }

        return next >= tokens.Length || !(document.TokenText(next) is "%" || MeasureUnits.Contains(document.TokenText(next)));
    }

    /// <summary>Words that make a figure a figure ("Henkel flat").</summary>
    private static readonly WordSet FigureWords = LinkerWords.Set("figure-words");

    /// <summary>Units after a number that make it a measure, not a score ("12 degrees").</summary>
    private static readonly WordSet MeasureUnits = LinkerWords.Set("measure-units");

    /// <summary>Whether <paramref name="text"/> is a sign before a figure ("+", "-", the minus sign, the en dash).</summary>
    private static bool IsSign(ReadOnlySpan<char> text) => text is "+" or "-" or "\u2212" or "\u2013";

    /// <summary>Whether <paramref name="text"/> is a currency sign before a figure.</summary>
    private static bool IsCurrency(ReadOnlySpan<char> text) => text is "$" or "£" or "€" or "¥" or "₹";

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
                case TokenKind.Number when open && i == a + 2 && i + 1 < b && document.TokenText(i + 1) is ")" && Year(text):
                    return false; // a year in brackets: "Tesla (2003), SpaceX (2002)" lists, it sets out no table
                case TokenKind.Number:
                    figure = true;
                    break;
                case TokenKind.Symbol or TokenKind.Punctuation when IsSign(text) || IsCurrency(text) || text is "%":
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
                case TokenKind.Word when FigureWords.Contains(text):
                    figure = true;
                    break;
                default:
                    return false;
            }
        }

        return figure && !open;
    }

    /// <summary>Whether <paramref name="text"/> is a year of four digits, 1000 to 2100.</summary>
    private static bool Year(ReadOnlySpan<char> text) =>
        text.Length == 4 && AllDigits(text) && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) is >= 1000 and <= 2100;

    /// <summary>Whether token <paramref name="i"/> is a rank: one or two digits.</summary>
    private static bool Rank(Document document, int i)
    {
        ReadOnlySpan<char> text = document.TokenText(i);
        return document.Tokens[i].Kind == TokenKind.Number && text.Length <= 2 && char.IsAsciiDigit(text[^1]);
    }
}
