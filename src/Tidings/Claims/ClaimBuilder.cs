using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Tidings.Numbers;
using Tidings.Text;
using Cls = Tidings.Claims.ClaimWords.Cls;
using Guard = Tidings.Claims.ClaimGuards.Guard;

namespace Tidings.Claims;

/// <summary>The state of one claim pass over one document: finds sources, then groups quantities per sentence.</summary>
internal sealed partial class ClaimBuilder
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
    private readonly Token[] _tokenArray;
    private readonly int _tokenCount;
    private List<Claim>? _results;
    private readonly List<SourceSpan> _sources = new(MaxSources);
    private Cls[] _classes = [];
    private int _sentenceFirst;

    /// <summary>Per quantity of the current sentence: which of its sources attributes it (1 + the index of the first
    /// source equal to the one <see cref="SourceFor"/> finds, 0 for none), with <see cref="InsideSourceCode"/> set
    /// when the quantity lies inside a source. Set once per sentence by <see cref="SourceCodes"/>, so
    /// <see cref="CanJoin"/> compares two ints instead of asking the sources for both quantities at every call. Rented
    /// from the shared pool on the first sentence and given back by <see cref="ToResults"/>, so a document allocates none.</summary>
    private int[] _sourceCodes = [];

    /// <summary>The bit of <see cref="_sourceCodes"/> marking a quantity inside a source ("One of the 12 officials said").</summary>
    private const int InsideSourceCode = 1 << 30;

    /// <summary>The tokens of the current sentence: the cached classes of <see cref="_classes"/> past it are an earlier
    /// sentence's, so <see cref="Classify"/> reads only this many.</summary>
    private int _sentenceLength;

    /// <summary>The persons of the document, as token ranges in text order.</summary>
    private readonly (int First, int Last)[] _persons;

    /// <summary>The organizations of the document, as token ranges in text order.</summary>
    private readonly (int First, int Last)[] _organizations;

    public ClaimBuilder(Document doc, ImmutableArray<Names.PersonMention> persons, ImmutableArray<Names.OrganizationMention> organizations = default)
    {
        _doc = doc;
        _text = doc.Text;
        _tokenArray = doc.TokenArray;
        _tokenCount = doc.TokenCount;
        _persons = TokenRanges(persons);
        _organizations = organizations.IsDefault ? [] : TokenRanges(organizations);
    }

    private (int First, int Last)[] TokenRanges<T>(ImmutableArray<T> mentions)
        where T : Mention
    {
        if (mentions.Length == 0)
        {
            return [];
        }

        var ranges = new (int First, int Last)[mentions.Length];
        int from = 0;
        for (int i = 0; i < mentions.Length; i++)
        {
            // Mentions come in text order, so each look-up gallops on from the last.
            int firstToken = TokenAt(mentions[i].Start, from, _doc.Tokens.Length);
            ranges[i] = (firstToken, TokenAt(mentions[i].End - 1, firstToken, _doc.Tokens.Length));
            from = firstToken;
        }

        return ranges;
    }

    /// <summary>The claims sorted by start, then end descending; a claim can start before its first quantity (at its
    /// subject or source), so emission order is not always text order. The sort is stable.</summary>
    public ImmutableArray<Claim> ToResults()
    {
        ReturnSourceCodes();
        if (_results is null)
        {
            return [];
        }

        // Out of order only within a sentence (a claim that starts at its subject or source): insertion from the end
        // is stable and linear for such nearly sorted input.
        Claim[] all = [.. _results];
        ResultList<Claim>.Return(_results);
        _results = null;
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

        GiveCredits(all);
        return ImmutableCollectionsMarshal.AsImmutableArray(all);
    }

    /// <summary>Token look-ups made so far (for the linear-work property tests): every <see cref="Tokens"/> access counts one.</summary>
    public long Steps { get; private set; }

    private ReadOnlySpan<Token> Tokens
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (StepCounting.PerRead)
            {
                Steps++;
            }

            // The document's span without its checks (the array holds at least the count): read at every look-up.
            return MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(_tokenArray), _tokenCount);
        }
    }

    private ReadOnlySpan<char> Word(int k)
    {
        Token t = Tokens[k];
        return _text.AsSpan(t.Start, t.Length);
    }

    /// <summary>Whether token <paramref name="k"/> is <paramref name="word"/> (ignoring case): the lengths first, so most
    /// tokens are turned away without a comparison.</summary>
    /// <remarks>A token outside the text is no word (false), as with SentenceCursor.Is. A one-character word (",", "(", "%", "a": a sixth of the call sites) is compared as a character when both
    /// are ASCII: the same answer as the span comparison, without its call. Inlined at its call sites (session 33), where the
    /// word is a literal: a token of another length costs a few instructions and no call; only a token of the word's length
    /// calls <see cref="TextIs"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Is(int k, string word)
    {
        if ((uint)k >= (uint)_tokenCount)
        {
            return false; // one past either end: "8,400 crossings, fivefold" with nothing after it
        }

        Token t = Tokens[k];
        return t.Length == word.Length && TextIs(t.Start, word);
    }

    /// <summary><see cref="Is"/>'s comparison of the text at <paramref name="start"/>, as long as <paramref name="word"/>, with the word.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TextIs(int start, string word)
    {
        if (word.Length == 1)
        {
            char c = _text[start];
            char w = word[0];
            if (c == w)
            {
                return true;
            }

            if ((c | w) < 0x80)
            {
                // Two ASCII characters are equal ignoring case only as the two cases of one letter.
                return (c | 0x20) == (w | 0x20) && (uint)((c | 0x20) - 'a') < 26;
            }
        }

        return CharClass.EqualsWord(_text.AsSpan(start, word.Length), word);
    }

    /// <summary>A source found in a sentence, and the tokens whose quantities it covers; <paramref name="Coordinated"/>: it
    /// opens a clause joined by ", and" / ", but", one after a ";", or one opened by "where", "while" or "whereas", so even
    /// alone in its sentence it covers nothing before it; <paramref name="Bounded"/>: it stands in a clause of time or cause
    /// opening the sentence ("Since the government said …, applications have fallen 38%"), or before a ";" whose clause
    /// corrects its figure ("; the correct figure is 14"), so even alone it covers nothing past that clause or ";"; <paramref name="Forward"/>: it
    /// covers only the clause after its scope's start, even alone (", saying the figure was under 2%").</summary>
    private readonly record struct SourceSpan(int First, int Last, int ScopeFirst, int ScopeEnd, bool Coordinated = false, bool Bounded = false,
        bool Forward = false);

    /// <summary>Groups the <paramref name="quantities"/> of one sentence into claims. <paramref name="ranges"/>: their first
    /// and last tokens when the quantity pass handed them over (empty: found here from the offsets).</summary>
    public void Sentence(Sentence sentence, ReadOnlySpan<Quantity> quantities, ReadOnlySpan<(int First, int Last)> ranges = default)
    {
        int first = sentence.FirstToken;
        int end = sentence.EndToken;
        _sentenceFirst = first;
        _sentenceLength = end - first;
        if (_classes.Length < end - first)
        {
            _classes = new Cls[Math.Max(end - first, 2 * _classes.Length)];
        }

        Array.Clear(_classes, 0, end - first);

        // Token ranges of the quantities.
        Span<(int First, int Last)> at = quantities.Length <= 64 ? stackalloc (int, int)[quantities.Length] : new (int, int)[quantities.Length];
        if (ranges.Length == quantities.Length)
        {
            ranges.CopyTo(at);
        }
        else
        {
            TokenRanges(quantities, first, end, at);
        }

        List<SourceSpan> sources = FindSources(first, end, at);

        // "15.3 million on BBC One, compared with 11.8 million": a number word inside a name (or "the previous three", a
        // period named by its number) is no quantity claimed, and does not stand between the two it separates (removed
        // only when there is one, so most sentences copy nothing). "Could inflation hit 5% again?": nor is a number asked about.
        int unstated = quantities.Length > 0 ? UnstatedUntil(first, end) : first;
        for (int i = 0; i < quantities.Length; i++)
        {
            if (at[i].First < unstated || NotClaimed(quantities, at, i))
            {
                var kept = new List<int>(quantities.Length);
                for (int j = 0; j < quantities.Length; j++)
                {
                    if (at[j].First >= unstated && !NotClaimed(quantities, at, j))
                    {
                        kept.Add(j);
                    }
                }

                var keptQuantities = new Quantity[kept.Count];
                var keptAt = new (int First, int Last)[kept.Count];
                for (int j = 0; j < kept.Count; j++)
                {
                    keptQuantities[j] = quantities[kept[j]];
                    keptAt[j] = at[kept[j]];
                }

                quantities = keptQuantities;
                at = keptAt;
                break;
            }
        }

        SourceCodes(at, sources);
        _respectivelyLast = -1;
        _seriesRun = (-1, -1, -1, 0, 0, 0);
        _seriesRunInside = _seriesRun;
        _identifierRun = (-1, -1, 0);
        int q = 0;
        ClaimRelation previous = ClaimRelation.Single;
        bool previousVerb = false; // the previous claim is a move stated by a verb (or a gapped conjunct of one)
        int previousStart = 0;
        while (q < quantities.Length)
        {
            if ((_sourceCodes[q] & InsideSourceCode) != 0)
            {
                // "The study of 2,400 adults found …": a study's sample is a figure of its own, stated by no one.
                // "Acme Foods, which employs 4,000 people, said": a figure describing the speaker, stated by no one.
                if (SampleAt(at[q].First, first))
                {
                    Emit(quantities[q..(q + 1)], at[q].First, at[q].Last, first, end, ClaimRelation.Single, null);
                }
                else if (CommaRelativeBefore(at[q].First, first))
                {
                    // "Vance Retail, whose sales fell 8% to $2 billion last year, said": the clause's figures group among
                    // themselves, as a claim of their own, up to the comma closing the relative clause.
                    int inside = q + 1;
                    int clause = RelativeClauseLimit(at, q, end);
                    while (inside < quantities.Length && inside < clause && (_sourceCodes[inside] & InsideSourceCode) != 0)
                    {
                        inside++;
                    }

                    _frame = NoFrame;
                    _holderFrame = NoFrame;
                    _tailTo = -1;
                    int own = Group(quantities[..inside], at[..inside], q, end, out ClaimRelation ownRelation);
                    Emit(quantities[q..(own + 1)], at[q].First, at[own].Last, first, end, ownRelation, null);
                    q = own;
                }

                q++;
                previous = ClaimRelation.Single;
                continue;
            }

            // "grow 0.9% this year and 1.4% next year, down from 1.2% and 1.6% previously": two moves paired by position.
            if (PairedMoves(quantities, at, q))
            {
                int code = (_sourceCodes[q] & ~InsideSourceCode) - 1;
                SourceSpan? pairSource = code >= 0 ? sources[code] : null;
                Emit([quantities[q], quantities[q + 2]], at[q].First, at[q + 2].Last, first, end, ClaimRelation.Change, pairSource);
                Emit([quantities[q + 1], quantities[q + 3]], at[q + 1].First, at[q + 3].Last, first, end, ClaimRelation.Change, pairSource);
                previous = ClaimRelation.Change;
                previousVerb = false;
                previousStart = q;
                q += 4;
                continue;
            }

            // "Exports rose 5.2% and imports 3.1%": a conjunct that shares the move's verb is a move of its own.
            _gappedMove = previous == ClaimRelation.Change && previousVerb && q > 0 && SameKindIn(quantities[previousStart..q], quantities[q])
                && GappedConjunct(at[q - 1].Last, at[q].First, at[q].Last, end, move: true)
                || q <= _respectivelyLast && previous == ClaimRelation.Change; // "rose 9%, 11% and 6% respectively"

            // "Housing costs, which rose 9% last year, now take up 41% of …": a figure in a relative clause set off by commas
            // forms no claim with one past the clause's closing comma.
            // "If rates rise to 5%, a £200,000 mortgage costs £1,170 a month": nor one in an opening condition with one past it.
            int limit = Math.Min(RelativeClauseLimit(at, q, end), ConditionLimit(at, q, end));
            _frame = NoFrame;
            _holderFrame = NoFrame;
            _tailTo = -1;
            int last = Group(quantities[..limit], at[..limit], q, end, out ClaimRelation relation);
            previousVerb = relation == ClaimRelation.Change && (_gappedMove || MoveVerbBefore(at[q].First));
            previousStart = q;
            _gappedMove = false;

            // "record losses of 6% in 2022 and 4.4% in 2023": the move carries over to a coordinated quantity.
            if (relation == ClaimRelation.Single && previous == ClaimRelation.Change && q > 0 && CoordinatedWith(at[q - 1].Last, at[q].First, quantities[q - 1].Unit.Kind == quantities[q].Unit.Kind))
            {
                relation = ClaimRelation.Change;
            }

            if (relation == ClaimRelation.Single && last == q && GroupRisk(at[q].Last, end))
            {
                relation = ClaimRelation.Comparison; // "27% more likely to develop dementia": one group set against another
            }

            previous = relation;
            int source = (_sourceCodes[q] & ~InsideSourceCode) - 1;
            Emit(quantities[q..(last + 1)], at[q].First, at[last].Last, first, end, relation, source >= 0 ? sources[source] : null);
            q = last + 1;
        }
    }

    /// <summary>Gives <see cref="_sourceCodes"/> back to the shared pool (if one was rented).</summary>
    private void ReturnSourceCodes()
    {
        if (_sourceCodes.Length > 0)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(_sourceCodes);
            _sourceCodes = [];
        }
    }

    /// <summary>Sets <see cref="_sourceCodes"/> for the quantities at <paramref name="at"/>: whether each lies inside one of
    /// the <paramref name="sources"/>, and which source (by value: two equal spans share a code) attributes it.</summary>
    private void SourceCodes(ReadOnlySpan<(int First, int Last)> at, List<SourceSpan> sources)
    {
        if (_sourceCodes.Length < at.Length)
        {
            ReturnSourceCodes();
            _sourceCodes = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(at.Length, 16));
        }

        Span<int> codes = _sourceCodes.AsSpan(0, at.Length);
        if (sources.Count == 0)
        {
            codes.Clear(); // most sentences: no source, nothing inside one
            return;
        }

        for (int i = 0; i < at.Length; i++)
        {
            int code = 0;
            if (SourceFor(at[i].First, sources) is SourceSpan s)
            {
                int index = 0;
                while (sources[index] != s)
                {
                    index++;
                }

                code = index + 1;
            }

            codes[i] = InsideSource(at[i].First, sources) ? code | InsideSourceCode : code;
        }
    }

    /// <summary>The first and last token of each of a sentence's <paramref name="quantities"/>, found from their offsets.</summary>
    private void TokenRanges(ReadOnlySpan<Quantity> quantities, int first, int end, Span<(int First, int Last)> at)
    {
        for (int i = 0; i < quantities.Length; i++)
        {
            int from = i > 0 ? at[i - 1].First : first; // quantities come sorted by start
            int firstOfQuantity = TokenAt(quantities[i].Start, from, end);
            at[i] = (firstOfQuantity, TokenAt(quantities[i].End - 1, firstOfQuantity, end));
        }
    }

    private bool NotClaimed(ReadOnlySpan<Quantity> quantities, ReadOnlySpan<(int First, int Last)> at, int i)
    {
        (int first, int last) = at[i];
        return NamePart(first, last) || ElidedPeriod(first, last) || RateBase(first, last) || SizeOfNoun(first, last) || DefiniteCount(first, last)
            || KnockoutStage(first, last) || ConfidenceLevel(quantities, at, i) || ExampleOne(at, i) || Placeholder(first)
            || IdentifierNumber(first, last) || SuspendedCompound(first, last) || PronounOne(at, i)
            || ReviewRating(quantities[i], first, last) || ThresholdDefinition(quantities[i], last) || RankNumber(first, last);
    }

    /// <summary>"11.4 per 100,000 people", "3 deaths per 1,000 births": the round base of a rate is its unit, no quantity claimed.</summary>
    private bool RateBase(int first, int last)
    {
        if (first != last || first - 1 < _sentenceFirst || !Is(first - 1, "per") || Tokens[first].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(first);
        if (w.Length < 3 || w[0] != '1')
        {
            return false;
        }

        foreach (char c in w[1..])
        {
            if (c is not ('0' or ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"compared with 1,100 in the previous three.": a number word standing for a period named just before it.</summary>
    private bool ElidedPeriod(int first, int last) =>
        first == last && first - 2 >= _sentenceFirst && Tokens[first].Kind == TokenKind.Word && Is(first - 2, "the")
        && (Is(first - 1, "previous") || Is(first - 1, "past") || Is(first - 1, "last") || Is(first - 1, "next") || Is(first - 1, "prior"))
        && (last + 1 >= _sentenceFirst + _sentenceLength || Tokens[last + 1].Kind == TokenKind.Punctuation);

    /// <summary>"BBC One", "the Big Four": a number word written as part of a name is no quantity claimed.</summary>
    private bool NamePart(int first, int last) =>
        first == last && first - 1 > _sentenceFirst && Tokens[first].Kind == TokenKind.Word && Tokens[first].Has(TokenTraits.Capitalized)
        && Tokens[first - 1].Kind == TokenKind.Word && Tokens[first - 1].Has(TokenTraits.Capitalized) && !Has(first - 1, Cls.Determiner | Cls.Preposition);

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

        (int Start, int End) sourceSpan = NoPart;
        if (source is SourceSpan s)
        {
            sourceSpan = WithoutWireTag(Span(s.First, s.Last)); // not "BRIEF-" in "BRIEF-Anglo American says"
            start = Math.Min(start, sourceSpan.Start);
            end = Math.Max(end, sourceSpan.End);
        }

        // A room that joined two figures may name the one whose own frame the claim keeps (the outcome after a target, a worked
        // example's move) and the end of the last figure's post-modifier (session 36, claims36: review 35c F3, F4, F7).
        (int frameFirst, int frameLast) = _frame.First >= firstToken && _frame.Last <= lastToken ? _frame : (firstToken, lastToken);
        if (_tailTo > lastToken && _tailTo < sentenceEnd)
        {
            end = Math.Max(end, Tokens[_tailTo].End);
        }

        (int holderFirst, int holderLast) = _holderFrame.First >= firstToken && _holderFrame.Last <= lastToken ? _holderFrame : NoFrame;
        _frame = NoFrame;
        _holderFrame = NoFrame;
        _tailTo = -1;
        (int Start, int End) predicate = NoPart;
        (int Start, int End) subject = NoPart;
        // A frame figure before the last keeps its own counted noun out of the predicate ("About 1,200 jobs went, matching the
        // 1,200 lost in 2020": "went", not "jobs") (session 36, mend36c: review 36c F10).
        int frameAfter = frameLast == lastToken ? afterCounted : frameLast + 1;
        if (frameLast != lastToken)
        {
            foreach (Quantity q in quantities)
            {
                if (q.Start == Tokens[frameFirst].Start && q.Counted is TextSpan fc && fc.Start >= q.Start)
                {
                    frameAfter = Math.Max(frameAfter, TokenAt(fc.End - 1, frameFirst, sentenceEnd) + 1);
                }
            }
        }

        int verb = PredicateFor(frameFirst, frameLast, frameAfter, sentenceFirst, sentenceEnd);
        if (verb < 0 && _nominalMove >= 0)
        {
            start = Math.Min(start, Tokens[_nominalMove].Start); // "The rise in the base rate to 5.25%" (review 37c G2)
        }

        if (verb >= 0)
        {
            predicate = Span(verb, verb);
            if (verb < frameFirst)
            {
                int np = PhraseBefore(verb, sentenceFirst);
                if (np < verb && !(source is SourceSpan src && np <= src.Last && verb - 1 >= src.First))
                {
                    subject = Span(np, verb - 1);
                    start = Math.Min(start, subject.Start);
                }
            }

            start = Math.Min(start, predicate.Start);
            end = Math.Max(end, predicate.End);
        }

        // "Tesla had targeted 500,000 deliveries; it delivered 480,000": an outcome with no subject of its own keeps the
        // target's holder as the claim's subject (session 36, mend36c: review 36c F9).
        if (subject == NoPart && holderFirst >= 0)
        {
            int held = PredicateFor(holderFirst, holderLast, holderLast + 1, sentenceFirst, sentenceEnd);
            while (held - 1 > sentenceFirst && held < holderFirst && (Is(held - 1, "had") || Is(held - 1, "has") || Is(held - 1, "have")))
            {
                held--; // "Tesla had targeted": the holder stands before the auxiliary
            }

            int np = held >= 0 && held < holderFirst ? PhraseBefore(held, sentenceFirst) : -1;
            if (np >= 0 && np < held && !(source is SourceSpan src && np <= src.Last && held - 1 >= src.First))
            {
                subject = Span(np, held - 1);
                start = Math.Min(start, subject.Start);
            }
        }

        // A claim of one quantity and nothing else ("$ 16,935") shares the quantity's text (when it is the document's).
        Quantity only = quantities[0];
        string text = quantities.Length == 1 && start == only.Start && end == only.End && only.Text.AsSpan().SequenceEqual(_text.AsSpan(start, end - start))
            ? only.Text
            : _text[start..end];
        (_results ??= ResultList<Claim>.Take()).Add(new Claim(start, end, text, [.. quantities], relation, sourceSpan, subject, predicate));
    }

    /// <summary>The verb asserting the quantity: before it in its clause ("detained 13 people"), or a passive after it ("one … was injured").</summary>
    private int PredicateFor(int firstToken, int lastToken, int afterCounted, int sentenceFirst, int sentenceEnd)
    {
        // "Ryanair cut its traffic target for the year to 198 million passengers": the level a verb carried its object to may
        // stand past a long object, so the look back reaches twice as far after "to" (session 36, claims36: review 35c F1), but
        // only to a verb whose object is a target, forecast or stake ([reach-heads] or a [ForecastNoun]) right after it
        // ("cut its … target", "raised his stake in …"), and not across a relative word ("… that closed the road for hours
        // brought the death toll …"); a noun after a determiner is no verb ("reported a drop in …", "the cost of …")
        // (session 36, mend36c: review 36c F3), but a verb may follow a demonstrative ("the violence that killed 2,000
        // people") (session 37, land37c).
        bool afterTo = firstToken - 1 >= sentenceFirst && Is(firstToken - 1, "to");
        _nominalMove = -1;
        int near = Math.Max(sentenceFirst, firstToken - Window);
        int floor = afterTo ? Math.Max(sentenceFirst, firstToken - 2 * Window) : near;
        for (int k = firstToken - 1; k >= floor; k--)
        {
            Token t = Tokens[k];
            // "BP lowered its target for oil and gas output to 2 million barrels a day": after "to", an "and" or "or" between
            // two plain nouns of the object joins nouns, not clauses (review 37c G3).
            bool nounPair = afterTo && (Is(k, "and") || Is(k, "or")) && k - 1 >= sentenceFirst && k + 1 < firstToken && PlainNoun(k - 1) && PlainNoun(k + 1);
            if (t.Kind == TokenKind.Punctuation && !t.Has(TokenTraits.Quote) || t.Kind == TokenKind.Number
                || (Is(k, "and") || Is(k, "but") || Is(k, "while") || Is(k, "whereas")) && !nounPair
                || k < near && (Is(k, "that") || Is(k, "which") || Is(k, "who")))
            {
                break;
            }

            if (t.Kind == TokenKind.Word && IsVerb(k, sentenceFirst)
                && !(k - 1 >= sentenceFirst && ArticleBefore(k, sentenceFirst))
                && (k >= near || ReachesTarget(k, firstToken - 1)))
            {
                return k;
            }

            // "The rise in the base rate to 5.25%", "a cut in the price cap to £1,500": a move named by a noun after an
            // article or possessive; when no verb stands further back, the claim opens at that article (review 37c G2).
            if (afterTo && _nominalMove < 0 && k >= near && k - 1 >= sentenceFirst && t.Kind == TokenKind.Word && Has(k, Cls.ChangeVerb | Cls.ChangeNoun)
                && ArticleBefore(k, sentenceFirst))
            {
                _nominalMove = k - 1;
            }
        }

        // A figure right after "to" is the level something was carried to, the subject of no verb after it ("Talks aimed at
        // securing a cut in the price cap to £1,500 collapsed": not "collapsed"); "Up to 5,000 people were injured" holds
        // its "to" in the figure (session 37, land37c: review 36c F3).
        if (afterTo)
        {
            return -1;
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

    /// <summary>A lower-case word of no verb, clause or determiner class ("oil", "gas", "sales", "profit").</summary>
    private bool PlainNoun(int k) =>
        Tokens[k].Kind == TokenKind.Word && !Tokens[k].Has(TokenTraits.Capitalized)
        && !Has(k, Cls.Verb | Cls.ChangeVerb | Cls.Clause | Cls.Breaker | Cls.Determiner | Cls.Preposition | Cls.Reporting)
        && !Word(k).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the verb at <paramref name="verb"/> takes as its object, up to <paramref name="to"/>, a noun phrase that
    /// opens with a determiner or possessive (after an optional particle: "revised down its") and holds a target, forecast or
    /// stake noun ([ForecastNoun], claim-guards [reach-heads]): "cut its traffic target for the year to", "raised his stake in
    /// Property Capital Trust to".</summary>
    private bool ReachesTarget(int verb, int to)
    {
        int d = verb + 1;
        if (d < to && (Is(d, "down") || Is(d, "up")))
        {
            d++;
        }

        if (d >= to || !Has(d, Cls.Determiner))
        {
            return false;
        }

        for (int m = d + 1; m < to; m++)
        {
            if (Tokens[m].Kind == TokenKind.Word && (Has(m, Cls.ForecastNoun) || ReachHeads.Contains(Word(m))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns besides a forecast's that a verb may carry to a level past a long object (claim-guards [reach-heads]:
    /// "stake", "lead").</summary>
    private static readonly AsciiWordTable<bool> ReachHeads = ClaimGuards.Set("reach-heads");

    private bool Subordinate(int k) => SubordinateWords.Contains(Word(k));

    /// <summary>Words after a quantity that start no predicate ("14 who", "5 per", "20 over"), in any case.</summary>
    private static readonly AsciiWordTable<bool> SubordinateWords = AsciiWordTable.Of(
        "who", "which", "that", "a", "an", "the", "more", "less", "each", "per", "apiece", "so", "not", "into", "during",
        "under", "over", "across", "against", "among", "about", "up");

    private bool IsVerb(int k, int sentenceFirst)
    {
        if (Tokens[k].Has(TokenTraits.Capitalized) && k > sentenceFirst || Has(k, Cls.Reporting | Cls.NotVerb))
        {
            return false;
        }

        ReadOnlySpan<char> w = Word(k);
        return Has(k, Cls.Verb | Cls.ChangeVerb) || (w.Length > 4 && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The figure (first and last token) whose own subject and predicate the next claim emitted keeps, when a room
    /// joined it to figures before it ("The aim was to raise £2m; the appeal raised £3.4m": "the appeal" / "raised"), or
    /// <see cref="NoFrame"/>: the claim's first figure. Read and cleared by <see cref="Emit"/>.</summary>
    private (int First, int Last) _frame = NoFrame;

    /// <summary>The last token of the last figure's post-modifier the next claim emitted covers ("matching the $10m donated
    /// by Bill Gates"), or -1. Read and cleared by <see cref="Emit"/>.</summary>
    private int _tailTo = -1;

    /// <summary>The target figure whose holder the next claim emitted takes as its subject when its frame names none ("Tesla"
    /// in "Tesla had targeted 500,000 deliveries; it delivered 480,000"), or <see cref="NoFrame"/>. Read and cleared by
    /// <see cref="Emit"/>.</summary>
    private (int First, int Last) _holderFrame = NoFrame;

    /// <summary>The article or possessive opening a move named by a noun that <see cref="PredicateFor"/> met before a figure
    /// after "to" ("The rise in the base rate to 5.25%"), or -1; set by every call, read by <see cref="Emit"/> when no verb
    /// was found.</summary>
    private int _nominalMove = -1;

    /// <summary>No frame set by a room (see <see cref="_frame"/>).</summary>
    private static readonly (int First, int Last) NoFrame = (-1, -1);

    /// <summary>No source, subject or predicate (see the internal <see cref="Claim"/> constructor).</summary>
    private static readonly (int Start, int End) NoPart = (-1, 0);

    /// <summary>The offsets of a run of tokens: a part of a claim, whose text the claim cuts from its own when read.</summary>
    private (int Start, int End) Span(int firstToken, int lastToken) => (Tokens[firstToken].Start, Tokens[lastToken].End);

    /// <summary>The last token in [<paramref name="from"/>, <paramref name="end"/>) starting at or before <paramref name="offset"/>
    /// (<paramref name="from"/> if none). Gallops forward from <paramref name="from"/>, so the cost grows with the distance
    /// searched, not with the sentence: quantities are looked up in order.</summary>
    private int TokenAt(int offset, int from, int end)
    {
        // The tokens are read once; a step is still counted for each token read.
        ReadOnlySpan<Token> tokens = _doc.Tokens;
        int reads = 0;
        int lo = from;
        int hi = from;
        for (int step = 1; hi < end - 1 && tokens[hi].Start <= offset; step <<= 1)
        {
            reads++;
            lo = hi;
            hi = Math.Min(end - 1, hi + step);
        }

        if (hi < end - 1)
        {
            reads++; // the read that ended the gallop
        }

        while (lo < hi)
        {
            reads++;
            int mid = (lo + hi + 1) >> 1;
            if (tokens[mid].Start <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        Steps += reads;
        return lo;
    }

    // ---------------------------------------------------------------- tables

    /// <summary>Whether token <paramref name="k"/> has any of <paramref name="flags"/>: one look-up per token and sentence, cached.</summary>
    private bool Has(int k, Cls flags) => (Classify(k) & flags) != 0;

    private Cls Classify(int k)
    {
        // Only the current sentence's slots: those past its end still hold the classes of other tokens, cached
        // for an earlier, longer sentence (a look-around past the end reads the token itself instead).
        int i = k - _sentenceFirst;
        if ((uint)i < (uint)_sentenceLength)
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
        // "WHO", "IT", "US" in capitals are names, not the words they spell — except in a headline set in capitals, where
        // a word of three letters or more beside another such word is the word ("JOBLESS CLAIMS RISE 14,000").
        // The letter test turns most words away without hashing (it is false for words over 16 characters, as before).
        Token t = Tokens[k];
        ReadOnlySpan<char> w = _text.AsSpan(t.Start, t.Length);
        return (!t.Has(TokenTraits.AllCaps) || t.Length >= 3 && (CapsWord(k - 1) || CapsWord(k + 1)))
            && ClaimWords.MayBeWord(w) && ClaimWords.TryFind(w, out Cls c) ? c : Cls.None;
    }

    /// <summary>Whether token <paramref name="k"/> is a word of three letters or more in capitals.</summary>
    private bool CapsWord(int k) =>
        (uint)k < (uint)Tokens.Length && Tokens[k].Kind == TokenKind.Word && Tokens[k].Length >= 3 && Tokens[k].Has(TokenTraits.AllCaps);
}
