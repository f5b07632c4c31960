using System.Runtime.CompilerServices;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>A name a news convention fixes: tokens <see cref="First"/> to <see cref="Last"/> are a <see cref="Type"/>.</summary>
/// <param name="First">The first token.</param>
/// <param name="Last">The last token.</param>
/// <param name="Type">Its type.</param>
internal readonly record struct ConventionName(int First, int Last, NameType Type);

/// <summary>
/// Names fixed by the conventions of news copy rather than by the words around them: datelines ("ANKARA (Reuters) -",
/// "SAN FRANCISCO, May 4 (Reuters) -": the city is a place, the agency an organization), bylines and credit lines
/// ("By Jane Smith", "Reporting by Jane Smith in London; Editing by John Doe": persons, and the place of reporting)
/// and photo credits ("REUTERS/Dado Ruvic", "Jane Smith/AP": the agency an organization, the photographer a person).
/// </summary>
internal static class Datelines
{
    /// <summary>Agencies that sign photo credits.</summary>
    private static readonly WordSet PhotoAgencies = new WordSet(
        ["REUTERS", "Reuters", "AP", "AFP", "EPA", "EPA-EFE", "Getty", "GETTY", "ANADOLU", "Anadolu", "Xinhua", "XINHUA", "TASS", "Sputnik", "SPUTNIK", "Bloomberg", "Shutterstock", "Pool", "POOL"]);

    /// <summary>Words before "by" in credit lines ("Reporting by", "Editing by", "Additional reporting by").</summary>
    private static readonly WordSet CreditWords = new WordSet(
        ["Reporting", "reporting", "Editing", "editing", "Writing", "writing", "Compiled", "compiled", "Photos", "photos", "Additional"]);

