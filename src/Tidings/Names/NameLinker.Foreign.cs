using Tidings.Recognition;
using Tidings.Text;

namespace Tidings.Names;

/// <summary>Bodies named in other languages, whose head comes first ("Banco Central de la República Argentina",
/// "Conselho Administrativo de Defesa Econômica", "Autoriteit Financiële Markten", "Grupo Salinas"), and a church's
/// sees, whose head "of" and a place complete ("Archdiocese of Baltimore").</summary>
internal static partial class NameLinker
{
    /// <summary>Capitalised first words of a body's name in another language: a bank, group, commission, council,
    /// authority, ministry or company that the name's other words qualify (<c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ForeignHeads = LinkerWords.Set("foreign-leading-heads");

    /// <summary>Lower-case words of other languages that join a body's name to the capitalised words after them ("de",
    /// "de la", "y de", "do", "des"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ForeignParticles = LinkerWords.Set("foreign-particles");

    /// <summary>Heads of a church's see, which "of" and a place complete ("Archdiocese of Baltimore"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet SeeHeads = LinkerWords.Set("see-heads");

    /// <summary>The most particles in a row inside such a name ("y de", "de la").</summary>
    private const int MaxForeignParticles = 2;

    /// <summary>
    /// A name opening with a body's head in another language (<see cref="ForeignHeads"/>) is an organization, whatever
    /// the recognizer read into its foreign words (a person, a place); it runs on over capitalised words and the
    /// particles that join them ("Comisión Nacional Bancaria y de Valores", "Banco Central de la República" and
    /// "Argentina"), never into a person or past a title. A head alone, or inside another name, is left as it is.
    /// </summary>
    /// <remarks>One pass over the capitalised words with a pointer into the sorted names that moves forward only, so linear.</remarks>
    private static List<Item> ForeignBodies(Document document, List<Item> items)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        List<Item>? result = null;
        int next = 0;
        int past = -1; // the last token of the body found last: the capitalised words up to it are inside it
        foreach (int i in CapitalWords(document))
        {
            bool see = false;
            if (i <= past || tokens[i].Has(TokenTraits.AllCaps)
                || !(ForeignHeads.Contains(document.TokenText(i)) || (see = SeeHeads.Contains(document.TokenText(i)))))
            {
                continue;
            }

            while (next < items.Count && items[next].Last < i)
            {
                result?.Add(items[next]);
                next++;
            }

            Item? at = next < items.Count && items[next].First <= i ? items[next] : null;
            if (at is Item a && (a.First != i || a.Cut != 0))
            {
                continue; // "Deutsche Banco …" or a head inside another name
            }

            int last = at?.Last ?? i;
            int end = see ? SeeEnd(document, last) : ForeignEnd(document, last);

            // The names after the head's own give way, unless one runs past the end or is a person right after a
            // capitalised word ("Banco Azteca Ana Ruiz"): the body stops before it. After a particle a "person" is the
            // body's ("Comisión para el Mercado Financiero").
            int after = next + (at is null ? 0 : 1);
            int swallowed = after;
            while (swallowed < items.Count && items[swallowed].First <= end)
            {
                if (items[swallowed].Last > end
                    || (items[swallowed].Type == NameType.Person && !ForeignParticles.Contains(document.TokenText(items[swallowed].First - 1))))
                {
                    end = TrimParticles(document, last, items[swallowed].First - 1);
                    break;
                }

                swallowed++;
            }

            if (end == i || (at is Item same && same.Type == NameType.Organization && end == same.Last))
            {
                continue;
            }

            result ??= TakeList(items, next);
            result.Add(new Item(i, end, NameType.Organization, null, null));
            next = swallowed;
            past = end;
        }

        if (result is null)
        {
            return items;
        }

        for (; next < items.Count; next++)
        {
            result.Add(items[next]);
        }

        return result;
    }

    /// <summary>The last token of a foreign body's name that reaches token <paramref name="last"/>: on over capitalised
    /// words (not a title) and over up to two particles before one.</summary>
    private static int ForeignEnd(Document document, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        int end = last;
        while (end + 1 < tokens.Length && end - last < MaxLongForm)
        {
            int i = end + 1;
            int particles = 0;
            while (i < tokens.Length && particles < MaxForeignParticles && ForeignParticles.Contains(document.TokenText(i))
                && tokens[i].Start > tokens[i - 1].End)
            {
                i++;
                particles++;
            }

            if (i >= tokens.Length || !(IsCapitalWord(document, i) || ElidedCapital(document, i)) || tokens[i].Start == tokens[i - 1].End
                || TitleAt(document, i))
            {
                break;
            }

            end = i;
        }

        return end;
    }

    /// <summary>Whether token <paramref name="i"/> is a particle elided before a capitalised word, written as one word
    /// ("d'Ivoire", "l'Afrique", "dell'Economia"): a particle of <see cref="ForeignParticles"/> elided ("de", "la",
    /// "della") followed by a capital.</summary>
    private static bool ElidedCapital(Document document, int i)
    {
        if (document.Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> text = document.TokenText(i);
        int apostrophe = text.IndexOfAny('\'', '’');
        return apostrophe is >= 1 and <= 4 && apostrophe + 1 < text.Length && char.IsUpper(text[apostrophe + 1])
            && ElidedParticles.Contains(text[..apostrophe]);
    }

    /// <summary>Particles of other languages written elided before a vowel ("d'", "l'", "dell'"; <c>LinkerWords.txt</c>).</summary>
    private static readonly WordSet ElidedParticles = LinkerWords.Set("elided-particles");

    /// <summary>The last token of a see's name after its head at token <paramref name="last"/>: "of" and the capitalised
    /// words after it ("Archdiocese of Baltimore", "Diocese of Westminster"), or the head alone.</summary>
    private static int SeeEnd(Document document, int last)
    {
        ReadOnlySpan<Token> tokens = document.Tokens;
        if (last + 2 >= tokens.Length || document.TokenText(last + 1) is not "of" || !IsCapitalWord(document, last + 2))
        {
            return last;
        }

        int end = last + 2;
        while (end + 1 < tokens.Length && end - last < MaxLongForm && IsCapitalWord(document, end + 1)
            && !TitleAt(document, end + 1))
        {
            end++;
        }

        return end;
    }

    /// <summary>Token <paramref name="end"/> moved back over particles, never before <paramref name="last"/>.</summary>
    private static int TrimParticles(Document document, int last, int end)
    {
        while (end > last && ForeignParticles.Contains(document.TokenText(end)))
        {
            end--;
        }

        return Math.Max(end, last);
    }
}
