using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// The reader's verb forms: what a word next to a date is in its clause — a scheduled event's present verb after a plural or a
/// third-person subject, an opening participle, a prefixed past form, a participle or an adjective, a denied modal — read for
/// the tense scans of <c>DateReader.Tense.cs</c>, which decide from them whether a date lies behind or ahead.
/// </summary>
internal sealed partial class DateReader
{
    /// <summary>
    /// A bare present-tense verb of a scheduled event (<see cref="DateVocabulary.PresentVerbs"/>) after a plural subject: a plural
    /// noun ("Markets close early", "Flood warnings remain"), "they" / "we", or two names joined by "and" as a headline writes
    /// them ("He and Palestinian leader Yasser Arafat meet separately Monday").
    /// </summary>
    private bool IsPluralPresent(int j)
    {
        if (!IsWord(j) || !DateVocabulary.PresentVerbs.Contains(W(j)) || j - 1 < _first)
        {
            return false;
        }

        // "The couple, who married in 1975, celebrate their golden wedding on Saturday": a bare form right after the comma
        // that closes a relative clause on the subject.
        if (Is(j - 1, ",") && RelativeClauseEnds(j - 1))
        {
            return true;
        }

        ReadOnlySpan<char> subject = W(j - 1);
        if (Is(j - 1, "they") || Is(j - 1, "we"))
        {
            return true;
        }

        // "Bayern are unbeaten and face Union Berlin on Saturday", "sat the exam in September and get their results on Friday":
        // a bare form after "and" is a present verb when an object follows ("hands and face on Saturday" is a noun).
        if (Is(j - 1, "and") && IsWord(j + 1) && !Prepositional(j + 1))
        {
            return true;
        }

        if (PluralNoun(subject))
        {
            return true;
        }

        // "Talks on a trade deal resume on March 4", "Pupils in Year 7 start": a plural head before a short phrase that opens the sentence.
        for (int q = j - 2; q > _first && q >= j - 6 && (IsWord(q) || Tokens[q].Kind == TokenKind.Number); q--)
        {
            if (Is(q, "on") || Is(q, "of") || Is(q, "over") || Is(q, "about") || Is(q, "with") || Is(q, "for") || Is(q, "in"))
            {
                return IsWord(q - 1) && PluralNoun(W(q - 1)) && (q - 1 == _first || (Is(q - 2, "the") && q - 2 == _first));
            }
        }

        // "He and … Arafat meet": a name just before, an "and" a few words back in the same clause.
        if (!Cap(j - 1) || Lookup(subject, out _) != WordKind.None)
        {
            return false;
        }

        if (NameSubject(j - 1))
        {
            return true;
        }

        for (int k = j - 2; k >= Math.Max(_first, j - 6); k--)
        {
            if (Is(k, "and"))
            {
                return true;
            }

            if (!IsWord(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// A scheduled event's verb in the third person singular after "he", "she" or "it" ("He fights for the European title on Saturday
    /// night", "She defends her title in September", "It opens on Monday"): the stem is one of <see cref="DateVocabulary.PresentVerbs"/>.
    /// A listed third-person form (<see cref="DateVocabulary.ThirdPersonVerbs"/>) after a lower-case noun subject ("its last print
    /// edition appears", "was extradited and appears in court on Friday"), not after a determiner ("visited the falls on Saturday"); a form that is also a noun or a
    /// measure's move ("a patient falls", "the index falls") only after a subject that has a day in the calendar ("That deadline falls").
    /// </summary>
    private bool IsSingularPresent(int j)
    {
        if (!IsWord(j) || j - 1 < _first)
        {
            return false;
        }

        if (Is(j - 1, "he") || Is(j - 1, "she") || Is(j - 1, "it"))
        {
            return ThirdPersonForm(W(j)) || (In(j, DateVocabulary.ThirdPersonVerbs) && In(j - 1, DateVocabulary.ScheduledSubjects));
        }

        return !Cap(j) && IsWord(j - 1) && !Cap(j - 1) && In(j, DateVocabulary.ThirdPersonVerbs, out int guarded)
            && !DateVocabulary.Determiners.Contains(W(j - 1))
            && (guarded == 0 || (guarded == 2 ? Is(j + 1, "to") : DateVocabulary.ScheduledSubjects.Contains(W(j - 1))));
    }

    /// <summary>Whether <paramref name="w"/> is the third person singular of a scheduled event's verb ("meets", "defends", "goes").</summary>
    private static bool ThirdPersonForm(ReadOnlySpan<char> w) =>
        w.Length > 3 && (w[^1] == 's' || w[^1] == 'S')
            && (DateVocabulary.PresentVerbs.Contains(w[..^1]) || (w.Length > 3 && (w[^2] == 'e' || w[^2] == 'E') && DateVocabulary.PresentVerbs.Contains(w[..^2])));

    /// <summary>Whether the word at <paramref name="k"/> is a tense word written with a capital inside a name ("near New Hope", "in Will
    /// County"): not first in its sentence, after a capitalised word that is no date word or after a preposition, and not before another
    /// capitalised word other than a place's head (a headline in title case: "Storm Will Hit Coast") or an infinitive's "to" (a headline's "Fed Expected to Cut
    /// Rates on Wednesday" keeps its future).</summary>
    private bool NameWord(int k) =>
        k > _first && Cap(k) && IsWord(k - 1) && Lookup(W(k), out _) == WordKind.TenseMarker
        && ((Cap(k - 1) && Lookup(W(k - 1), out _) == WordKind.None) || IsPreposition(k - 1))
        && !(k + 1 < _end && IsWord(k + 1) && ((Cap(k + 1) && !DateVocabulary.PlaceHeads.Contains(W(k + 1))) || Is(k + 1, "to")));

    /// <summary>Whether the word at <paramref name="k"/> is a tense word used as a noun after a determiner or a possessive, the object
    /// of a past verb ("published its forecasts", "announced their plans"): the verb decides. A participle there still tells the time
    /// ("the planned strike", "the upcoming vote"), and so does a noun after a verb that is not past ("to notify their plans by").</summary>
    private bool TenseNoun(int k) =>
        k - 1 > _first && IsWord(k) && Lookup(W(k), out _) == WordKind.TenseMarker && IsWord(k - 2)
        && (RegularPast(W(k - 2)) || IrregularPast(k - 2)) && IsWord(k - 1) && DateVocabulary.Determiners.Contains(W(k - 1))
        && !W(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !W(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="w"/> reads as a regular past verb ("published", "announced", "agreed"): "-ed" on a stem of
    /// two letters or more, not a present verb in "-eed" ("need", "exceed", "proceed") unless it is an intent verb ("agreed").</summary>
    private static bool RegularPast(ReadOnlySpan<char> w) =>
        w.Length >= 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        && (!w.EndsWith("eed", StringComparison.OrdinalIgnoreCase) || DateVocabulary.IntentVerbs.Contains(w));

    /// <summary>
    /// Whether the name ending at <paramref name="k"/> is a subject that takes a plural verb: a team or a country opening the
    /// clause ("India play England on Sunday"), or the place that ends a plural subject ("Voters in Thailand go to the polls").
    /// A name after an article or a possessive is a modifier ("the Brexit vote", "Trump's visit"), not a subject.
    /// </summary>
    private bool NameSubject(int k)
    {
        int n = k;
        while (n - 1 >= _first && n > k - 3 && IsWord(n - 1) && Cap(n - 1) && Lookup(W(n - 1), out _) == WordKind.None)
        {
            n--;
        }

        if (n - 1 < _first || (Tokens[n - 1].Kind == TokenKind.Punctuation && !Is(n - 1, "'s") && !Is(n - 1, "’s")))
        {
            return true;
        }

        if (Is(n - 1, "the") && (Is(n - 2, "in") || Is(n - 2, "of") || Is(n - 2, "from") || Is(n - 2, "across")))
        {
            n--; // "Clocks in the US go forward"
        }

        if (!(Is(n - 1, "in") || Is(n - 1, "of") || Is(n - 1, "from") || Is(n - 1, "across")) || n - 2 < _first || !IsWord(n - 2) || (Cap(n - 2) && n - 2 > _first))
        {
            return false;
        }

        return PluralNoun(W(n - 2));
    }

    /// <summary>
    /// The tense a participle at the sentence's first token <paramref name="j"/> gives the date at <paramref name="k"/>: a past
    /// participle ("Appointed in October,", "Elected in 2019 to …") is past; a present one ("Arriving in Jakarta on Sunday, the
    /// delegation will meet", "Speaking on Tuesday, she said") takes the main clause's tense after the comma. Null otherwise.
    /// </summary>
    private Tense? OpeningParticiple(int j, int k)
    {
        ReadOnlySpan<char> w = W(j);
        if (!Cap(j) || !IsWord(j + 1) || Cap(j + 1) || Lookup(w, out _) != WordKind.None || w.Length < 5)
        {
            return null;
        }

        if (w.EndsWith("ed", StringComparison.Ordinal))
        {
            return Tense.Past;
        }

        if (!w.EndsWith("ing", StringComparison.Ordinal) || w.Length < 6 || w is "Morning" or "Evening" or "Nothing" or "Something" or "Everything" or "Anything"
            or "Meeting" or "Building" or "Wedding" or "Reading" or "Beijing" or "Sterling")
        {
            return null;
        }

        for (int m = k + 1; m < Math.Min(_end, k + 16); m++)
        {
            if (Is(m, ","))
            {
                Tense main = TenseAfter(m + 1);
                return main == Tense.Unknown ? null : main;
            }

            if (Tokens[m].Kind == TokenKind.Punctuation)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"retook", "rebuilt", "oversaw", "undertook": an irregular past form of the tense list behind a verb prefix.</summary>
    private static bool PrefixedPast(ReadOnlySpan<char> w)
    {
        int prefix = w.StartsWith("re", StringComparison.OrdinalIgnoreCase) ? 2
            : w.StartsWith("over", StringComparison.OrdinalIgnoreCase) ? 4
            : w.StartsWith("under", StringComparison.OrdinalIgnoreCase) ? 5
            : w.StartsWith("out", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        ReadOnlySpan<char> stem = w[prefix..];
        return prefix > 0 && stem.Length >= 3 && Lookup(stem, out int marker) == WordKind.TenseMarker && (Tense)marker == Tense.Past
            && !(stem is "was" or "were" or "had" or "has" or "have" or "did" or "ago" or "said" or "told");
    }

    /// <summary>Whether token <paramref name="j"/> is a preposition that a noun is often followed by ("on", "in", "at", "of" …).</summary>
    private bool Prepositional(int j) =>
        Is(j, "on") || Is(j, "in") || Is(j, "at") || Is(j, "of") || Is(j, "from") || Is(j, "to") || Is(j, "for") || Is(j, "with") || Is(j, "by");

    /// <summary>Whether the comma at <paramref name="c"/> closes a relative clause ", who …" or ", which …" that follows the sentence's first words.</summary>
    private bool RelativeClauseEnds(int c)
    {
        for (int q = c - 1; q > _first && q >= c - 10; q--)
        {
            if (Is(q, ","))
            {
                return (Is(q + 1, "who") || Is(q + 1, "which")) && q - _first <= 4;
            }

            if (Tokens[q].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"markets", "voters": a word of four letters or more ending in a single "s" that is no date word.</summary>
    private static bool PluralNoun(ReadOnlySpan<char> w) => w.Length > 3 && w[^1] == 's' && w[^2] != 's' && Lookup(w, out _) == WordKind.None;

    /// <summary>Whether tokens <paramref name="j"/> to <paramref name="k"/> are "with" and a clause led by a present participle ("with the third departing").</summary>
    private bool WithParticiple(int j, int k)
    {
        if (!Is(j, "with"))
        {
            return false;
        }

        for (int i = j + 1; i < k && i <= j + 4; i++)
        {
            if (IsWord(i) && !Cap(i) && W(i) is { Length: > 5 } w && w.EndsWith("ing", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the modal at <paramref name="j"/> is denied: "not" or "n't" after it, "neither", "nor" or "never" a few words before.</summary>
    private bool NegatedModal(int j)
    {
        if (Is(j + 1, "not") || Is(j + 1, "n't") || Is(j + 1, "never"))
        {
            return true;
        }

        for (int i = j - 1; i >= Math.Max(_first, j - 8); i--)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (Is(i, "neither") || Is(i, "nor"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a still unspecified date", "the proposed merger": an -ed word after a determiner (and an adverb) qualifies a noun.</summary>
    private bool Adjectival(int j)
    {
        int k = j - 1;
        if (Is(k, "remain") || Is(k, "remains") || Is(k, "stay") || Is(k, "stays"))
        {
            return true; // "will remain closed Thursday"
        }

        if (IsWord(k) && (Is(k, "still") || Is(k, "newly") || Is(k, "previously") || Is(k, "recently") || Is(k, "long")))
        {
            k--;
        }

        return Is(k, "a") || Is(k, "an") || Is(k, "the") || Is(k, "its") || Is(k, "their") || Is(k, "his") || Is(k, "her") || Is(k, "our")
            || Is(k, "this") || Is(k, "that") || Is(k, "these") || Is(k, "those");
    }

    /// <summary>Whether the past form at <paramref name="j"/> is a participle after "be", "been", "being" or a present auxiliary ("is held").</summary>
    private bool IsParticiple(int j) =>
        !Is(j, "was") && !Is(j, "were") && !Is(j, "had") && !Is(j, "did") && !Is(j, "has") && !Is(j, "have") && !Is(j, "ago")
        && (Is(j - 1, "be") || Is(j - 1, "been") || Is(j - 1, "being") || Is(j - 1, "is") || Is(j - 1, "are"));

    /// <summary>"on Monday but cancelled", "on Friday, but the hearing was adjourned": a "but" right after the date's phrase.</summary>
    private bool ButAfter(int last) => Is(last + 1, "but") || (Is(last + 1, ",") && Is(last + 2, "but"));
}
