using System.Runtime.CompilerServices;
using Tidings.Places;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Sides named by their city or state in sports results, and the grounds they play at. CoNLL-style news names a
/// club by its town ("Basel finished in the bottom half", "Midtjylland edged Copenhagen") and a national side by its
/// country ("Jordan beat South Korea 2-0"): in an article about sport, a place that is no country and is the subject
/// or the object of a result is the club (an organization); a country stays a place. One-word "organizations" where a
/// match is held ("the derby at Tynecastle", "at the SCG") are grounds, so places.
/// </summary>
internal static partial class NameLinker
{
    private static readonly WordSet ResultVerbs = LinkerWords.Set("result-verbs");
    private static readonly WordSet TitleVerbs = LinkerWords.Set("title-verbs");
    private static readonly WordSet TitleNouns = LinkerWords.Set("title-nouns");
    private static readonly WordSet StageNouns = LinkerWords.Set("stage-nouns");
    private static readonly WordSet TablePlaces = LinkerWords.Set("table-places");
    private static readonly WordSet FixtureNouns = LinkerWords.Set("fixture-nouns");
    private static readonly WordSet SportWords = LinkerWords.Set("sport-words");

    /// <summary>Retypes sides named by place in results as organizations and one-word grounds as places (one pass
    /// over the names, after one pass over the tokens that says whether the article reports sport).</summary>
    private static void SidesAndGrounds(Document document, List<Item> items)
    {
        if (items.Count == 0 || !ReportsSport(document))
        {
            return;
        }

        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Cut != 0)
            {
                continue;
            }

