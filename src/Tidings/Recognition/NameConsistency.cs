using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>
/// Type decisions the tagger makes one sentence at a time, made consistent across the document after tagging: a
/// person named in full ("Aung San Suu Kyi", "Bob Dole") is referred to later by the last words of the name alone
/// ("Suu Kyi", "Dole"), and those later mentions are the same person even where the sentence around them reads
/// like an organization or a place ("Burma's Suu Kyi", "Washington" after "Dwight Washington").
/// </summary>
/// <remarks>Linear in the number of tokens: one pass to collect the persons' last words, one to retype the
/// mentions. Nothing is allocated but one set per thread, reused.
/// <threadsafety>Stateless; safe to call from many threads at once.</threadsafety></remarks>
internal static class NameConsistency
{
    /// <summary>The most words of a person's name that a short mention may repeat.</summary>
    private const int MaxShortWords = 3;

    /// <summary>The spellings of the persons' last words in the current document (reused by each thread).</summary>
    [ThreadStatic]
    private static HashSet<ulong>? t_endings;

    /// <summary>Retypes as persons the names (BIO <paramref name="tags"/>) that spell the last one to
    /// <see cref="MaxShortWords"/> words of a person named with more words elsewhere in <paramref name="document"/>.</summary>
    public static void ShortFormsOfPersons(Document document, Span<byte> tags)
    {
        HashSet<ulong>? endings = null;
        for (int i = NameRecognizer.NextTagged(tags, 0); i < tags.Length; i = NameRecognizer.NextTagged(tags, i))
        {
            int end = NameEnd(tags, i);
            if (end > i + 1 && NameTagger.TypeOf(tags[i]) == (int)NameType.Person)
            {
                for (int k = 1; k <= MaxShortWords && k < end - i; k++)
                {
                    if (endings is null)
                    {
                        endings = t_endings ??= [];
                        endings.Clear();
                    }

                    endings.Add(Spelling(document, end - k, end));
                }
            }

            i = Math.Max(end, i + 1);
        }

        if (endings is null)
        {
            return;
        }

        for (int i = NameRecognizer.NextTagged(tags, 0); i < tags.Length; i = NameRecognizer.NextTagged(tags, i))
        {
            int end = NameEnd(tags, i);
            int type = NameTagger.TypeOf(tags[i]);
            // A one-word organization keeps its type: companies are named after their founders ("Michael Dell said
            // Dell would cut staff", "Porsche shares"); places and two-word mentions ("Suu Kyi") are not.
            bool founder = type == (int)NameType.Organization && end - i == 1;
            if (type > (int)NameType.Person && !founder && end - i <= MaxShortWords && endings.Contains(Spelling(document, i, end)))
            {
                tags[i] = 1;
                tags[(i + 1)..end].Fill(2);
            }

            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>The end of the name that begins at token <paramref name="i"/>, or <paramref name="i"/> when no name
    /// begins there (read as <see cref="NameRecognizer"/> reads BIO tags).</summary>
    private static int NameEnd(ReadOnlySpan<byte> tags, int i)
    {
        int type = NameTagger.TypeOf(tags[i]);
        if (type < 0)
        {
            return i;
        }

        int j = i + 1;
        while (j < tags.Length && NameTagger.IsInside(tags[j]) && NameTagger.TypeOf(tags[j]) == type)
        {
            j++;
        }

        return j;
    }

    /// <summary>A 64-bit hash of the words of tokens <paramref name="first"/> to <paramref name="end"/> (FNV-1a over
    /// their characters, a separator between words): two spellings share one only by a 64-bit collision.</summary>
    private static ulong Spelling(Document document, int first, int end)
    {
        const ulong Prime = 1099511628211;
        ulong h = 14695981039346656037;
        for (int k = first; k < end; k++)
        {
            foreach (char c in document.TokenText(k))
            {
                h = (h ^ c) * Prime;
            }

            h = (h ^ 0x10000) * Prime;
        }

        return h;
    }
}
