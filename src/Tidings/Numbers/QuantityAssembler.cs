using System.Collections.Immutable;
using Tidings.Text;

namespace Tidings.Numbers;

/// <summary>
/// The assembler of one quantity scan over one document. At each token it asks the <see cref="NumeralReader"/>
/// for a number, then grows it: left to its hedge, currency sign or "between"; right to its unit, range end,
/// ratio and post-hedge; the <see cref="NonQuantityRules"/> reject what reads as a year, date, time, identifier,
/// phone number, address, age or score; the <see cref="CountedNoun"/> finds what it counts. A conversion in
/// brackets ("40 kilometres (25 miles)") is linked to the quantity it converts and keeps its hedge; a currency
/// word whose country the text must settle ("francs") takes the code the document's place words give, or XXX.
/// </summary>
internal sealed partial class QuantityAssembler : SentenceRoom
{
    private readonly NumeralReader _reader;
    private readonly NonQuantityRules _rules;
    private readonly CountedNoun _counted;
    private readonly DurationAmount _durations;
    private readonly TableHeading _headings;
    private List<Quantity>? _results;
    private readonly List<(int First, int Last)>? _ranges; // the results' token ranges, in step with _results, when asked for
    private Dictionary<string, string>? _ambiguity; // ambiguous currency word → the code the document's cues give
    private int _dollarSentence = -1; // the sentence (first token) whose place cue for "$" is _dollarCode
    private string? _dollarCode;
    private int _centsSentence = -1; // the sentence whose cents from result _centsFrom on were read as US cents
    private int _centsFrom;
    private int _colonSentence = -1; // the sentence (first token) whose colon _colon tells
    private bool _colon;
    private int _floor;
    private int _lastEmittedToken = -1;

    /// <param name="doc">The document scanned.</param>
    /// <param name="findCounted">Whether to find the noun each count counts.</param>
    /// <param name="ranges">When not null, receives the first and last token of each result, in the results' order
    /// (for the claim pass, which would otherwise find them again from the offsets).</param>
    public QuantityAssembler(Document doc, bool findCounted, List<(int First, int Last)>? ranges = null)
        : base(new SentenceCursor(doc))
    {
        _ranges = ranges;
        _reader = new NumeralReader(Cursor);
        _rules = new NonQuantityRules(Cursor);
        _counted = new CountedNoun(Cursor, findCounted);
        _durations = new DurationAmount(Cursor);
        _headings = new TableHeading(Cursor);
    }

    /// <summary>Token inspections so far (for the linear-work tests).</summary>
    public long TokenSteps => Cursor.Steps;

    /// <summary>The quantities found, exactly sized; the list they were gathered in goes back to the thread's spare.</summary>
    public ImmutableArray<Quantity> ToResults()
    {
        if (_results is null)
        {
            return [];
        }

        ImmutableArray<Quantity> results = [.. _results];
        ResultList<Quantity>.Return(_results);
        _results = null;
        return results;
    }

    public void ScanSentence(Sentence sentence)
    {
        Cursor.Enter(sentence.FirstToken, sentence.EndToken);
        _floor = FirstToken;
        _rules.Reset();
        // The tokens and the text are read here directly, not through the rooms' accessors: this loop sees every token
        // of the document, and most are turned away by one test (a step is still counted for each).
        ReadOnlySpan<Token> tokens = Doc.Tokens;
        string source = Source;
        int end = EndToken;
        int i = FirstToken;
        int skipped = 0;
        while (i < end)
        {
            if (!NumeralReader.MayStart(tokens[i], source) || NumeralReader.ArticleAlone(tokens, i, end, source))
            {
                i++; // most words: no number starts here, and no draft is made
                skipped++;
                continue;
            }

            Steps += skipped + 1;
            skipped = 0;
            int next = TryQuantityAt(i);
            i = next > i ? next : i + 1;
        }

        Steps += skipped;
    }