    /// <summary>Appends the convention names of <paramref name="document"/> to <paramref name="names"/>, in order.</summary>
    public static void Find(Document document, List<ConventionName> names)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int i = 0; i < tokens.Length; i++)
        {
            // Whether the token opens a line, asked once (three tests below read it): most tokens carry no line break before
            // them, which the inlined test of LineStart tells without a call.
            bool lineStart = LineStart(document, i);
            if (lineStart && Capital(document, i))
            {
                int next = Dateline(document, i, names);
                if (next > i)
                {
                    i = next - 1;
                    continue;
                }
            }

            ReadOnlySpan<char> text = document.TokenText(i);
            if ((text is "By" && lineStart) || (text is "by" or "By" && i > 0 && CreditWords.Contains(document.TokenText(i - 1))))
            {
                i = Credits(document, i + 1, names) - 1;
                continue;
            }

            if (lineStart && PhotoAgencies.Contains(text) && i + 1 < tokens.Length && IsRole(document.TokenText(i + 1)))
            {
                // "AP Sports Writer", "Reuters Correspondent" under a byline: the agency, then a role.
                int end = i + 1;
                while (end < tokens.Length && end - i <= 3 && Capital(document, end) && !LineStart(document, end))
                {
                    end++;
                }

                names.Add(new ConventionName(i, i, NameType.Organization));
                names.Add(new ConventionName(i + 1, end - 1, NameType.Miscellaneous));
                i = end - 1;
                continue;
            }

            if (text is "/" && i > 0 && i + 1 < tokens.Length && Adjacent(document, i - 1, i) && Adjacent(document, i, i + 1))
            {
                PhotoCredit(document, i, names);
            }
        }
    }

    /// <summary>"CITY[, Region][, Month Day] (Agency) -": returns the token after the dash, or <paramref name="i"/> when there is no dateline.</summary>
    private static int Dateline(Document document, int i, List<ConventionName> names)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int j = CapitalRun(document, i, 4);
        if (j == i)
        {
            return i;
        }

        int cityEnd = j;
        int regionStart = -1, regionEnd = -1;
        while (j < tokens.Length && document.TokenText(j) is ",")
        {
            j++;
            if (j < tokens.Length && IsMonth(document.TokenText(j)))
            {
                j++;
                if (j < tokens.Length && document.TokenText(j) is ".")
                {
                    j++;
                }

                if (j < tokens.Length && tokens[j].Kind == TokenKind.Number)
                {
                    j++;
                }
            }
            else if (regionStart < 0)
            {
                int end = CapitalRun(document, j, 3);
                if (end == j)
                {
                    return i;
                }

                // An abbreviated state keeps its period ("ASHBURN, Va. (AP) -", "ORCHARD PARK, N.Y. (AP) -").
                if (end < tokens.Length && document.TokenText(end) is "." && Adjacent(document, end - 1, end))
                {
                    end++;
                }

                (regionStart, regionEnd) = (j, end);
                j = end;
            }
            else
            {
                return i;
            }
        }

        if (j + 1 < tokens.Length && IsDash(document.TokenText(j)) && AllCapsCity(document, i, cityEnd)
            && Capital(document, j + 1) && !tokens[j + 1].Has(TokenTraits.AllCaps))
        {
            // No agency: "BRISTOL - First Bus will cut…", "LORDSTOWN, Ohio - Foxconn …" (a city in capitals, a dash,
            // then a sentence in ordinary case; not a heading such as "SOCCER - ENGLISH PREMIER LEAGUE RESULTS").
            names.Add(new ConventionName(i, cityEnd - 1, NameType.Place));
            if (regionStart >= 0)
            {
                names.Add(new ConventionName(regionStart, regionEnd - 1, NameType.Place));
            }

            return j + 1;
        }

        if (j + 3 >= tokens.Length || document.TokenText(j) is not "(")
        {
            return i;
        }

        // The agency as it signs, in any case ("(Reuters)", "(dpa)").
        int agencyStart = j + 1;
        int agencyEnd = agencyStart;
        while (agencyEnd < tokens.Length && agencyEnd - agencyStart < 4 && tokens[agencyEnd].Kind == TokenKind.Word)
        {
            agencyEnd++;
        }

        if (agencyEnd == agencyStart || agencyEnd >= tokens.Length || document.TokenText(agencyEnd) is not ")"
            || agencyEnd + 1 >= tokens.Length || !IsDash(document.TokenText(agencyEnd + 1)))
        {
            return i;
        }

        names.Add(new ConventionName(i, cityEnd - 1, NameType.Place));
        if (regionStart >= 0)
        {
            names.Add(new ConventionName(regionStart, regionEnd - 1, NameType.Place));
        }

        names.Add(new ConventionName(agencyStart, agencyEnd - 1, NameType.Organization));
        return agencyEnd + 2;
    }

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="end"/> (exclusive) are a dateline's city in
    /// capitals: words of upper-case letters only (hyphens and apostrophes aside), the first of three letters or more
    /// ("SAO PAULO", "SANTA CRUZ DE TENERIFE", "BOGOTÁ"; not "AP" or "U.S.").</summary>
    private static bool AllCapsCity(Document document, int first, int end)
    {
        for (int i = first; i < end; i++)
        {
            ReadOnlySpan<char> text = document.TokenText(i);
            if (i == first && text.Length < 3)
            {
                return false;
            }

            foreach (char c in text)
            {
                if (!char.IsUpper(c) && c is not ('-' or '\'' or '\u2019'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The persons of a byline or credit line after "by" ("Jane Smith and John Doe in London"): returns the token after them.</summary>
    private static int Credits(Document document, int i, List<ConventionName> names)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int j = i;
        bool any = false;
        while (j < tokens.Length)
        {
            int end = CapitalRun(document, j, 4);
            if (end == j || end - j > 4)
            {
                break;
            }

            // "By Jamie Gardner, PA": an agency after the writers is the organization they write for.
            bool agency = any && end == j + 1 && document.TokenText(j - 1) is "," && (PhotoAgencies.Contains(document.TokenText(j))
                || (tokens[j].Has(TokenTraits.AllCaps) && tokens[j].Length <= 5)
                || (NameTables.Default.Kinds(NameLexicon.Extend(0, FeatureHash.OfText(document.TokenText(j), lower: true, foldDigits: true)))
                    & (1 << (int)NameListKind.Media)) != 0);
            names.Add(new ConventionName(j, end - 1, agency ? NameType.Organization : NameType.Person));
            any = true;
            j = end;
            if (j + 1 < tokens.Length && document.TokenText(j) is "and" or "," or "&" && Capital(document, j + 1))
            {
                j++;
                continue;
            }

            break;
        }

        if (any && j + 2 < tokens.Length && document.TokenText(j) is "," && document.TokenText(j + 1) is "the" or "The" && Capital(document, j + 2))
        {
            // "By Jane Smith, the Guardian": the paper.
            int end = CapitalRun(document, j + 2, 4);
            names.Add(new ConventionName(j + 2, end - 1, NameType.Organization));
            return end;
        }

        if (any && j + 1 < tokens.Length && document.TokenText(j) is "in" && Capital(document, j + 1))
        {
            // "Reporting by Jane Smith in London": the place of reporting.
            int end = CapitalRun(document, j + 1, 3);
            names.Add(new ConventionName(j + 1, end - 1, NameType.Place));
            j = end;
        }

        return Math.Max(j, i);
    }

    /// <summary>"REUTERS/Dado Ruvic" or "Jane Smith/AP", with the slash at token <paramref name="slash"/>.</summary>
    private static void PhotoCredit(Document document, int slash, List<ConventionName> names)
    {
        if (PhotoAgencies.Contains(document.TokenText(slash - 1)) && Capital(document, slash + 1))
        {
            int end = CapitalRun(document, slash + 1, 3);
            if (end - (slash + 1) >= 2)
            {
                names.Add(new ConventionName(slash - 1, slash - 1, NameType.Organization));
                names.Add(new ConventionName(slash + 1, end - 1, NameType.Person));

                // "REUTERS/Name/File Photo", "/Illustration", "/Pool": a note on the picture, no name.
                if (end + 1 < document.Tokens.Length && document.TokenText(end) is "/" && Capital(document, end + 1))
                {
                    names.Add(new ConventionName(end + 1, CapitalRun(document, end + 1, 2) - 1, NameType.Miscellaneous));
                }
            }
            else if (end == slash + 2 && (end >= document.Tokens.Length || !Capital(document, end)))
            {
                // "Reuters/Ipsos": a poll by two organizations.
                names.Add(new ConventionName(slash - 1, slash - 1, NameType.Organization));
                names.Add(new ConventionName(slash + 1, slash + 1, NameType.Organization));
            }
        }
        else if (slash >= 2 && document.TokenText(slash - 1) is "Photo" && PhotoAgencies.Contains(document.TokenText(slash - 2))
            && Capital(document, slash + 1) && CapitalRun(document, slash + 1, 3) - (slash + 1) >= 2)
        {
            // "(AP Photo/Marwan Ali)": the agency, its word for a picture, then the photographer.
            names.Add(new ConventionName(slash - 2, slash - 2, NameType.Organization));
            names.Add(new ConventionName(slash + 1, CapitalRun(document, slash + 1, 3) - 1, NameType.Person));
        }
        else if (PhotoAgencies.Contains(document.TokenText(slash + 1)) && Capital(document, slash - 1)
            && (slash + 2 >= document.Tokens.Length || !Capital(document, slash + 2)))
        {
            int start = slash - 1;
            while (start > 0 && slash - start < 3 && Capital(document, start - 1) && !LineStart(document, start))
            {
                start--;
            }

            if (slash - start >= 2)
            {
                names.Add(new ConventionName(start, slash - 1, NameType.Person));
                names.Add(new ConventionName(slash + 1, slash + 1, NameType.Organization));
            }
        }
    }

    /// <summary>The end of a run of at most <paramref name="max"/> capitalised words from <paramref name="i"/> (hyphens and
    /// dotted initials inside count: "Port-au-Prince", "J. Smith").</summary>
    private static int CapitalRun(Document document, int i, int max)
    {
        int j = i;
        int words = 0;
        while (j < document.Tokens.Length && words < max && Capital(document, j) && (j == i || !LineStart(document, j)))
        {
            j++;
            words++;
            // An initial's period ("J. Smith"), not a sentence's ("REUTERS/Mike Blake. Tesla shares fell").
            if (j + 1 < document.Tokens.Length && document.TokenText(j) is "." && Adjacent(document, j - 1, j) && Capital(document, j + 1)
                && document.TokenText(j - 1).Length == 1)
            {
                j++;
            }
        }

        return j;
    }

    private static bool Capital(Document document, int i) =>
        i < document.Tokens.Length && document.Tokens[i].Kind == TokenKind.Word && document.Tokens[i].Has(TokenTraits.Capitalized)
        && !IsMonth(document.TokenText(i));

    private static bool Adjacent(Document document, int a, int b) => document.Tokens[a].End == document.Tokens[b].Start;

    /// <summary>Whether token <paramref name="i"/> opens a line (only white space before it on its line).</summary>
    /// <remarks>A '\n' or '\r' between two tokens always sets the token's LineBreakBefore (NewsTokenizer), so a token without it
    /// opens no line, and the text between the tokens need not be read: that test is inlined, the rest is
    /// <see cref="LineStartAfterBreak"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LineStart(Document document, int i) =>
        (i == 0 || document.Tokens[i].Has(TokenTraits.LineBreakBefore)) && LineStartAfterBreak(document, i);

    private static bool LineStartAfterBreak(Document document, int i)
    {
        int start = document.Tokens[i].Start;
        int from = i == 0 ? 0 : document.Tokens[i - 1].End;
        if (i > 0 && document.Text.AsSpan(from, start - from).IndexOfAny('\n', '\r') < 0)
        {
            return false;
        }

        return true;
    }

    private static bool IsRole(ReadOnlySpan<char> word) =>
        word is "Sports" or "Business" or "Political" or "Medical" or "Science" or "Technology" or "Economics" or "Legal"
            or "Writer" or "Correspondent" or "Reporter" or "Editor" or "Photographer" or "Staff" or "Special";

    private static bool IsDash(ReadOnlySpan<char> text) => text is "-" or "--" or "\u2013" or "\u2014";

    private static bool IsMonth(ReadOnlySpan<char> text) =>
        text is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September"
            or "October" or "November" or "December" or "Jan" or "Feb" or "Mar" or "Apr" or "Jun" or "Jul" or "Aug"
            or "Sep" or "Sept" or "Oct" or "Nov" or "Dec";
}
