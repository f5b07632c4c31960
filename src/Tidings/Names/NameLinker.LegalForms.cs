using System.Collections.Frozen;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>
/// Companies named with their legal form ("Equinor ASA", "Telefónica, S.A.", "PT Bank Mandiri (Persero) Tbk", "Airports
/// of Thailand PCL"), court lists' matters ("Re Wilko Retail Ltd"), and players set out in a line-up ("England XI:
/// Crawley, Duckett, Pope, Root …", "Arsenal (4-3-3): Raya; White, Saliba …"). The legal forms and the line-up's words
/// are data (<c>legal-forms</c>, <c>legal-forms-after-comma</c>, <c>matter-prefixes</c>, <c>lineup-heads</c>,
/// <c>lineup-marks</c> in <c>LinkerWords.txt</c>).
/// </summary>
internal static partial class NameLinker
{
    /// <summary>The legal forms, longest first (so "Co., Ltd." is tried before "Co.").</summary>
    private static readonly string[] LegalForms = [.. LinkerWords.Words("legal-forms").OrderByDescending(static f => f.Length).ThenBy(static f => f, StringComparer.Ordinal)];

    /// <summary><see cref="LegalForms"/> by their first character, each group in the same order (longest first): a token is
    /// tried only against the forms that can start it, rather than against all of them (the linker asks at nearly every
    /// name, and at the token after it). An empty form never ends at a token's end, so leaving it out changes nothing.</summary>
    private static readonly FrozenDictionary<char, string[]> LegalFormsByFirst = LegalForms
        .Where(static f => f.Length > 0)
        .GroupBy(static f => f[0])
        .ToFrozenDictionary(static g => g.Key, static g => g.ToArray());

    /// <summary>The legal forms that may follow a comma.</summary>
    private static readonly WordSet LegalFormsAfterComma = LinkerWords.Set("legal-forms-after-comma");

    private static readonly WordSet MatterPrefixes = LinkerWords.Set("matter-prefixes");
    private static readonly WordSet LineupHeads = LinkerWords.Set("lineup-heads");
    private static readonly WordSet LineupMarks = LinkerWords.Set("lineup-marks");
    private static readonly WordSet LineupHeadsAlone = LinkerWords.Set("lineup-heads-alone");
    private static readonly WordSet LegalFormFollowers = LinkerWords.Set("legal-form-followers");

    /// <summary>The most legal forms one name may carry ("Nintendo Co., Ltd.", "GmbH + Co. KG", "(Persero) Tbk").</summary>
    private const int MaxLegalForms = 3;

    /// <summary>
    /// A legal form written after a name is part of the name, and makes it a company: after an organization (or a person or
    /// place of two words or more, which the form shows to be a company), a form of <c>legal-forms</c> — after a comma only
    /// one of <c>legal-forms-after-comma</c>, after a short bracketed tail only one that follows it ("Adani Green Energy (UP)
    /// Ltd") — is taken in, with any name found inside it, up to <see cref="MaxLegalForms"/> forms ("Nintendo Co., Ltd.").
    /// A name that is only a legal form takes in the capitalised words before it ("Airports of Thailand PCL", "SK hynix
    /// Inc."). A court list's "Re" before a company with a legal form is no part of its name.
    /// </summary>
    /// <remarks>Each name looks at the few tokens after (or before) it, so linear in the names.</remarks>
    private static void JoinLegalFormTails(Document document, List<Item> items)
    {
        if (LegalForms.Length == 0)
        {
            return;
        }

        ReadOnlySpan<Token> tokens = document.Tokens;
        bool removed = false;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Last < 0 || item.Cut != 0)
            {
                continue;
            }

            bool form = IsLegalFormOnly(document, item);
            if (item.Type == NameType.Organization && form)
            {
                removed |= ExtendFormBack(document, items, k);
                continue;
            }

            if (item.Type is not (NameType.Organization or NameType.Person or NameType.Place) || form)
            {
                continue;
            }

