using System.Collections.Immutable;
using Tidings.Recognition;

namespace Tidings.ML;

/// <summary>Exact-span counts for one name type (or all), as the CoNLL shared task scores them.</summary>
/// <param name="Gold">Names in the gold data.</param>
/// <param name="System">Names the recognizer found.</param>
/// <param name="Correct">Found names with exactly the gold span and type.</param>
public readonly record struct SpanCounts(int Gold, int System, int Correct)
{
    /// <summary>Correct over found.</summary>
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    /// <summary>Correct over gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds counts.</summary>
    public static SpanCounts operator +(SpanCounts a, SpanCounts b) => new(a.Gold + b.Gold, a.System + b.System, a.Correct + b.Correct);
}

/// <summary>CoNLL-2003 scores: per type and overall.</summary>
/// <param name="Documents">Documents scored.</param>
/// <param name="Tokens">Tokens (the library's) scored.</param>
/// <param name="ByType">Counts per type, indexed by <see cref="NameType"/>.</param>
public sealed record ConllScore(int Documents, int Tokens, ImmutableArray<SpanCounts> ByType)
{
    /// <summary>All types together.</summary>
    public SpanCounts Overall => ByType.Aggregate(default(SpanCounts), (a, b) => a + b);
}

/// <summary>Scores a recognizer on CoNLL documents: a name counts when its type and exact span match a gold name.</summary>
/// <remarks><threadsafety>Stateless; safe to call from many threads at once.</threadsafety></remarks>
public static class ConllScorer
{
    /// <summary>Runs <paramref name="recognizer"/> over <paramref name="documents"/> and scores it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="recognizer"/> is null.</exception>
    public static ConllScore Score(NameRecognizer recognizer, IEnumerable<ConllDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(documents);
        var counts = new SpanCounts[4];
        int docs = 0, tokens = 0;
        foreach (ConllDocument document in documents)
        {
            docs++;
            tokens += document.Document.Tokens.Length;
            Add(counts, document.Names, recognizer.Recognize(document.Document));
        }

        return new ConllScore(docs, tokens, [.. counts]);
    }

    /// <summary>Adds the counts of one document to <paramref name="counts"/> (four, by type).</summary>
    internal static void Add(SpanCounts[] counts, ImmutableArray<GoldName> gold, ImmutableArray<RecognizedName> found)
    {
        var goldSet = new HashSet<GoldName>(gold);
        foreach (GoldName g in gold)
        {
            counts[(int)g.Type] += new SpanCounts(1, 0, 0);
        }

        foreach (RecognizedName f in found)
        {
            bool correct = goldSet.Contains(new GoldName(f.Start, f.End, f.Type));
            counts[(int)f.Type] += new SpanCounts(0, 1, correct ? 1 : 0);
        }
    }
}
