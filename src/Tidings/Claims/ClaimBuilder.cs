using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Tidings.Numbers;
using Tidings.Text;

namespace Tidings.Claims;

/// <summary>The state of one claim pass over one document: finds sources, then groups quantities per sentence.</summary>
internal sealed class ClaimBuilder
{
    /// <summary>How far (in tokens) a verb or connector may stand from the quantity it belongs to.</summary>
    private const int Window = 6;

    /// <summary>At most this many sources per sentence, so the per-quantity source look-up stays constant-time
    /// (real sentences carry one or two; a run-on of "said" must not make the pass quadratic).</summary>
    private const int MaxSources = 8;

    /// <summary>A source farther than this many tokens from a quantity does not attribute it: no real sentence is that
    /// long, and a source reaching across a whole run-on input made claim texts (and their sorting) quadratic.</summary>
    private const int MaxSourceDistance = 80;

    private readonly Document _doc;
    private readonly string _text;
    private List<Claim>? _results;
    private readonly List<SourceSpan> _sources = new(MaxSources);
    private Cls[] _classes = [];
    private int _sentenceFirst;

    /// <summary>The persons of the document, as token ranges in text order.</summary>
    private readonly (int First, int Last)[] _persons;

    public ClaimBuilder(Document doc, ImmutableArray<Names.PersonMention> persons)
    {
        _doc = doc;
        _text = doc.Text;
        _persons = persons.Length == 0 ? [] : new (int, int)[persons.Length];
        for (int i = 0; i < persons.Length; i++)
        {
            _persons[i] = (TokenAt(persons[i].Start, 0, doc.Tokens.Length), TokenAt(persons[i].End - 1, 0, doc.Tokens.Length));
        }
    }

