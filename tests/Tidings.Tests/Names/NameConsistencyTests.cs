using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>The recognizer's document-level pass: a mention that repeats the last words of a person named in full
/// elsewhere in the article is that person.</summary>
public sealed class NameConsistencyTests
{
    [Fact]
    public void The_last_words_of_a_person_named_in_full_are_the_person()
    {
        const string text = "Aung San Suu Kyi spoke on Monday. Burma's Suu Kyi said the talks would go on.";
        (string, int, NameType)[] names = [("Aung San Suu Kyi", 0, NameType.Person), ("Burma", 0, NameType.Place), ("Suu Kyi", 1, NameType.Organization)];
        Assert.Equal(NameType.Person, TypeAfterPass(text, "Suu Kyi", 1, names));
        Assert.Equal(NameType.Place, TypeAfterPass(text, "Burma", 0, names));
    }

    [Fact]
    public void A_surname_read_as_a_place_is_the_person() =>
        Assert.Equal(NameType.Person, TypeAfterPass(
            "Dwight Washington scored twice. Washington also made the pass for the third goal.",
            "Washington",
            1,
            ("Dwight Washington", 0, NameType.Person),
            ("Washington", 1, NameType.Place)));

    [Fact]
    public void A_one_word_organization_named_after_its_founder_keeps_its_type() =>
        Assert.Equal(NameType.Organization, TypeAfterPass(
            "Michael Dell said Dell would cut staff.",
            "Dell",
            1,
            ("Michael Dell", 0, NameType.Person),
            ("Dell", 1, NameType.Organization)));

    [Fact]
    public void Longer_names_first_names_and_documents_without_full_names_are_left_alone()
    {
        const string text = "Aung San Suu Kyi visited the Suu Kyi Foundation in Aung. Kyi Holdings said nothing.";
        (Document document, byte[] tags) = Tagged(text, ("Aung San Suu Kyi", 0, NameType.Person), ("Suu Kyi Foundation", 0, NameType.Organization), ("Aung", 1, NameType.Place), ("Kyi Holdings", 0, NameType.Organization));
        byte[] before = [.. tags];
        NameConsistency.ShortFormsOfPersons(document, tags);
        Assert.Equal(before, tags);

        Assert.Equal(NameType.Place, TypeAfterPass("Washington said on Monday.", "Washington", 0, ("Washington", 0, NameType.Place)));
    }

    [Fact]
    public void The_recognizer_applies_the_pass()
    {
        const string text = "Aung San Suu Kyi, the opposition leader, spoke on Monday. Suu Kyi said the talks would go on.";
        var names = NameRecognizer.Default.Recognize(Document.Create(text));
        Assert.All(names.Where(n => text[n.Start..n.End] == "Suu Kyi"), n => Assert.Equal(NameType.Person, n.Type));
    }

    /// <summary>The type of the <paramref name="occurrence"/>-th <paramref name="name"/> after the pass over
    /// <paramref name="text"/> tagged with <paramref name="names"/>.</summary>
    private static NameType? TypeAfterPass(string text, string name, int occurrence, params (string Name, int Occurrence, NameType Type)[] names)
    {
        (Document document, byte[] tags) = Tagged(text, names);
        NameConsistency.ShortFormsOfPersons(document, tags);
        return TypeOf(document, tags, text, name, occurrence);
    }

    /// <summary>A document of <paramref name="text"/> with BIO tags for the given names (the n-th occurrence of each text).</summary>
    private static (Document Document, byte[] Tags) Tagged(string text, params (string Name, int Occurrence, NameType Type)[] names)
    {
        Document document = Document.Create(text);
        var tags = new byte[document.Tokens.Length];
        foreach ((string name, int occurrence, NameType type) in names)
        {
            (int start, int end) = Span(text, name, occurrence);
            bool first = true;
            for (int i = 0; i < tags.Length; i++)
            {
                if (document.Tokens[i].Start >= start && document.Tokens[i].End <= end)
                {
                    tags[i] = (byte)(1 + 2 * (int)type + (first ? 0 : 1));
                    first = false;
                }
            }
        }

        return (document, tags);
    }

    private static NameType? TypeOf(Document document, byte[] tags, string text, string name, int occurrence)
    {
        (int start, _) = Span(text, name, occurrence);
        for (int i = 0; i < tags.Length; i++)
        {
            if (document.Tokens[i].Start == start)
            {
                return tags[i] == 0 ? null : (NameType)((tags[i] - 1) >> 1);
            }
        }

        return null;
    }

    private static (int Start, int End) Span(string text, string name, int occurrence)
    {
        int at = -1;
        for (int k = 0; k <= occurrence; k++)
        {
            at = text.IndexOf(name, at + 1, StringComparison.Ordinal);
        }

        return (at, at + name.Length);
    }
}
