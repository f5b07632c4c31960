using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>Pronoun sources: "…, it said.", "She added that …", "It expects …", "They found that …" — a personal pronoun
/// as the subject of a verb of speech, estimate or evidence is the claim's source, as written (no antecedent is looked
/// for). It stands where a subject can: the sentence's first word, after a comma or quotation mark, after "and"/"but", or
/// after a word of time or cause ("after it warned"). Not after a verb or "that" ("said it expected": the outer reporter
/// is the source), not after "than"/"as" (an expectation), not with an auxiliary ("it had reported": a tally, not a
/// report), and only with a verb of report: not one that revises ("after it cut its profit outlook") or puts a figure.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>Whether token <paramref name="p"/>, just before the verb <paramref name="verb"/> (the reporting word
    /// <paramref name="k"/> or an adverb before it), is a pronoun reporting a figure.</summary>
    private bool PronounSubject(int p, int verb, int k, int first, ReadOnlySpan<(int First, int Last)> at)
    {
        if (p < first || verb != k && !Has(verb, Cls.SourceAdverb) || !Guarded(p, Guard.SubjectPronoun))
        {
            return false;
        }

        // "and it sees about 400 people a month": a verb taking the figure as its object is the pronoun acting, not
        // reporting; speech takes a clause ("he said 40 people were hurt").
        if (QuantityStartsAt(k + 1, at) && !Is(k, "said") && !Is(k, "says"))
        {
            return false;
        }

        if (p == first)
        {
            return true;
        }

        Token before = Tokens[p - 1];
        return before.Kind == TokenKind.Punctuation && !IsPossessiveMark(p - 1)
            || Is(p - 1, "and") || Is(p - 1, "but") || Guarded(p - 1, Guard.SubordinateOpener);
    }

    /// <summary>Whether a source is one pronoun token.</summary>
    private bool IsPronounSource(SourceSpan s) => s.First == s.Last && Guarded(s.First, Guard.SubjectPronoun);

    /// <summary>Whether a source other than a pronoun is among <paramref name="sources"/> (two pronouns alone both stay).</summary>
    private bool HasNonPronounSource(List<SourceSpan> sources)
    {
        foreach (SourceSpan o in sources)
        {
            if (!IsPronounSource(o))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops a pronoun that closes the sentence ("…, it said.") where the sentence names its reporter already:
    /// another source ("The airline expects …, it said in a statement"), or an organization as its subject, the
    /// pronoun's antecedent ("The State Bank of Pakistan cut its key policy rate …, it said").</summary>
    private void DropEchoingPronouns(List<SourceSpan> sources, int first)
    {
        for (int i = sources.Count - 1; i >= 0; i--)
        {
            SourceSpan s = sources[i];
            if (!IsPronounSource(s) || s.ScopeFirst > s.Last)
            {
                continue;
            }

            if (HasNonPronounSource(sources) || NamedSubject(first, s.First))
            {
                sources.RemoveAt(i);
            }
        }
    }

    /// <summary>Whether the sentence opens with an organization the recognizer found, after at most a dateline
    /// ("KARACHI -") and an article.</summary>
    private bool NamedSubject(int first, int end)
    {
        int k = first;
        int limit = Math.Min(end, first + 4);
        while (k < limit && (Tokens[k].Kind == TokenKind.Punctuation || Tokens[k].Has(TokenTraits.AllCaps) || Has(k, Cls.Determiner)))
        {
            k++;
        }

        int lo = 0, hi = _organizations.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_organizations[mid].First < first)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < _organizations.Length && _organizations[lo].First <= k;
    }
}
