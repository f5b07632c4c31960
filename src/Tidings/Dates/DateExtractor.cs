using System.Collections.Immutable;
using Tidings.Text;

namespace Tidings.Dates;

/// <summary>
/// Finds date expressions in news text (<see cref="DateReader"/>) and resolves them (<see cref="DateResolver"/>) against
/// the document's reference (publication) date, or against the story's time in a narrative (<see cref="NarrativeAnchor"/>):
/// absolute dates, relative dates ("two years ago", "last week", "on Tuesday"), periods (quarters, halves,
/// seasons, decades), parts of days ("the night of July 24"), durations ("six months") and sets ("every four years").
/// </summary>
/// <remarks>
/// <para>Without a reference date, relative expressions are found but their <see cref="DateMention.Value"/> is
/// null. Resolution never throws: a value that would fall outside years 1–9999 is null.</para>
/// <threadsafety>Immutable; one instance may serve many threads at once.</threadsafety>
/// </remarks>
public sealed class DateExtractor : IExtractor<DateMention>
{
    /// <summary>The shared default instance.</summary>
    public static DateExtractor Default { get; } = new();

    /// <summary>
    /// An instance that follows TimeML's annotation guidelines (TimeBank, TempEval-3) where they differ from reading news: every
    /// "now" is a <c>PRESENT_REF</c> date, also one inside its clause ("the yard is now a museum"), which <see cref="Default"/>
    /// reads as the clause's adverb; "the quarter" and "the fiscal year" before "ended" or "ending" are a date and a duration, where
    /// <see cref="Default"/> leaves the period to the date that follows ("for the quarter ended Sept. 30"); "a quarterly dividend" has
    /// no set, where <see cref="Default"/> reads one (<c>P3M</c>).
    /// </summary>
    public static DateExtractor TimeML { get; } = new(timeML: true);

    private readonly bool _timeML;

    /// <summary>Creates an extractor that reads news (as <see cref="Default"/>).</summary>
    public DateExtractor()
    {
    }

    private DateExtractor(bool timeML) => _timeML = timeML;

    /// <inheritdoc/>
    public MentionKind Kind => MentionKind.Date;

    /// <inheritdoc/>
    public ImmutableArray<DateMention> Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Extract(document, out _, _timeML);
    }

    /// <summary>Extracts, and counts the token look-ups made (for the linear-time property tests).</summary>
    internal static ImmutableArray<DateMention> Extract(Document document, out long steps, bool timeML = false)
    {
        var reader = new DateReader(document, timeML);
        foreach (Sentence sentence in document.Sentences)
        {
            reader.ReadSentence(sentence);
        }

        steps = reader.Steps;
        List<DateParse> parses = reader.Parses;
        if (parses.Count == 0)
        {
            ResultList<DateParse>.Return(parses);
            return [];
        }

        InTextOrder(parses);

        // One forward pass: each parse resolves against the publication date or the story's time so far.
        var anchor = new NarrativeAnchor(document.ReferenceDate) { Text = document.Text };
        var results = ImmutableArray.CreateBuilder<DateMention>(parses.Count);
        string text = document.Text;
        int head = -1; // a diary's count heading waiting for its entry's day ("Day 1, Sunday 23 November"): its parse
        int headAt = -1; // and its place among the results
        QuotedDocuments quoted = QuotedDocuments.Of(text, parses);
        string?[] values = new string?[parses.Count];
        for (int i = 0; i < parses.Count; i++)
        {
            DateParse p = parses[i];
            string? value;
            DateAnchor used;
            int? anchorStart;
            if (quoted.DocumentOf(i) is int source and >= 0 && QuotedDocuments.CountsFromDocument(p)
                && QuotedDocuments.Day(source < i ? values[source] : parses[source].IsAbsolute ? DateResolver.Resolve(parses[source], document.ReferenceDate) : null) is DateOnly written
                && (document.ReferenceDate is not DateOnly published || written <= published)) // no document is written after the news
            {
                // "'We sail tomorrow,' he wrote on 3 June 1944": counted from the day the quoted document was written.
                (value, used, anchorStart) = (quoted.Resolve(i, p, written, text), DateAnchor.Mention, parses[source].Start);
                anchor.Quoted(p, value);
            }
            else
            {
                // A quoted weekday its quotation tells ahead is the coming one, whatever the frame's tense ("which signed him …, said: 'He
                // will have a medical on Thursday'").
                DateParse told = quoted.ToldAhead(i, p, text) ? p with { Tense = Tense.Future } : p;
                (value, used, anchorStart) = anchor.Resolve(told, i + 1 < parses.Count ? parses[i + 1] : null);
            }

            values[i] = value;
            if (p.AgeYears > 0)
            {
                continue; // "joined the Navy at 17": an age moves the story and is no mention
            }

            if (p.EventDay && used != DateAnchor.Mention)
            {
                continue; // "on the eve of the summit" in a text that never dates the summit: no date
            }

            if (p.CountHead)
            {
                head = anchor.CountPending ? i : -1;
                headAt = results.Count;
            }
            else if (head >= 0 && anchor.CountPending && anchor.CountFromEntry(p, value, text) is string headValue)
            {
                DateParse h = parses[head];
                results[headAt] = new DateMention(h.Start, h.End, text[h.Start..h.End], h.Type, headValue, h.Grain) { Anchor = DateAnchor.Mention, AnchorStart = p.Start };
                head = -1;
            }

            if (p.RangeFrom > 0 && results.Count > 0 && i > 0 && parses[i - 1].Start == results[^1].Start && DateResolver.RangeEnd(p, results[^1].Value) is string end)
            {
                value = end; // "from December to April": the April after that December
            }

            results.Add(new DateMention(p.Start, p.End, text[p.Start..p.End], p.Type, value, p.Grain) { Anchor = used, AnchorStart = anchorStart });
        }

        ResultList<DateParse>.Return(parses);
        return results.Count == results.Capacity ? results.MoveToImmutable() : results.ToImmutable();
    }

    /// <summary>
    /// Puts the reader's parses in text order when a rule emitted one out of it (a range read from its far end, as
    /// in "July 24-25 October", can emit "25" before "July 24"): the narrative anchor resolves them in one forward
    /// pass and callers get mentions ordered by their <c>Start</c>. Parses in order (the usual case) cost
    /// one comparison each; otherwise a stable sort by start, O(n log n).
    /// </summary>
    private static void InTextOrder(List<DateParse> parses)
    {
        int i = 1;
        while (i < parses.Count && parses[i - 1].Start <= parses[i].Start)
        {
            i++;
        }

        if (i == parses.Count)
        {
            return;
        }

        var keyed = new (int Start, int Index)[parses.Count];
        var copy = new DateParse[parses.Count];
        for (int k = 0; k < parses.Count; k++)
        {
            keyed[k] = (parses[k].Start, k);
            copy[k] = parses[k];
        }

        Array.Sort(keyed); // by start, then by emission order: stable
        for (int k = 0; k < keyed.Length; k++)
        {
            parses[k] = copy[keyed[k].Index];
        }
    }
}