            int last = item.Last;
            bool capitals = AllCapitals(document, item.First, item.Last) && LineInCapitals(document, item.First, item.Last);
            for (int n = 0; n < MaxLegalForms; n++)
            {
                int end = LegalFormAfter(document, last, n == 0 && item.Type == NameType.Organization);
                if (end < 0 || (capitals && OnlyLetters(document.Text.AsSpan(tokens[last].End, tokens[end].End - tokens[last].End).Trim())))
                {
                    break; // in capitals, "AS" and "SE" are words too ("SAINSBURY'S AS …"); "A/S" is a form
                }

                if (!FormMayJoin(document, last, end))
                {
                    break;
                }

                last = end;
            }

            if (last == item.Last)
            {
                continue;
            }

            // A person or place shown to be a company by its form: not a single word ("Paris SA"), not a bare two-letter form.
            if (item.Type != NameType.Organization
                && (item.Last == item.First || document.Text.AsSpan(tokens[item.Last].End, tokens[last].End - tokens[item.Last].End).Trim().Length <= 2))
            {
                continue;
            }

            // The names the form takes in must lie wholly inside it.
            int j = k + 1;
            while (j < items.Count && items[j].Last >= 0 && items[j].First <= last)
            {
                if (items[j].Last > last)
                {
                    break;
                }

                j++;
            }

            if (j < items.Count && items[j].Last >= 0 && items[j].First <= last)
            {
                continue;
            }

            for (int m = k + 1; m < j; m++)
            {
                items[m] = items[m] with { Last = -1 };
                removed = true;
            }