    /// <summary>Tries to read a quantity whose number starts at token <paramref name="i"/>; returns the token after it, or <paramref name="i"/>.</summary>
    private int TryQuantityAt(int i)
    {
        Draft n = default;
        bool parsed = _reader.Read(i, ref n);

        if (!parsed)
        {
            if (Tok(i).Kind == TokenKind.Number && Tok(i).Length is >= 5 and <= 7 && SlashPair(i))
            {
                return _floor; // "150/95 mmHg", "split 60/40"
            }

            // A token that can never start a number is skipped; a rejected number is skipped whole.
            return n.Last > i ? n.Last + 1 : i + 1;
        }

        n.First = n.CoreFirst = i;
        if (FNumber(ref n))
        {
            Emit(ref n, null);
            _floor = n.Last + 1;
            return n.Last + 1;
        }

        ExtendLeft(ref n);
        ExtendRight(ref n);
        DropActionHedge(ref n);
        DimensionUnit(ref n);
        if (n.Vague && _headings.HeadingWord(n.First, n.Last))
        {
            return n.Last + 1; // "Deaths by province (thousands):", "(in millions of US dollars)" scale the figures after it
        }

        if (!n.Spelled && !n.Vague && !n.Ratio && !n.Pair && !n.YearLike && n.Approximation is Approximation.Exact or Approximation.Range
            && (!n.HasUnit || n.Unit.Kind == UnitKind.Currency) && _headings.Find(n.CoreFirst, out Heading heading)
            && (!n.Scaled || heading.Scale == 1 && !n.HasUnit && heading.Unit.Unit.Kind == UnitKind.Measure))
        {
            ApplyHeading(ref n, heading); // a scaled figure ("9.0m" under "(barrels per day)") takes only a measure
        }

        BracketedNegative(ref n);
        if (n.Approximation is Approximation.LessThan or Approximation.Range && n.HasUnit && n.Unit.Kind == UnitKind.Measure
            && n.First + 1 == n.CoreFirst && Is(n.First, "under") && Is(n.Last + 1, "of"))
        {
            // "buried under 4 feet of snow", "under 5 to 7 metres of snow": under a measure of something is where, not how much.
            n.First = n.CoreFirst;
            n.Approximation = n.Approximation == Approximation.Range ? Approximation.Range : Approximation.Exact;
        }

        if (n.HasUnit && n.Unit.Kind == UnitKind.Measure && n.Unit.Code == "deg" && IsWord(n.Last + 1) && OnList(n.Last + 1, WordLists.WarmingGoal))
        {
            n.Unit = QuantityUnit.Measure("degC"); // "the 1.5-degree target": a limit of warming is in Celsius
        }

        OverACourse(ref n);
        if (PerUnitAfterPrice(n) || n.Pair && (_rules.NumberedPair(n) || _rules.Benchmark(n)))
        {
            return n.Last + 1; // "$6.23 a dozen", "case No. 22-451"
        }

        n.OneWord = n.Spelled && n.Last == i && !n.Ratio && Text(i).Equals("one", StringComparison.OrdinalIgnoreCase);
        if (n.OneWord && n.First == i && _lastEmittedToken == i - 1 && _results is { Count: > 0 } && _results[^1].Unit.Kind == UnitKind.Measure)
        {
            return n.Last + 1; // session 34 (quant34, b22): "replaced by a 900W one": the pronoun after a measure, not a count
        }
        if (n.Pair)
        {
            return EmitPair(ref n);
        }

        if (_rules.Reject(ref n))
        {
            return n.Last + 1;
        }

        TextSpan? counted = null;
        if (n.Unit.Kind is UnitKind.Count or UnitKind.Ratio && !n.HasUnit || n.Ratio)
        {
            if (_counted.Find(ref n, out counted) == CountedVerdict.Duration && !AmountOfTime(ref n, ref counted))
            {
                return n.Last + 1;
            }
        }

        CarriedUnit(ref n, counted);
        Emit(ref n, counted);
        _floor = n.Last + 1;
        return n.Last + 1;
    }

