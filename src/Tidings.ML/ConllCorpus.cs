using System.Collections.Immutable;
using System.Text;
using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.ML;

/// <summary>A name in CoNLL data: its type and character span in the rebuilt document text.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset just past the last character.</param>
/// <param name="Type">Its type.</param>
public readonly record struct GoldName(int Start, int End, NameType Type);

/// <summary>
/// One document of a CoNLL-2003 file, rebuilt as plain text (tokens joined by spaces, sentences by line breaks)
/// and tokenized by the library's own tokenizer, with the gold tags carried over to those tokens.
/// </summary>
/// <remarks><threadsafety>Immutable once built; safe to share between threads.</threadsafety></remarks>
public sealed class ConllDocument
{
    internal ConllDocument(Document document, byte[] tags, ImmutableArray<GoldName> names)
    {
        Document = document;
        Tags = tags;
        Names = names;
    }

    /// <summary>The rebuilt text, tokenized by the library.</summary>
    public Document Document { get; }

    /// <summary>The gold BIO tag of each of the library's tokens (the recognizer's tag numbering).</summary>
    internal byte[] Tags { get; }

    /// <summary>The gold names, by character span.</summary>
    public ImmutableArray<GoldName> Names { get; }
}

/// <summary>
/// Reads CoNLL-2003 files (<c>TOKEN TAG</c> per line, or the four columns <c>TOKEN POS CHUNK TAG</c>; IOB2 or IOB1
/// tags; blank lines between sentences) into documents.
/// </summary>
/// <remarks>
/// <para>Document-level features need documents. A file with <c>-DOCSTART-</c> lines is cut at them (and only at
/// them). The CoNLL-2003 copies used here carry no markers, so there documents are found again from their shape: a
/// Reuters story opens with a headline and a dateline ("BRUSSELS 1996-08-22").</para>
/// <threadsafety>Stateless; safe to call from many threads at once.</threadsafety>
/// </remarks>
public static class ConllCorpus
{
    /// <summary>Reads the CoNLL file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">A line is not <c>TOKEN TAG</c> with a known tag.</exception>
    public static ImmutableArray<ConllDocument> Load(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    /// <summary>Reads CoNLL lines from <paramref name="reader"/>.</summary>
    /// <exception cref="InvalidDataException">A line is not <c>TOKEN TAG</c> with a known tag.</exception>
    public static ImmutableArray<ConllDocument> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var sentences = new List<List<(string Token, byte Tag)>>();
        var current = new List<(string Token, byte Tag)>();
        var markers = new SortedSet<int>();
        int lineNumber = 0;
        while (reader.ReadLine() is string line)
        {
            lineNumber++;
            line = line.Trim();
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    sentences.Add(current);
                    current = [];
                }

                continue;
            }

            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                // A marker ends the sentence before it (even without a blank line) and opens a document.
                if (current.Count > 0)
                {
                    sentences.Add(current);
                    current = [];
                }