            items[k] = item with { Last = last, Type = NameType.Organization, Name = null, Acronym = null };
        }

        if (removed)
        {
            items.RemoveAll(static item => item.Last < 0);
        }
    }

    /// <summary>A court list's "Re" before a company named with its legal form is no part of its name ("Re Wilko Retail
    /// Ltd"); done last, so that no later pass takes the word back as a name.</summary>
    private static void TrimMatterPrefixes(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int k = 0; k < items.Count; k++)
        {
            Item item = items[k];
            if (item.Last >= 0 && item.Type == NameType.Organization && item.Last - item.First >= 2
                && MatterPrefixes.Contains(document.TokenText(item.First)) && tokens[item.First + 1].Has(TokenTraits.Capitalized)
                && EndsInLegalForm(document, item))
            {
                items[k] = item with { First = item.First + 1, Name = null, Acronym = null };
            }
        }
    }

    /// <summary>Whether tokens <paramref name="first"/> to <paramref name="last"/> are written in capitals (no lower-case
    /// letter; "SAINSBURY'S").</summary>
    private static bool AllCapitals(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        foreach (char ch in document.Text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start))
        {
            if (char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the words on the line around tokens <paramref name="first"/> to <paramref name="last"/> (up to
    /// eight either side) have no lower-case letter either: a name in capitals ("DNB", "ADNOC") in a line of ordinary text
    /// still takes its form (session 30, mend30e).</summary>
    private static bool LineInCapitals(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int i = first; i > 0 && first - i < 8 && !tokens[i].Has(TokenTraits.LineBreakBefore); i--)
        {
            if (tokens[i - 1].Kind == TokenKind.Word && HasLower(document.TokenText(i - 1)))
            {
                return false;
            }
        }

        for (int i = last + 1; i < tokens.Length && i - last <= 8 && !tokens[i].Has(TokenTraits.LineBreakBefore); i++)
        {
            if (tokens[i].Kind == TokenKind.Word && HasLower(document.TokenText(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="text"/> holds a lower-case letter.</summary>
    private static bool HasLower(ReadOnlySpan<char> text)
    {
        foreach (char ch in text)
        {
            if (char.IsLower(ch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the form ending at token <paramref name="end"/> may join the name ending at token
    /// <paramref name="last"/>: "Limited" and "Co." not in a title-case headline ("Nvidia Limited By Export Curbs"); a bare
    /// two-letter form only before punctuation, a line's end or a word of <c>legal-form-followers</c> ("Equinor AS said",
    /// not "Anglo American SA operations" or "Microsoft SE Asia").</summary>
    private static bool FormMayJoin(Document document, int last, int end)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        ReadOnlySpan<char> form = document.Text.AsSpan(tokens[last].End, tokens[end].End - tokens[last].End).Trim();
        if (form is "Limited" or "Co." or "Co" && InTitleCaseLine(document, end))
        {
            return false;
        }

        if (end != last + 1 || form.Length != 2 || !OnlyLetters(form))
        {
            return true;
        }

        int next = end + 1;
        return next >= tokens.Length || tokens[next].Has(TokenTraits.LineBreakBefore) || tokens[next].Kind != TokenKind.Word
            || LegalFormFollowers.Contains(document.TokenText(next));
    }

    /// <summary>Whether <paramref name="text"/> is letters only.</summary>
    private static bool OnlyLetters(ReadOnlySpan<char> text)
    {
        foreach (char ch in text)
        {
            if (!char.IsLetter(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last token of a legal form written right after token <paramref name="last"/> (after a comma, one of
    /// <see cref="LegalFormsAfterComma"/> when <paramref name="comma"/> allows it; after a bracketed tail of up to three
    /// capitalised words, "(UP) Ltd"), or -1.</summary>
    private static int LegalFormAfter(Document document, int last, bool comma)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int j = last + 1;
        if (j >= tokens.Length || tokens[j].Has(TokenTraits.LineBreakBefore))
        {
            return -1;
        }

        bool afterComma = false;
        if (document.TokenText(j) is ",")
        {
            if (!comma || j + 1 >= tokens.Length || tokens[j + 1].Has(TokenTraits.LineBreakBefore))
            {
                return -1;
            }

            afterComma = true;
            j++;
        }

        int end = FormEndingAt(document, j, afterComma);
        if (end >= 0 || afterComma || !tokens[j].Has(TokenTraits.OpenBracket))
        {
            return end;
        }

        // "(UP) Ltd": a short bracketed tail, then a form.
        int close = j + 1;
        while (close < tokens.Length && close - j <= 3 && tokens[close].Kind == TokenKind.Word && tokens[close].Has(TokenTraits.Capitalized))
        {
            close++;
        }

        if (close == j + 1 || close + 1 >= tokens.Length || close - j > 3 || !tokens[close].Has(TokenTraits.CloseBracket))
        {
            return -1;
        }

        return FormEndingAt(document, close + 1, false);
    }

    /// <summary>The last token of the longest legal form that starts at token <paramref name="j"/> and ends at a token's
    /// end with no letter or digit after it, or -1.</summary>
    private static int FormEndingAt(Document document, int j, bool afterComma)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (j >= tokens.Length)
        {
            return -1;
        }

        ReadOnlySpan<char> text = document.Text.AsSpan(tokens[j].Start);
        if (text.IsEmpty || !LegalFormsByFirst.TryGetValue(text[0], out string[]? forms))
        {
            return -1;
        }

        foreach (string form in forms)
        {
            if (!text.StartsWith(form, StringComparison.Ordinal) || (afterComma && !LegalFormsAfterComma.Contains(form)))
            {
                continue;
            }

            if (form.Length < text.Length && (char.IsLetterOrDigit(text[form.Length]) || text[form.Length] is '\'' or '’' or '-' or '&'))
            {
                continue;
            }

            int end = tokens[j].Start + form.Length;
            for (int t = j; t < tokens.Length && tokens[t].Start < end; t++)
            {
                if (tokens[t].End == end)
                {
                    return t;
                }

                if (t > j && tokens[t].Has(TokenTraits.LineBreakBefore))
                {
                    break;
                }
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="item"/> is a legal form and nothing more ("S.A.", "PCL", "Inc.").</summary>
    private static bool IsLegalFormOnly(Document document, Item item) =>
        FormEndingAt(document, item.First, false) == item.Last;

    /// <summary>Whether <paramref name="item"/> ends in a legal form of one or two tokens.</summary>
    private static bool EndsInLegalForm(Document document, Item item) =>
        FormEndingAt(document, item.Last, false) == item.Last
        || (item.Last - 1 > item.First && FormEndingAt(document, item.Last - 1, false) == item.Last);

    /// <summary>A name that is only a legal form takes in the capitalised words (and names) right before it, with the
    /// small words of a company's name between them ("Airports of Thailand PCL"; "SK hynix Inc.", a lower-case word after
    /// an organization). Returns whether names were taken in (marked with <c>Last = -1</c>).</summary>
    private static bool ExtendFormBack(Document document, List<Item> items, int k)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        Item item = items[k];
        if (item.First == item.Last && document.TokenText(item.First).Length <= 2)
        {
            return false; // "AG", "SA", "AS" alone may be words ("New York AG Letitia James"; session 30, mend30e)
        }

        int first = item.First;
        int m = k - 1;
        int words = 0;
        while (first > 0 && words < 6)
        {
            int i = first - 1;
            if (tokens[first].Has(TokenTraits.LineBreakBefore) || !tokens[first].Has(TokenTraits.SpaceBefore) && tokens[i].Kind != TokenKind.Word)
            {
                break;
            }

            if (m >= 0 && items[m].Last == i && (items[m].Type == NameType.Person || (items[m].Type == NameType.Place && items[m].Last > items[m].First)))
            {
                break; // a person or a place of more words is no part of a company's name
            }

            if (m >= 0 && items[m].Last == i && items[m].Type != NameType.Miscellaneous && items[m].Cut == 0)
            {
                first = items[m].First;
                m--;
                words++;
                continue;
            }

            if (m >= 0 && items[m].Last >= i)
            {
                break;
            }

            ReadOnlySpan<char> word = document.TokenText(i);
            bool capital = tokens[i].Kind == TokenKind.Word && tokens[i].Has(TokenTraits.Capitalized) && !(word is "The" || CommonStarts(word));
            bool small = word is "of" or "de" or "di" or "du" or "des" or "del" or "della" or "dei" or "der" or "und" or "&";
            bool glued = tokens[i].Kind == TokenKind.Word && !tokens[i].Has(TokenTraits.Capitalized)
                && m >= 0 && items[m].Last == i - 1 && items[m].Type == NameType.Organization;
            if (!capital && !(small && i > 0 && tokens[i - 1].Has(TokenTraits.Capitalized)) && !glued)
            {
                break;
            }

            first = i;
            words++;
        }

        // The words taken in end in a capitalised word or name, and are more than the small words.
        while (first < item.First && !tokens[first].Has(TokenTraits.Capitalized))
        {
            first++;
        }

        if (first == item.First)
        {
            return false;
        }

        bool removed = false;
        for (int j = k - 1; j >= 0 && items[j].Last >= first; j--)
        {
            if (items[j].First < first)
            {
                return false;
            }
        }

        for (int j = k - 1; j >= 0 && items[j].Last >= first; j--)
        {
            items[j] = items[j] with { Last = -1 };
            removed = true;
        }

        items[k] = item with { First = first, Name = null, Acronym = null };
        return removed;
    }

    /// <summary>Capitalised words that open a sentence and no company's name.</summary>
    private static bool CommonStarts(ReadOnlySpan<char> word) =>
        NameLexicon.Default.Contains(word, LexiconClass.CommonCapitalized);

    // ---------------------------------------------------------------- line-ups

    /// <summary>The fewest players a line-up sets out.</summary>
    private const int MinLineup = 4;

    /// <summary>
    /// Players set out in a line-up are persons, whatever the lists know of their surnames ("Root", "Rice", "Wood",
    /// "Stones") or the recognizer, reading a list of single capitalised words as clubs, said: after a heading and a colon,
    /// a list of at least <see cref="MinLineup"/> bare names (one to three capitalised words, or one word of any case,
    /// each perhaps with a bracketed mark or role: "(capt)", "(wk)", "(jungle)") separated by commas, semicolons and "and",
    /// to the sentence's end, where the heading holds a word of <c>lineup-heads</c> ("England XI", "Subs", "T1 roster")
    /// or a formation ("Arsenal (4-3-3)"), or a player carries a mark of <c>lineup-marks</c> ("Stokes (capt)"), or the
    /// names are grouped by line with semicolons as a side is ("England: Pickford; Walker, Stones, Guéhi, Trippier; Rice,
    /// Mainoo; …"). A list of firms under a heading ("Sydney: BHP, Fortescue, Woodside") has none of these.
    /// </summary>
    /// <remarks>One walk over the tokens; each list is read twice, so linear.</remarks>
    private static List<Item> PersonsInLineups(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? added = null;
        int next = 0; // the first name not before the list being read
        int side = 0; // the first name not before the heading being read
        for (int c = 1; c < tokens.Length; c++)
        {
            if (document.TokenText(c) is not ":")
            {
                continue;
            }

            // The heading: up to six tokens back to the line's or sentence's start.
            int headStart = c - 1;
            while (headStart > 0 && c - headStart < 6 && !tokens[headStart].Has(TokenTraits.LineBreakBefore)
                && !tokens[headStart - 1].Has(TokenTraits.Terminal) && document.TokenText(headStart - 1) is not (";" or ":"))
            {
                headStart--;
            }

            bool head = false, weakHead = false, sideBefore = false, formation = false;
            for (int i = headStart; i < c; i++)
            {
                if (LineupHeadsAlone.Contains(document.TokenText(i)))
                {
                    head = true;
                }
                else if (LineupHeads.Contains(document.TokenText(i)))
                {
                    // "England squad", "T1 roster": a side's name right before, not a possessive ("Apple's product line-up").
                    weakHead = true;
                    sideBefore |= i > headStart && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].Has(TokenTraits.Capitalized)
                        && !IsPossessive(document.TokenText(i - 1));
                }

                formation |= tokens[i].Kind == TokenKind.Number && tokens[i].Has(TokenTraits.HasHyphen) && i > headStart
                    && tokens[i - 1].Has(TokenTraits.OpenBracket) && i + 1 < c && tokens[i + 1].Has(TokenTraits.CloseBracket)
                    && document.TokenText(i).Count('-') >= 2;
            }

            // A side's name alone as the heading ("England:"), for a list grouped by line.
            while (side < items.Count && items[side].Last < headStart)
            {
                side++;
            }

            bool capitalHead = side < items.Count && items[side].First == headStart && items[side].Last == c - 1
                && items[side].Type is NameType.Organization or NameType.Place;

            // Read the list: segments of bare names.
            int segments = 0, semicolons = 0, commas = 0;
            bool marked = false, bare = true;
            int i2 = c + 1;
            int listEnd = c;
            while (i2 < tokens.Length && bare)
            {
                if (tokens[i2].Has(TokenTraits.LineBreakBefore) && i2 > c + 1)
                {
                    break;
                }

                int segEnd = BareNameEnd(document, i2, out bool mark);
                if (segEnd < 0)
                {
                    bare = false;
                    break;
                }

                marked |= mark;
                segments++;
                listEnd = segEnd;
                int s = segEnd + 1;
                if (s >= tokens.Length || tokens[s].Has(TokenTraits.Terminal) || tokens[s].Has(TokenTraits.LineBreakBefore))
                {
                    break;
                }

                ReadOnlySpan<char> sep = document.TokenText(s);
                if (sep is ";")
                {
                    semicolons++;
                }
                else if (sep is ",")
                {
                    commas++;
                }
                else if (sep is not "and")
                {
                    bare = false;
                    break;
                }

                i2 = s + 1;
                if (i2 < tokens.Length && sep is "," && document.TokenText(i2) is "and")
                {
                    i2++;
                }

                // A next heading ("; bench: …", "Subs: …") ends the list before it.
                if (i2 + 1 < tokens.Length && document.TokenText(i2 + 1) is ":")
                {
                    break;
                }
            }

            // A heading word that is an ordinary word ("squad", "roster", "line-up") needs a side's name right before it or
            // names grouped by semicolons ("Glastonbury's line-up: Coldplay, …" and "client roster: Google, …" are no sides).
            if (!bare || segments < MinLineup
                || !(head || formation || marked || (weakHead && (sideBefore || semicolons >= 1)) || (capitalHead && semicolons >= 3 && commas >= 1)))
            {
                continue;
            }

            // Type each segment's name a person.
            for (int i = c + 1; i <= listEnd;)
            {
                int segEnd = BareNameEnd(document, i, out _);
                int nameEnd = NameEndOfSegment(document, i, segEnd);
                while (next < items.Count && items[next].Last < i)
                {
                    next++;
                }

                if (next < items.Count && items[next].First <= nameEnd)
                {
                    Item item = items[next];
                    if (item.First == i && item.Last == nameEnd && item.Cut == 0 && item.Type != NameType.Person)
                    {
                        items[next] = item with { Type = NameType.Person, Name = null, Acronym = null };
                    }
                }
                else if (tokens[i].Has(TokenTraits.Capitalized) || HandleLike(document.TokenText(i)))
                {
                    // A new name only for a capitalised word or a handle ("ZywOo", "s1mple"), never "soup" or "bread".
                    (added ??= TakeList(8)).Add(new Item(i, nameEnd, NameType.Person, null, null));
                }

                // To the next segment.
                int s = segEnd + 1;
                i = s + 1;
                if (i < tokens.Length && document.TokenText(s) is "," && document.TokenText(i) is "and")
                {
                    i++;
                }
            }

            c = listEnd;
        }

        if (added is null)
        {
            return items;
        }

        List<Item> result = MergeSorted(items, added);
        GiveBack(added);
        return result;
    }

    /// <summary>Whether <paramref name="word"/> is a possessive ("Apple's", "fans’").</summary>
    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
        || word.EndsWith("'", StringComparison.Ordinal) || word.EndsWith("’", StringComparison.Ordinal);

    /// <summary>Whether a lower-case <paramref name="word"/> reads as a player's handle: a capital or a digit inside it
    /// ("apEX", "s1mple").</summary>
    private static bool HandleLike(ReadOnlySpan<char> word)
    {
        foreach (char ch in word)
        {
            if (char.IsUpper(ch) || char.IsDigit(ch))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last token of a bare name that opens at token <paramref name="i"/> — one to three capitalised words,
    /// or one word of any case, then perhaps a bracketed mark or lower-case role — or -1; <paramref name="mark"/> says
    /// whether a mark of <see cref="LineupMarks"/> followed.</summary>
    private static int BareNameEnd(Document document, int i, out bool mark)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        mark = false;
        if (i >= tokens.Length || tokens[i].Kind != TokenKind.Word || LineupHeads.Contains(document.TokenText(i))
            || document.TokenText(i) is "and")
        {
            return -1;
        }

        int end = i;
        if (tokens[i].Has(TokenTraits.Capitalized))
        {
            while (end + 1 < tokens.Length && end - i < 2 && tokens[end + 1].Kind == TokenKind.Word && tokens[end + 1].Has(TokenTraits.Capitalized)
                && !tokens[end + 1].Has(TokenTraits.LineBreakBefore))
            {
                end++;
            }

            if (end + 1 < tokens.Length && tokens[end + 1].Kind == TokenKind.Word && tokens[end + 1].Has(TokenTraits.Capitalized))
            {
                return -1; // four capitalised words: no bare name
            }
        }

        // A bracketed mark or role: "(capt)", "(wk)", "(jungle)".
        if (end + 3 < tokens.Length && tokens[end + 1].Has(TokenTraits.OpenBracket) && tokens[end + 2].Kind == TokenKind.Word
            && !tokens[end + 2].Has(TokenTraits.Capitalized) && tokens[end + 3].Has(TokenTraits.CloseBracket))
        {
            mark = LineupMarks.Contains(document.TokenText(end + 2));
            end += 3;
        }
        else if (end + 4 < tokens.Length && tokens[end + 1].Has(TokenTraits.OpenBracket) && document.TokenText(end + 2) is "capt" or "c"
            && document.TokenText(end + 3) is "." && tokens[end + 4].Has(TokenTraits.CloseBracket))
        {
            mark = true;
            end += 4;
        }

        return end;
    }

    /// <summary>The last token of the name in the segment from <paramref name="i"/> to <paramref name="segEnd"/> (before
    /// its bracketed mark).</summary>
    private static int NameEndOfSegment(Document document, int i, int segEnd)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        for (int t = i; t <= segEnd; t++)
        {
            if (tokens[t].Has(TokenTraits.OpenBracket))
            {
                return t - 1;
            }
        }

        return segEnd;
    }
}