    /// <summary>Session 34 (quant34, b22): a lens's f-number, "f/2.8", "f/22" (the letter and the slash glued to the figure):
    /// a ratio (the focal length over the aperture's diameter) whose mention keeps the "f/".</summary>
    private bool FNumber(ref Draft n)
    {
        int i = n.CoreFirst;
        if (i - 2 < _floor || n.Spelled || n.Scaled || n.HasUnit || n.Negative || n.Last != i || n.Value is < 0.5m or > 128m
            || !Is(i - 1, "/") || !Glued(i) || !Glued(i - 1) || Tok(i - 2).Length != 1 || (Source[Tok(i - 2).Start] | 0x20) != 'f'
            || i - 2 > FirstToken && !Tok(i - 2).Has(TokenTraits.SpaceBefore) || Is(i + 1, "/") && Glued(i + 1))
        {
            return false;
        }

        n.First = i - 2;
        n.HasUnit = true;
        n.Unit = QuantityUnit.Ratio;
        n.Bare = false;
        return true;
    }

    /// <summary>A table heading's scale and unit ("Revenue (in millions)" over "Cloud: $4,512"); a figure with a currency of its
    /// own takes only the scale, and only from a heading of no other unit.</summary>
    private static void ApplyHeading(ref Draft n, in Heading h)
    {
        if (n.HasUnit && (h.Scale == 1 || h.HasUnit && (!h.Unit.IsCurrency || h.Unit.Unit.Code != n.Unit.Code)))
        {
            return;
        }

        if (h.Scale > 1)
        {
            if (Math.Abs(n.Second) > NumeralReader.MaxValue / h.Scale || !NumeralReader.Scale(ref n, h.Scale))
            {
                return;
            }

            n.Low *= h.Scale;
            n.Second *= h.Scale;
        }

        if (h.HasUnit && !n.HasUnit)
        {
            NumeralReader.SetUnit(ref n, h.Unit);
            n.Headed = true;
        }
    }

    /// <summary>Undoes a pre-hedge that the rest of the mention shows to be a verb or a direction: a hedge of [word-list]
    /// "verb-hedge" before a count with a content word after it ("knocking on 10,000 doors", "pushing 50,000 troops") unless a
    /// measure is its subject ("Attendance is pushing 80,000 fans"), and a
    /// bare "south of" before degrees, a latitude ("south of 60 degrees").</summary>
    private void DropActionHedge(ref Draft n)
    {
        if (n.First >= n.CoreFirst || n.First < FirstToken)
        {
            return;
        }

        bool action = n.Approximation == Approximation.AtMost && IsWord(n.First) && OnNamedList(n.First, "verb-hedge")
            && (!n.HasUnit || n.Unit.Kind == UnitKind.Count) && IsWord(n.Last + 1) && !Info(n.Last + 1).Is(WordClass.Function)
            && !MeasureSubject(n.First - 1);
        bool latitude = n.Approximation == Approximation.LessThan && Is(n.First, "south") && n.HasUnit && n.Unit.Code == "deg";
        if (action || latitude)
        {
            n.First = n.CoreFirst;
            n.Approximation = Approximation.Exact;
        }
    }

    /// <summary>Whether the subject before a verb-hedge ending at token <paramref name="b"/>, past one copula of [word-list]
    /// "multiple-the-copula", is a measure or gathering of [word-list] "verb-hedge-subject" ("Attendance is pushing 80,000
    /// fans": the hedge stays).</summary>
    private bool MeasureSubject(int b)
    {
        if (b >= FirstToken && OnNamedList(b, "multiple-the-copula"))
        {
            b--;
        }

        return b >= FirstToken && OnNamedList(b, "verb-hedge-subject");
    }
}