    /// <summary>Widens the start of a source phrase ending before a reporting verb to take in a person: one whose name
    /// the phrase cut ("… Michael Lopez said" where the phrase began inside the name), or one named before an
    /// appositive ("Michael Lopez, a police spokesman, said").</summary>
    private int WithPerson(int npFirst, int first)
    {
        // Persons are in text order and do not overlap: binary search for the first that ends at npFirst - 2 or later.
        int lo = 0, hi = _persons.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_persons[mid].Last < npFirst - 2)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < _persons.Length && _persons[i].First < npFirst; i++)
        {
            (int pf, int pl) = _persons[i];
            if (pf < npFirst && pl >= npFirst)
            {
                return Math.Max(pf, first);
            }

            if (pl == npFirst - 2 && pf >= first && Is(npFirst - 1, ",") && (Is(npFirst, "a") || Is(npFirst, "an") || Is(npFirst, "the")))
            {
                return pf;
            }
        }

        return npFirst;
    }

    /// <summary>The claims sorted by start, then end descending; a claim can start before its first quantity (at its
    /// subject or source), so emission order is not always text order. The sort is stable.</summary>
    public ImmutableArray<Claim> ToResults()
    {
        if (_results is null)
        {
            return [];
        }

        // Out of order only within a sentence (a claim that starts at its subject or source): insertion from the end
        // is stable and linear for such nearly sorted input.
        Claim[] all = [.. _results];
        for (int i = 1; i < all.Length; i++)
        {
            Claim c = all[i];
            int j = i - 1;
            while (j >= 0 && Mention.CompareByPosition(all[j], c) > 0)
            {
                all[j + 1] = all[j];
                j--;
                Steps++;
            }

            all[j + 1] = c;
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    /// <summary>Token look-ups made so far (for the linear-work property tests): every <see cref="Tokens"/> access counts one.</summary>
    public long Steps { get; private set; }

    private ReadOnlySpan<Token> Tokens
    {
        get
        {
            Steps++;
            return _doc.Tokens;
        }
    }

    private ReadOnlySpan<char> Word(int k) => _text.AsSpan(Tokens[k].Start, Tokens[k].Length);

    private bool Is(int k, string word) => Word(k).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>A source found in a sentence, and the tokens whose quantities it covers.</summary>
    private readonly record struct SourceSpan(int First, int Last, int ScopeFirst, int ScopeEnd);

    public void Sentence(Sentence sentence, ReadOnlySpan<Quantity> quantities)
    {
        int first = sentence.FirstToken;
        int end = sentence.EndToken;
        _sentenceFirst = first;
        if (_classes.Length < end - first)
        {
            _classes = new Cls[Math.Max(end - first, 2 * _classes.Length)];
        }

        Array.Clear(_classes, 0, end - first);

        // Token ranges of the quantities.
        Span<(int First, int Last)> at = quantities.Length <= 64 ? stackalloc (int, int)[quantities.Length] : new (int, int)[quantities.Length];
        for (int i = 0; i < quantities.Length; i++)
        {
            int from = i > 0 ? at[i - 1].First : first; // quantities come sorted by start
            int firstOfQuantity = TokenAt(quantities[i].Start, from, end);
            at[i] = (firstOfQuantity, TokenAt(quantities[i].End - 1, firstOfQuantity, end));
        }

        List<SourceSpan> sources = FindSources(first, end, at);

        int q = 0;
        while (q < quantities.Length)
        {
            if (InsideSource(at[q].First, sources))
            {
                q++;
                continue;
            }

            int last = Group(quantities, at, q, end, sources, out ClaimRelation relation);
            Emit(quantities[q..(last + 1)], at[q].First, at[last].Last, first, end, relation, SourceFor(at[q].First, sources));
            q = last + 1;
        }
    }

    // ---------------------------------------------------------------- grouping

    /// <summary>Chooses the relation of the claim that starts at quantity <paramref name="q"/>; returns its last quantity.</summary>
    private int Group(ReadOnlySpan<Quantity> qs, ReadOnlySpan<(int First, int Last)> at, int q, int end, List<SourceSpan> sources, out ClaimRelation relation)
    {
        Quantity head = qs[q];
        // Quantities attributed to different sources never form one claim ("police estimated …, while organizers …").
        bool hasNext = q + 1 < qs.Length && !InsideSource(at[q + 1].First, sources)
            && SourceFor(at[q].First, sources) == SourceFor(at[q + 1].First, sources);

        // A vote tally in one token: "68-32".
        if (hasNext && at[q].Last == at[q + 1].First)
        {
            relation = ClaimRelation.Comparison;
            return q + 1;
        }

        if (head.Unit.Kind == UnitKind.Ratio)
        {
            relation = ClaimRelation.Ratio;

            // "a quarter of the country's 45 million people": the whole the ratio is of.
            if (hasNext && Between(at[q].Last, at[q + 1].First) <= 4 && HasWordBetween(at[q].Last, at[q + 1].First, "of")
                && qs[q + 1].Unit.Kind == UnitKind.Count)
            {
                return q + 1;
            }

            return q;
        }

        if (head.Approximation == Approximation.Range)
        {
            relation = ClaimRelation.Range;
            return q;
        }

        if (hasNext && ComparisonLink(at[q].Last, at[q + 1].First))
        {
            // "5.1%, compared with 4.9% a year earlier" compares a value with its past: a change.
            relation = PastAfter(at[q + 1].Last, end) ? ClaimRelation.Change : ClaimRelation.Comparison;
            return q + 1;
        }

        // "voted 7 to 2": a tally, not a movement.
        if (hasNext && TallyBefore(at[q].First) && Between(at[q].Last, at[q + 1].First) <= 2 && HasWordBetween(at[q].Last, at[q + 1].First, "to"))
        {
            relation = ClaimRelation.Comparison;
            return q + 1;
        }

        bool change = ChangeVerbBefore(at[q].First, end) || (hasNext && ChangeLink(at[q].Last, at[q + 1].First, strict: true));
        if (change)
        {
            relation = ClaimRelation.Change;
            int last = q;
            while (last + 1 < qs.Length && !InsideSource(at[last + 1].First, sources)
                && SourceFor(at[q].First, sources) == SourceFor(at[last + 1].First, sources)
                && ChangeLink(at[last].Last, at[last + 1].First, strict: false))
            {
                last++;
            }

            return last;
        }

        relation = ClaimRelation.Single;
        return q;
    }

    private static int Between(int lastOfA, int firstOfB) => firstOfB - lastOfA - 1;

    private bool PastAfter(int last, int end)
    {
        for (int k = last + 1; k < end && k <= last + 4; k++)
        {
            if (Is(k, "earlier") || Is(k, "ago") || Is(k, "previously") || Is(k, "before") || Is(k, "last"))
            {
                return true;
            }
        }

        return false;
    }

    private bool TallyBefore(int first)
    {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (Is(k, "voted") || Is(k, "vote") || Is(k, "votes") || Is(k, "ballot") || Is(k, "tally"))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasWordBetween(int lastOfA, int firstOfB, string word)
    {
        for (int k = lastOfA + 1; k < firstOfB; k++)
        {
            if (Is(k, word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that link two quantities of one change: "by 3% to 5,000", "5.1%, up from 4.9%", "gained 0.8 points, or 1.1%, to close at 7,412.3".</summary>
    private bool ChangeLink(int lastOfA, int firstOfB, bool strict)
    {
        int gap = Between(lastOfA, firstOfB);

        // "About 4,500 migrants crossed in July, up from 3,100 in June"
        if (gap is >= 2 and <= 2 * Window && Is(firstOfB - 1, "from") && (Is(firstOfB - 2, "up") || Is(firstOfB - 2, "down"))
            && !HasTerminalBetween(lastOfA, firstOfB))
        {
            return true;
        }

        if (gap is < 1 or > Window)
        {
            return false;
        }

        bool link = false;
        for (int k = lastOfA + 1; k < firstOfB; k++)
        {
            ReadOnlySpan<char> w = Word(k);
            if (Has(k, Cls.ChangeLink))
            {
                // Only "to", "from", "by", "up", "down" make a change by themselves; ", or" restates within one.
                link |= !strict || Has(k, Cls.StrongChangeLink);
                continue;
            }

            if (Tokens[k].Kind == TokenKind.Word && CountedNoun(k))
            {
                continue; // "13 points to 7,400" — the counted noun of the first
            }

            return false;
        }

        return link;
    }

    private bool HasTerminalBetween(int lastOfA, int firstOfB)
    {
        for (int k = lastOfA + 1; k < firstOfB; k++)
        {
            if (Tokens[k].Has(TokenTraits.Terminal) || Is(k, ";"))
            {
                return true;
            }
        }

        return false;
    }

    private bool CountedNoun(int k) => k > 0 && Tokens[k].Kind == TokenKind.Word && !Tokens[k].Has(TokenTraits.Capitalized) && !Has(k, Cls.ChangeLink | Cls.Comparison | Cls.Reporting);

    private bool ChangeVerbBefore(int firstOfQuantity, int end)
    {
        int floor = Math.Max(0, firstOfQuantity - Window);
        for (int k = firstOfQuantity - 1; k >= floor; k--)
        {
            Token t = Tokens[k];
            if (t.Kind == TokenKind.Punctuation && !t.Has(TokenTraits.Quote) || t.Kind == TokenKind.Number)
            {
                return false;
            }

            if (Has(k, Cls.ChangeVerb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"70 of them against around 3,000", "68 votes to 32", "far short of the 500", "13 hostages for 39 prisoners".</summary>
    private bool ComparisonLink(int lastOfA, int firstOfB)
    {
        int gap = Between(lastOfA, firstOfB);
        if (gap is < 1 or > Window + 2)
        {
            return false;
        }

        for (int k = lastOfA + 1; k < firstOfB; k++)
        {
            Token t = Tokens[k];
            if (t.Has(TokenTraits.Terminal) || Is(k, ";"))
            {
                return false;
            }

            if (Has(k, Cls.Comparison))
            {
                return true;
            }
        }

        return false;
    }

    // ---------------------------------------------------------------- sources

    private List<SourceSpan> FindSources(int first, int end, ReadOnlySpan<(int First, int Last)> at)
    {
        List<SourceSpan> sources = _sources;
        sources.Clear();
        for (int k = first; k < end && sources.Count < MaxSources; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            // "according to X", "in line with X", "citing X", "quoting X"
            int lead = AttributionLead(k, end);
            if (lead > 0)
            {
                int x = k + lead;
                int xEnd = ClauseEnd(x, end);
                if (xEnd > x)
                {
                    bool atStart = k == first || (k == first + 1 && Tokens[first].Kind == TokenKind.Word);
                    sources.Add(atStart ? new SourceSpan(x, xEnd - 1, xEnd, end) : new SourceSpan(x, xEnd - 1, first, k));
                    k = xEnd - 1;
                }

                continue;
            }

            if (!Has(k, Cls.Reporting))
            {
                continue;
            }

            // "X put the figure at N"
            // "X said …" before the clause: X is the noun phrase just before the verb.
            int npFirst = NounPhraseBefore(k, first);
            if (npFirst < k && _persons.Length > 0)
            {
                npFirst = WithPerson(npFirst, first);
            }

            if (npFirst < k && !ContainsQuantity(npFirst, k - 1, at))
            {
                bool trailing = npFirst > first && (Tokens[npFirst - 1].Kind == TokenKind.Punctuation) && ClauseEnd(k + 1, end) == k + 1;
                if (trailing)
                {
                    // "…, police estimated." covers what came before.
                    sources.Add(new SourceSpan(npFirst, k - 1, first, npFirst));
                }
                else
                {
                    sources.Add(new SourceSpan(npFirst, k - 1, k + 1, end));
                }

                continue;
            }

            // "the union, which claims 40,000 members": the phrase before ", which".
            if (k - 2 >= first && (Is(k - 1, "which") || Is(k - 1, "who")) && Is(k - 2, ","))
            {
                int np = NounPhraseBefore(k - 2, first);
                if (np < k - 2 && !ContainsQuantity(np, k - 3, at))
                {
                    sources.Add(new SourceSpan(np, k - 3, k + 1, ClauseEnd(k + 1, end)));
                    continue;
                }
            }

            // "…, said Michael Lopez, a police spokesman."
            if (k > first && Tokens[k - 1].Kind == TokenKind.Punctuation && k + 1 < end)
            {
                int xEnd = ClauseEnd(k + 1, end);
                if (xEnd > k + 1 && xEnd - (k + 1) <= 8 && Tokens[k + 1].Has(TokenTraits.Capitalized) && !ContainsQuantity(k + 1, xEnd - 1, at))
                {
                    sources.Add(new SourceSpan(k + 1, xEnd - 1, first, k));
                    k = xEnd - 1;
                }
            }
        }

        // "organizers put the figure at 50,000": the verb phrase is the attribution.
        for (int k = first + 1; k + 3 < end && sources.Count < MaxSources; k++)
        {
            if (Is(k, "put") && Is(k + 1, "the") && (Is(k + 2, "figure") || Is(k + 2, "number") || Is(k + 2, "total") || Is(k + 2, "toll")))
            {
                int npFirst = NounPhraseBefore(k, first);
                if (npFirst < k)
                {
                    sources.Add(new SourceSpan(npFirst, k - 1, k + 1, end));
                }
            }
        }

        sources.Sort((a, b) => a.First.CompareTo(b.First));

        // A source named before its clause covers what follows it up to the next source.
        for (int i = 0; i + 1 < sources.Count; i++)
        {
            SourceSpan s = sources[i];
            if (s.ScopeFirst > s.Last && s.ScopeEnd > sources[i + 1].First)
            {
                sources[i] = s with { ScopeEnd = sources[i + 1].First };
            }
        }

        return sources;
    }

    private int AttributionLead(int k, int end)
    {
        if (Is(k, "according") && k + 1 < end && Is(k + 1, "to"))
        {
            return 2;
        }

        if ((Is(k, "citing") || Is(k, "quoting")) && k + 1 < end)
        {
            return 1;
        }

        if (Is(k, "in") && k + 2 < end && Is(k + 1, "line") && Is(k + 2, "with"))
        {
            return 3;
        }

        return 0;
    }

    /// <summary>The token just past the clause that starts at <paramref name="k"/>: the next comma, semicolon, colon, dash or terminal.</summary>
    private int ClauseEnd(int k, int end)
    {
        int limit = Math.Min(end, k + 24);
        for (; k < limit; k++)
        {
            Token t = Tokens[k];
            if (t.Kind == TokenKind.Punctuation && !t.Has(TokenTraits.Quote) && !Is(k, "’") && !(Is(k, "-") && !t.Has(TokenTraits.SpaceBefore)))
            {
                return k;
            }

            if (Is(k, "while") || Is(k, "but") || Is(k, "whereas") || Is(k, "and") && k + 1 < end && Tokens[k + 1].Kind == TokenKind.Word && ReportingAhead(k + 1, end))
            {
                return k;
            }
        }

        return k;
    }

    private bool ReportingAhead(int k, int end)
    {
        for (int j = k; j < end && j < k + 4; j++)
        {
            if (Has(j, Cls.Reporting))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first token of the noun phrase that ends just before <paramref name="verb"/>: "Los Angeles policeman Michael Lopez".</summary>
    private int NounPhraseBefore(int verb, int first)
    {
        int k = verb - 1;
        int floor = Math.Max(first, verb - 8);
        int start = verb;
        while (k >= floor)
        {
            Token t = Tokens[k];
            if (t.Kind != TokenKind.Word || Has(k, Cls.Clause | Cls.Reporting))
            {
                // A possessive "’s" belongs to the phrase: "ANCA’s western council".
                if (t.Kind == TokenKind.Word && Word(k).Length == 2 && (Word(k)[0] is '\'' or '’'))
                {
                    start = k--;
                    continue;
                }

                break;
            }

            start = k--;
        }

        return start;
    }

    private static bool ContainsQuantity(int firstToken, int lastToken, ReadOnlySpan<(int First, int Last)> at)
    {
        foreach ((int f, int l) in at)
        {
            if (f <= lastToken && l >= firstToken)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideSource(int token, List<SourceSpan> sources)
    {
        foreach (SourceSpan s in sources)
        {
            if (token >= s.First && token <= s.Last)
            {
                return true;
            }
        }

        return false;
    }

    private static SourceSpan? SourceFor(int token, List<SourceSpan> sources) =>
        ScopeOf(token, sources) is SourceSpan s && Math.Max(s.First - token, token - s.Last) <= MaxSourceDistance ? s : null;

    private static SourceSpan? ScopeOf(int token, List<SourceSpan> sources)
    {
        if (sources.Count == 0)
        {
            return null;
        }

        if (sources.Count == 1)
        {
            return sources[0];
        }

        foreach (SourceSpan s in sources)
        {
            if (token >= s.ScopeFirst && token < s.ScopeEnd)
            {
                return s;
            }
        }

        return null;
    }

    // ---------------------------------------------------------------- emitting

    private void Emit(ReadOnlySpan<Quantity> quantities, int firstToken, int lastToken, int sentenceFirst, int sentenceEnd, ClaimRelation relation, SourceSpan? source)
    {
        int start = quantities[0].Start;
        int end = quantities[^1].End;
        int afterCounted = lastToken + 1;
        foreach (Quantity q in quantities)
        {
            if (q.Counted is TextSpan c)
            {
                end = Math.Max(end, c.End);
                int from = c.Start >= quantities[0].Start ? firstToken : sentenceFirst;
                afterCounted = Math.Max(afterCounted, TokenAt(c.End - 1, from, sentenceEnd) + 1);
            }
        }

        TextSpan? sourceSpan = null;
        if (source is SourceSpan s)
        {
            sourceSpan = Span(s.First, s.Last);
            start = Math.Min(start, sourceSpan.Value.Start);
            end = Math.Max(end, sourceSpan.Value.End);
        }

        TextSpan? predicate = null;
        TextSpan? subject = null;
        int verb = PredicateFor(firstToken, lastToken, afterCounted, sentenceFirst, sentenceEnd);
        if (verb >= 0)
        {
            predicate = Span(verb, verb);
            if (verb < firstToken)
            {
                int np = NounPhraseBefore(verb, sentenceFirst);
                if (np < verb && !(source is SourceSpan src && np <= src.Last && verb - 1 >= src.First))
                {
                    subject = Span(np, verb - 1);
                    start = Math.Min(start, subject.Value.Start);
                }
            }

            start = Math.Min(start, predicate.Value.Start);
            end = Math.Max(end, predicate.Value.End);
        }

        (_results ??= []).Add(new Claim(start, end, _text[start..end], [.. quantities], relation, sourceSpan, subject, predicate));
    }

    /// <summary>The verb asserting the quantity: before it in its clause ("detained 13 people"), or a passive after it ("one … was injured").</summary>
    private int PredicateFor(int firstToken, int lastToken, int afterCounted, int sentenceFirst, int sentenceEnd)
    {
        int floor = Math.Max(sentenceFirst, firstToken - Window);
        for (int k = firstToken - 1; k >= floor; k--)
        {
            Token t = Tokens[k];
            if (t.Kind == TokenKind.Punctuation && !t.Has(TokenTraits.Quote) || t.Kind == TokenKind.Number
                || Is(k, "and") || Is(k, "but") || Is(k, "while") || Is(k, "whereas"))
            {
                break;
            }

            if (t.Kind == TokenKind.Word && IsVerb(k, sentenceFirst))
            {
                return k;
            }
        }

        // Passive after the counted noun: "one of the officers was injured".
        int limit = Math.Min(sentenceEnd, lastToken + Window + 2);
        for (int k = lastToken + 1; k + 1 < limit; k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation)
            {
                break;
            }

            if (Is(k, "was") || Is(k, "were") || Is(k, "been"))
            {
                return k + 1 < sentenceEnd && IsVerb(k + 1, sentenceFirst) ? k + 1 : -1;
            }
        }

        // The quantity is the subject: "Some 5,000 attended", "14 of 20 analysts expect a cut", "48 people reportedly died".
        int v = afterCounted;
        if (v < sentenceEnd && Tokens[v].Kind == TokenKind.Word && Word(v).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            v++;
        }

        if (v < sentenceEnd && Tokens[v].Kind == TokenKind.Word && !Tokens[v].Has(TokenTraits.Capitalized) && !Tokens[v].Has(TokenTraits.HasDigit)
            && !Has(v, Cls.Clause | Cls.NotVerb | Cls.Reporting) && !Subordinate(v)
            && !Word(v).EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return v;
        }

        return -1;
    }

    private bool Subordinate(int k) =>
        Is(k, "who") || Is(k, "which") || Is(k, "that") || Is(k, "a") || Is(k, "an") || Is(k, "the") || Is(k, "more") || Is(k, "less")
        || Is(k, "each") || Is(k, "per") || Is(k, "apiece") || Is(k, "so") || Is(k, "not") || Is(k, "into") || Is(k, "during")
        || Is(k, "under") || Is(k, "over") || Is(k, "across") || Is(k, "against") || Is(k, "among") || Is(k, "about") || Is(k, "up");

    private bool IsVerb(int k, int sentenceFirst)
    {
        if (Tokens[k].Has(TokenTraits.Capitalized) && k > sentenceFirst || Has(k, Cls.Reporting | Cls.NotVerb))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(k);
        return Has(k, Cls.Verb | Cls.ChangeVerb) || (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
    }

    private TextSpan Span(int firstToken, int lastToken)
    {
        int start = Tokens[firstToken].Start;
        int end = Tokens[lastToken].End;
        return new TextSpan(start, end, _text[start..end]);
    }

    /// <summary>The last token in [<paramref name="from"/>, <paramref name="end"/>) starting at or before <paramref name="offset"/>
    /// (<paramref name="from"/> if none). Gallops forward from <paramref name="from"/>, so the cost grows with the distance
    /// searched, not with the sentence: quantities are looked up in order.</summary>
    private int TokenAt(int offset, int from, int end)
    {
        int lo = from;
        int hi = from;
        for (int step = 1; hi < end - 1 && Tokens[hi].Start <= offset; step <<= 1)
        {
            lo = hi;
            hi = Math.Min(end - 1, hi + step);
        }

        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (Tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    // ---------------------------------------------------------------- tables

    /// <summary>What a word can do in a claim; a word can be several ("to" is a clause word and a change link).</summary>
    [Flags]
    private enum Cls : ushort
    {
        None = 0,
        Reporting = 1,
        ChangeVerb = 2,
        ChangeLink = 4,
        StrongChangeLink = 8,
        Comparison = 16,
        Clause = 32,
        Verb = 64,
        NotVerb = 128,
        Known = 0x8000,
    }

    /// <summary>Whether token <paramref name="k"/> has any of <paramref name="flags"/>: one look-up per token and sentence, cached.</summary>
    private bool Has(int k, Cls flags) => (Classify(k) & flags) != 0;

    private Cls Classify(int k)
    {
        int i = k - _sentenceFirst;
        if ((uint)i < (uint)_classes.Length)
        {
            Cls c = _classes[i];
            if (c == Cls.None)
            {
                c = Lookup(k) | Cls.Known;
                _classes[i] = c;
            }

            return c;
        }

        return Lookup(k);
    }

    private Cls Lookup(int k)
    {
        ReadOnlySpan<char> w = Word(k);
        return w.Length <= 16 && Words.TryGetValue(w, out Cls c) ? c : Cls.None;
    }

    private static readonly FrozenDictionary<string, Cls>.AlternateLookup<ReadOnlySpan<char>> Words = BuildWords();

    private static FrozenDictionary<string, Cls>.AlternateLookup<ReadOnlySpan<char>> BuildWords()
    {
        var d = new Dictionary<string, Cls>(StringComparer.OrdinalIgnoreCase);
        void Add(Cls flag, params string[] words)
        {
            foreach (string w in words)
            {
                d[w] = d.GetValueOrDefault(w) | flag;
            }
        }

        Add(Cls.Reporting, "said", "says", "say", "reported", "reports", "estimated", "estimates", "estimate", "told", "warned", "found",
        "announced", "claimed", "claims", "added", "stated", "noted", "confirmed", "wrote", "writes", "predicted",
        "forecast", "projected", "insisted", "argued", "acknowledged", "disclosed", "revealed", "showed", "shows");

        Add(Cls.ChangeVerb, "rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling", "climbed", "climb", "climbs",
        "eased", "ease", "eases", "dropped", "drop", "drops", "increased", "increase", "increases", "decreased", "decrease",
        "jumped", "jump", "jumps", "slumped", "slump", "grew", "grow", "grows", "grown", "gained", "gain", "gains", "declined",
        "decline", "declines", "surged", "surge", "soared", "soar", "plunged", "plunge", "tumbled", "tumble", "slipped",
        "slip", "shrank", "shrink", "expanded", "expand", "doubled", "tripled", "halved", "widened", "narrowed", "dipped",
        "advanced", "retreated", "sank", "slid", "lost", "shed", "contracted", "rebounded");

        Add(Cls.ChangeLink, "to", "from", "by", "up", "down", ",", "or", "close", "closing", "end", "ending", "finish", "settle", "settled",
        "at", "a", "year", "month", "week", "quarter", "earlier", "before", "ago", "previously", "the", "of",
        "compared", "with", "last");

        Add(Cls.StrongChangeLink, "to", "from", "by", "up", "down");

        Add(Cls.Comparison, "against", "versus", "vs", "vs.", "compared", "short", "beating", "beat", "exceeding", "outnumbering", "for",
        "than", "exchange", "swap", "surpassing", "topping", "trailing", "behind");

        Add(Cls.Clause, "that", "which", "who", "whom", "and", "but", "or", "while", "as", "after", "before", "when", "because", "since",
        "if", "although", "though", "whereas", "where", "than", "also", "has", "have", "had", "is", "are", "was", "were",
        "will", "would", "on", "in", "at", "by", "with", "to", "for", "of", "from", "said", "it", "they", "this");

        Add(Cls.Verb, "accounts", "account", "has", "have", "hit", "hits", "paid", "pays", "spent", "spends", "put", "puts", "cut", "cuts",
        "won", "wins", "drew", "draws", "took", "takes", "gave", "gives", "sold", "sells", "bought", "buys", "held", "holds",
        "met", "sent", "sends", "brought", "left", "leaves", "saw", "sees", "killed", "kill", "kills", "lost", "owns", "employs",
        "costs", "cost", "totalled", "totaled", "reached", "reaches", "numbered", "include", "includes", "received",
        "receives", "raised", "raises", "injured", "arrested", "detained", "allocated", "deployed", "evacuated", "fled",
        "marched", "rallied", "gathered", "attended", "voted", "approved", "earned", "earns", "made", "makes");

        Add(Cls.NotVerb, "need", "feed", "speed", "seed", "bed", "red", "hundred", "united", "limited", "based", "estimated", "alleged",
        "so-called", "armed", "detailed", "related", "elected", "reduced", "expected");

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
