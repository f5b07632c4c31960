using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Bodies named by one common word: charities, unions and campaign groups ("Shelter", "Crisis", "Mind").</summary>
internal static partial class NameLinker
{
    /// <summary>Charities, unions and campaign groups named by one common word, written with their capital ("Shelter",
    /// "Crisis", "Mind", "Unite", "Which?"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet CommonWordBodies = LinkerWords.Set("common-word-bodies");

    /// <summary>Verbs a body does as actor or speaker ("warned", "found"; <c>LinkerWords.txt</c>), not a copula or helper.</summary>
    private static readonly WordSet BodyActorVerbs = LinkerWords.Set("body-actor-verbs");

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> stand alone inside quote marks written
    /// against them ("the single 'Shelter'", "titled ‘Refuge’"): a title, not the body (review 34n F5). Brackets are not
    /// read so: a bracketed word after a descriptive noun phrase is the body's name given as an aside ("the mental health
    /// charity (Mind)", review 35n F6).</summary>
    private static bool Enclosed(Document document, int first, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        return first > 0 && last + 1 < tokens.Length && tokens[first - 1].End == tokens[first].Start
            && tokens[last + 1].Start == tokens[last].End
            && document.TokenText(first - 1) is "'" or "‘" or "\"" or "“"
            && document.TokenText(last + 1) is "'" or "’" or "\"" or "”";
    }

    /// <summary>Whether token <paramref name="i"/> is a lower-case verb of <see cref="BodyActorVerbs"/>.</summary>
    private static bool ActsAsBody(Document document, int i) =>
        i < document.Tokens.Length && IsLowerWord(document, i)
        && (BodyActorVerbs.Contains(document.TokenText(i))
            || (BodyActorHelpers.Contains(document.TokenText(i)) && i + 1 < document.Tokens.Length && IsLowerWord(document, i + 1)
                && BodyActorVerbs.Contains(document.TokenText(i + 1))));

    /// <summary>Helpers that may stand between the word and its verb of <see cref="BodyActorVerbs"/> ("Shelter has warned",
    /// "Unite also said"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet BodyActorHelpers = LinkerWords.Set("body-actor-helpers");

    /// <summary>Copulas, helpers and modals a plain noun opening a sentence stands before ("Crisis was averted", "Scouts
    /// have watched"); the body only before one of its verbs after them ("Shelter has warned"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PlainNounHelpers = LinkerWords.Set("plain-noun-helpers");

    /// <summary>Participles and predicates a plain noun takes after a copula or helper ("looming", "averted", "scarce";
    /// <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet PlainNounParticiples = LinkerWords.Set("plain-noun-participles");

    /// <summary>Participles of a body's acts that make a sentence-opening common word of <c>common-word-bodies</c> the body
    /// after "has"/"have" ("Shelter has helped", "Mind has opened"; a closed class, <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet BodyPerfectParticiples = LinkerWords.Set("body-perfect-participles");

    /// <summary>Passives of a body's founding or of what it does as an agent ("founded", "set up"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet BodyPassives = LinkerWords.Set("body-passives");

    /// <summary>Nouns of a body in a predicate "X is a …" ("a union"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet BodyPredicateNouns = LinkerWords.Set("body-predicate-nouns");