            if (item.Type == NameType.Place)
            {
                // The subject, alone or joined to another side by "and" ("Sevilla and Valencia finished", "Texas and
                // Penn State reached"), or the object of a result ("edged Copenhagen", "lost to Leeds").
                int end = item.Last;
                int partner = -1;
                if (k + 1 < items.Count && end + 2 < tokens.Length && document.TokenText(end + 1) is "and"
                    && items[k + 1].First == end + 2 && items[k + 1].Type is NameType.Place or NameType.Organization)
                {
                    partner = k + 1;
                    end = items[k + 1].Last;
                }

                bool side = (OpensClause(document, item.First) && ResultFollows(document, end + 1)) || ResultBefore(document, item.First);
                if (side && ClubByPlace(document, item))
                {
                    items[k] = item with { Type = NameType.Organization, Name = null };
                    if (partner >= 0 && items[partner].Type == NameType.Place && ClubByPlace(document, items[partner]))
                    {
                        items[partner] = items[partner] with { Type = NameType.Organization, Name = null };
                    }
                }
            }
            else if (item.Type == NameType.Organization && item.First == item.Last && item.First >= 2
                && (ListKinds(document, item.First, item.First) & OrganizationKinds) == 0)
            {
                // "at the MCG" (clubs take no article), "the derby at Tynecastle".
                bool ground = document.TokenText(item.First - 1) is "the" ? document.TokenText(item.First - 2) is "at"
                    : document.TokenText(item.First - 1) is "at" && FixtureNouns.Contains(document.TokenText(item.First - 2));
                if (ground)
                {
                    items[k] = item with { Type = NameType.Place, Name = null };
                }
            }
        }
    }

    /// <summary>Whether the article reports sport: a score ("2-1", "103-91") or a word of sport ("coach", "play-offs").
    /// When <paramref name="strict"/>, a score after an article is a tally of something else ("a 5-4 ruling", "the 2-1
    /// split") and does not count.</summary>
    private static bool ReportsSport(Document document, bool strict = false)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        bool score = false;
        int words = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            ReadOnlySpan<char> text = document.TokenText(i);
            if (tokens[i].Kind == TokenKind.Word && SportWords.Contains(text))
            {
                words++;
            }
            else if (!score && IsScore(document, i) && !(strict && i > 0 && document.TokenText(i - 1) is "a" or "an" or "the" or "A" or "The"))
            {
                score = true;
            }

            if (score || words >= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"2-1" as one token, or "2", "-", "1" written together.</summary>
    /// <remarks>Every score starts with a digit: that test is inlined (the sport passes ask it of every token), the rest is
    /// <see cref="ScoreAt"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsScore(Document document, int i)
    {
        Token t = document.Tokens[i];
        return t.Length > 0 && char.IsAsciiDigit(document.Text[t.Start]) && ScoreAt(document, i);
    }

    private static bool ScoreAt(Document document, int i)
    {
        ReadOnlySpan<char> text = document.TokenText(i);
        int dash = text.IndexOf('-');
        if (dash > 0 && dash < 4 && text.Length - dash - 1 is > 0 and < 4)
        {
            return AllDigits(text[..dash]) && AllDigits(text[(dash + 1)..]);
        }

        return i + 2 < document.Tokens.Length && text.Length is > 0 and < 4 && AllDigits(text) && document.TokenText(i + 1) is "-"
            && Adjacent(document, i, i + 1) && Adjacent(document, i + 1, i + 2)
            && document.TokenText(i + 2).Length is > 0 and < 4 && AllDigits(document.TokenText(i + 2));
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return text.Length > 0;
    }

    /// <summary>Whether token <paramref name="i"/> begins a clause: a sentence, or after a comma, "while", "and",
    /// "but", "as" or "'s" ("Basketball's Florida and Houston met").</summary>
    private static bool OpensClause(Document document, int i) =>
        OpensSentence(document, i) || document.TokenText(i - 1) is "," or "while" or "and" or "but" or "as" or "whereas" or "'s" or "’s";

    /// <summary>Whether the words from token <paramref name="v"/> report a result: "beat Hibernian", "won the Danish
    /// title", "finished in the bottom half", "reached the semi-finals", "met in the final", "lost to Leeds",
    /// "drew with Celtic".</summary>
    private static bool ResultFollows(Document document, int v)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (v + 1 >= tokens.Length || tokens[v].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> verb = document.TokenText(v);
        ReadOnlySpan<char> next = document.TokenText(v + 1);
        if (ResultVerbs.Contains(verb))
        {
            return IsCapitalWord(document, v + 1) || (next is "the" && v + 2 < tokens.Length && IsCapitalWord(document, v + 2));
        }

        if (TitleVerbs.Contains(verb))
        {
            // The title or match within the next six words, before the sentence ends.
            for (int j = v + 1; j < tokens.Length && j <= v + 6 && !tokens[j - 1].Has(TokenTraits.Terminal); j++)
            {
                if (TitleNouns.Contains(document.TokenText(j)))
                {
                    return true;
                }
            }

            return false;
        }

        return verb switch
        {
            "finished" or "finishes" or "finish" => TablePlaces.Contains(next),
            "reached" or "reach" or "reaches" or "made" => next is "the" && v + 2 < tokens.Length && StageNouns.Contains(document.TokenText(v + 2)),
            "met" or "meet" or "meets" => next is "in" && v + 3 < tokens.Length && document.TokenText(v + 2) is "the"
                && StageNouns.Contains(document.TokenText(v + 3)),
            "lost" or "lose" or "loses" => next is "to" && v + 2 < tokens.Length && IsCapitalWord(document, v + 2),
            "drew" or "draw" or "draws" => next is "with" && v + 2 < tokens.Length && IsCapitalWord(document, v + 2),
            _ => false,
        };
    }

    /// <summary>Whether the words before token <paramref name="first"/> make it the side beaten: "edged X", "beating
    /// X", "lost to X", "drew with X", "a 2-0 win over X".</summary>
    private static bool ResultBefore(Document document, int first)
    {
        if (first < 2)
        {
            return first == 1 && ResultVerbs.Contains(document.TokenText(0));
        }

        ReadOnlySpan<char> before = document.TokenText(first - 1);
        ReadOnlySpan<char> word = document.TokenText(first - 2);
        return ResultVerbs.Contains(before)
            || (before is "to" && word is "lost" or "losing" or "lose" or "loses")
            || (before is "with" && word is "drew" or "draw" or "drawing")
            || (before is "over" && word is "win" or "victory");
    }

    /// <summary>Whether a place in a result can be a club: no country (national sides are places) or nationality,
    /// nor after "in"/"at" ("in Denver", "at Turin").</summary>
    private static bool ClubByPlace(Document document, Item item)
    {
        NameLexicon lexicon = NameLexicon.Default;
        ReadOnlySpan<char> text = Text(document, item);
        if (lexicon.ContainsAny(text, LexiconClass.Country, LexiconClass.Nationality)
            || (Gazetteer.Default.TryGetKind(text, out PlaceKind kind) && kind == PlaceKind.Country))
        {
            return false;
        }

        return item.First == 0 || document.TokenText(item.First - 1) is not ("in" or "at" or "of" or "from" or "near");
    }

    /// <summary>Capitalised words after a club's name that name its side of another sex or age, one organization
    /// with the club's name ("Chelsea Women", "Aston Villa Women"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SideWords = LinkerWords.Set("side-words");

    /// <summary>
    /// A club's side named with a side word (<see cref="SideWords"/>: "Chelsea Women", "Aston Villa Women", "Reading
    /// Women") is one organization: a name read so whole is retyped when the lists know the words before the side word
    /// as a club, or when it was read as a person ("Chelsea Women") in a sports report; an organization or an untagged
    /// listed club right before the word takes it in. A work, an event or a law ending so keeps its type ("Little
    /// Women", "the Fourth World Conference on Women").
    /// </summary>
    /// <remarks>One pass over the names and one over the side words' tokens, with a pointer that moves forward only.</remarks>
    private static List<Item> ClubSides(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? replacements = null;
        bool? sport = null;
        int next = 0;
        for (int w = 1; w < tokens.Length; w++)
        {
            if (!tokens[w].Has(TokenTraits.Capitalized) || !SideWords.Contains(document.TokenText(w))
                || (w + 1 < tokens.Length && document.TokenText(w + 1) is "'s" or "’s"))
            {
                continue; // not "Barclays Women's Super League"
            }

            while (next < items.Count && items[next].Last < w - 1)
            {
                next++;
            }

            Item? before = next < items.Count && items[next].Last == w - 1 ? items[next] : null;
            Item? whole = next < items.Count && items[next].First < w && items[next].Last == w ? items[next] : null;
            int first;
            if (whole is Item h)
            {
                if (h.Type == NameType.Organization || h.Cut != 0
                    || !((ListKinds(document, h.First, w - 1) & 1 << (int)NameListKind.Club) != 0
                        || (h.Type == NameType.Person && (sport ??= ReportsSport(document)))))
                {
                    continue;
                }

                first = h.First;
            }
            else if (before is Item b)
            {
                if (b.Type is not NameType.Organization || b.Cut != 0 || (next + 1 < items.Count && items[next + 1].First <= w))
                {
                    continue;
                }

                first = b.First;
            }
            else
            {
                if (next < items.Count && items[next].First <= w)
                {
                    continue;
                }

                // Untagged: the capitalised words before (up to three) that the lists know as a club.
                first = -1;
                int floor = next > 0 ? items[next - 1].Last : -1;
                for (int f = w - 1; f > floor && w - f <= 3 && IsCapitalWord(document, f); f--)
                {
                    if ((ListKinds(document, f, w - 1) & 1 << (int)NameListKind.Club) != 0)
                    {
                        first = f;
                    }
                }

                if (first < 0)
                {
                    continue;
                }
            }

            (replacements ??= TakeList(8)).Add(new Item(first, w, NameType.Organization, null, null));
        }

        if (replacements is null)
        {
            return items;
        }

        long steps = 0;
        List<Item> result = ReplaceAll(items, replacements, ref steps);
        GiveBack(replacements);
        return result;
    }
}