                markers.Add(sentences.Count);
                continue;
            }

            string[] parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || ParseTag(parts[^1]) is not byte tag)
            {
                throw new InvalidDataException($"line {lineNumber}: expected 'TOKEN TAG', got '{line}'.");
            }

            current.Add((parts[0], tag));
        }

        if (current.Count > 0)
        {
            sentences.Add(current);
        }

        var documents = ImmutableArray.CreateBuilder<ConllDocument>();
        int start = 0;
        for (int s = 1; s <= sentences.Count; s++)
        {
            if (s == sentences.Count || (markers.Count > 0 ? markers.Contains(s) : StartsDocument(sentences, s)))
            {
                documents.Add(Build(sentences.GetRange(start, s - start)));
                start = s;
            }
        }

        return documents.DrainToImmutable();
    }

    /// <summary>The training set of <paramref name="train"/> followed by each of <paramref name="extras"/> (in order)
    /// repeated <paramref name="weight"/> times: a repeated document counts <paramref name="weight"/> times in every
    /// pass. Deterministic: the same inputs give the same list.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is below 1.</exception>
    public static ImmutableArray<ConllDocument> Combine(IReadOnlyList<ConllDocument> train, IReadOnlyList<IReadOnlyList<ConllDocument>> extras, int weight)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(extras);
        ArgumentOutOfRangeException.ThrowIfLessThan(weight, 1);
        var all = ImmutableArray.CreateBuilder<ConllDocument>();
        all.AddRange(train);
        foreach (IReadOnlyList<ConllDocument> extra in extras)
        {
            for (int copy = 0; copy < weight; copy++)
            {
                all.AddRange(extra);
            }
        }

        return all.DrainToImmutable();
    }

    /// <summary>The recognizer's tag number of a CoNLL tag: O 0, then B-/I- of PER, ORG, LOC, MISC; null if unknown.</summary>
    internal static byte? ParseTag(string tag)
    {
        if (tag == "O")
        {
            return 0;
        }

        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I'))
        {
            return null;
        }

        int type = tag[2..] switch
        {
            "PER" => 0,
            "ORG" => 1,
            "LOC" => 2,
            "MISC" => 3,
            _ => -1,
        };
        return type < 0 ? null : (byte)(1 + type * 2 + (tag[0] == 'I' ? 1 : 0));
    }

    private static bool IsDateline(List<(string Token, byte Tag)> sentence) =>
        sentence.Count <= 8 && sentence[^1].Token.Length == 10 && sentence[^1].Token[4] == '-' && sentence[^1].Token[7] == '-'
        && char.IsAsciiDigit(sentence[^1].Token[0]);

    /// <summary>A story starts at its headline, the sentence before a dateline (or at the dateline itself when two follow each other).</summary>
    private static bool StartsDocument(List<List<(string Token, byte Tag)>> sentences, int s)
    {
        if (s + 1 < sentences.Count && IsDateline(sentences[s + 1]) && !IsDateline(sentences[s]))
        {
            return true;
        }

        return IsDateline(sentences[s]) && (s == 0 || IsDateline(sentences[s - 1]));
    }

    private static ConllDocument Build(List<List<(string Token, byte Tag)>> sentences)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int End, byte Tag)>();
        foreach (List<(string Token, byte Tag)> sentence in sentences)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            for (int i = 0; i < sentence.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(' ');
                }

                spans.Add((text.Length, text.Length + sentence[i].Token.Length, sentence[i].Tag));
                text.Append(sentence[i].Token);
            }

            // A sentence boundary ends any name: mark it so a name does not run on into the next sentence.
            spans.Add((-1, -1, 0));
        }

        Document document = Document.Create(text.ToString());
        return new ConllDocument(document, Align(document, spans), GoldNames(spans));
    }

    /// <summary>Carries the CoNLL tags over to the library's tokens: a token starting a CoNLL token takes its tag;
    /// one inside it (the tokenizer split it further, "AT&amp;T") continues its name.</summary>
    private static byte[] Align(Document document, List<(int Start, int End, byte Tag)> spans)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        var tags = new byte[tokens.Length];
        int k = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int at = tokens[i].Start;
            while (k < spans.Count && (spans[k].Start < 0 || spans[k].End <= at))
            {
                k++;
            }

            if (k == spans.Count || spans[k].Start > at)
            {
                tags[i] = 0;
                continue;
            }

            byte tag = spans[k].Tag;
            if (spans[k].Start != at && tag != 0 && !NameTagger.IsInside(tag))
            {
                tag++;
            }

            tags[i] = tag;
        }

        // A name's first token must be B- in the tagger's scheme even where the tokenizer's sentences differ.
        for (int i = 0; i < tags.Length; i++)
        {
            if (NameTagger.IsInside(tags[i]) && (i == 0 || NameTagger.TypeOf(tags[i - 1]) != NameTagger.TypeOf(tags[i])))
            {
                tags[i]--;
            }
        }

        return tags;
    }

    private static ImmutableArray<GoldName> GoldNames(List<(int Start, int End, byte Tag)> spans)
    {
        var names = ImmutableArray.CreateBuilder<GoldName>();
        int i = 0;
        while (i < spans.Count)
        {
            int type = spans[i].Start < 0 ? -1 : NameTagger.TypeOf(spans[i].Tag);
            if (type < 0)
            {
                i++;
                continue;
            }

            int j = i + 1;
            while (j < spans.Count && spans[j].Start >= 0 && NameTagger.IsInside(spans[j].Tag) && NameTagger.TypeOf(spans[j].Tag) == type)
            {
                j++;
            }

            names.Add(new GoldName(spans[i].Start, spans[j - 1].End, (NameType)type));
            i = j;
        }

        return names.DrainToImmutable();
    }
}