    /// <summary>Whether the words after the copulas, helpers and modals of <see cref="PlainNounHelpers"/> from token
    /// <paramref name="i"/> (at most four, "being" among them) say a body: a present participle of an action ("is calling",
    /// "has been campaigning", "are balloting"), a passive of its founding or of an agent's act ("was founded", "was set
    /// up"), "a"/"an" with a noun of a body among the next three words ("is a union representing engineers"), or a
    /// perfect with no form of "be" whose helper is no plain plural's and whose participle is a body's act of
    /// <see cref="BodyPerfectParticiples"/> ("Samaritans has trained", "Unite have called", "Shelter has helped": the subject
    /// acts; "Scouts have watched" stays a plural noun; session 36). Any other participle is the noun's: an event's
    /// ("Crisis has engulfed the party") or a copula's ("Shelter has proved hard to find"; mend36n, review 36n F5). What a
    /// plain noun takes is no body (review 35n F2): an event's or a state's participle or predicate of
    /// <see cref="PlainNounParticiples"/> ("Crisis is looming", "was averted", "Shelter is scarce"), a preposition ("in
    /// short supply"), or any other word.</summary>
    private static bool BodyPredicateAfterHelpers(Document document, int i)
    {
        int n = document.Tokens.Length;
        int k = i;
        bool plural = i > 0 && document.TokenText(i - 1).EndsWith('s');
        bool perfect = false, be = false;
        while (k < n && k < i + 4 && IsLowerWord(document, k)
            && (PlainNounHelpers.Contains(document.TokenText(k)) || document.TokenText(k) is "being"))
        {
            perfect |= document.TokenText(k) is "has" || (!plural && document.TokenText(k) is "have" or "had");
            be |= document.TokenText(k) is "is" or "are" or "was" or "were" or "be" or "been" or "being";
            k++;
        }

        if (k == i || k >= n || !IsLowerWord(document, k))
        {
            return false;
        }

        ReadOnlySpan<char> word = document.TokenText(k);
        if (PlainNounParticiples.Contains(word))
        {
            return false;
        }

        if (word is "a" or "an")
        {
            for (int j = k + 1; j < n && j <= k + 3 && IsLowerWord(document, j); j++)
            {
                if (BodyPredicateNouns.Contains(document.TokenText(j)))
                {
                    return true;
                }
            }

            return false;
        }

        return BodyPassives.Contains(word) || (word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal))
            || (perfect && !be && BodyPerfectParticiples.Contains(word));
    }

    /// <summary>Nouns of a settlement before "of" ("the town of Prospect"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SettlementNouns = LinkerWords.Set("settlement-nouns");

    /// <summary>Whether the word on tokens <paramref name="i"/>..<paramref name="last"/> is put on the map: after a
    /// settlement noun and "of" ("the town of Prospect") or before a comma and a known place closed by a stop or comma
    /// ("Prospect, Kentucky,"; review 34n F5).</summary>
    private static bool PlacedWord(Document document, int i, int last)
    {
        int n = document.Tokens.Length;
        return (i >= 2 && document.TokenText(i - 1) is "of" && SettlementNouns.Contains(document.TokenText(i - 2)))
            || (last + 2 < n && document.TokenText(last + 1) is "," && IsCapitalWord(document, last + 2)
                && IsKnownPlace(document.TokenText(last + 2))
                && (last + 3 >= n || (document.Tokens[last + 3].Kind == TokenKind.Punctuation && document.TokenText(last + 3) is not "'s" and not "’s")));
    }

    /// <summary>
    /// A word of <see cref="CommonWordBodies"/> written with its capital inside a sentence, or opening one before a verb
    /// it is the subject of ("Crisis said", "Unite suspended", "Shelter's report"; but before a copula, helper or modal of
    /// <see cref="PlainNounHelpers"/> only where a verb of <see cref="BodyActorVerbs"/> or a body's predicate follows
    /// (<see cref="BodyPredicateAfterHelpers"/>): "Shelter has warned", "Unite is balloting", "Mind was founded", not
    /// "Shelter is in short supply", "Crisis was averted"), with no capitalised word right before or after it, is the
    /// body: an organization where the recognizer found no name or read the word alone as a person or a place
    /// ("charities such as Shelter and Crisis", "a Mind spokesperson", "Which? found"). A capitalised neighbour leaves
    /// the word as it was: a title-case headline, a longer name ("Shelter Scotland", "A Beautiful Mind"), a title; so do
    /// quote marks written against the word alone (<see cref="Enclosed"/>: "the single 'Shelter'") and a
    /// settlement's name (<see cref="PlacedWord"/>: "the town of Prospect"). "Which?" takes the question mark glued to it
    /// and needs no test of its neighbours inside a sentence (its titles are its own: "the Which? Best Buy badge", "Which?
    /// Money"); opening a sentence it is the body only before a lower-case word ("Which? found", not a question).
    /// </summary>
    /// <remarks>One walk over the tokens beside one over the names, merging what it adds, so linear.</remarks>
    private static List<Item> BodiesNamedByCommonWords(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? added = null;
        int k = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token token = tokens[i];
            if (token.Kind != TokenKind.Word || !token.Has(TokenTraits.Capitalized) || token.Has(TokenTraits.AllCaps))
            {
                continue;
            }

            int last = i;
            if (i + 1 < tokens.Length && document.TokenText(i + 1) is "?" && tokens[i + 1].Start == token.End)
            {
                last = i + 1; // "Which?"
            }

            if (!CommonWordBodies.Contains(SpanText(document, i, last)))
            {
                continue;
            }

            bool capitalAfter = last + 1 < tokens.Length && IsCapitalWord(document, last + 1);
            if (last > i
                    ? OpensSentence(document, i) && !(last + 1 < tokens.Length && IsLowerWord(document, last + 1)) // a question, not "Which? found"
                    : OpensSentence(document, i)
                        ? !(ActsAfter(document, last + 1) || ActsAsBody(document, last + 1) || BodyPredicateAfterHelpers(document, last + 1))
                            || capitalAfter
                            || (PlainNounHelpers.Contains(document.TokenText(last + 1)) && !ActsAsBody(document, last + 1)
                                && !BodyPredicateAfterHelpers(document, last + 1))
                        : IsCapitalWord(document, i - 1) || capitalAfter || Enclosed(document, i, last) || PlacedWord(document, i, last))
            {
                continue;
            }

            while (k < items.Count && items[k].Last < i)
            {
                k++;
            }

            if (k == items.Count || items[k].First > last)
            {
                (added ??= TakeList(4)).Add(new Item(i, last, NameType.Organization, null, null));
            }
            else if (items[k].First == i && items[k].Last <= last && items[k].Cut == 0 && items[k].Type != NameType.Miscellaneous
                && (k + 1 == items.Count || items[k + 1].First > last))
            {
                items[k] = items[k] with { Last = last, Type = NameType.Organization, Name = null, Acronym = null };
            }
        }

        if (added is null)
        {
            return items;
        }

        List<Item> result = MergeSorted(items, added);
        GiveBack(added);
        return result;
    }
}
