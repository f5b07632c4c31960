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
        (Document document, byte[] tags) = Tagged(text, ("Aung San Suu Kyi", 0, NameType.Person), ("Burma", 0, NameType.Place), ("Suu Kyi", 1, NameType.Organization));
        NameConsistency.ShortFormsOfPersons(document, tags);
        Assert.Equal(NameType.Person, TypeOf(document, tags, text, "Suu Kyi", 1));
        Assert.Equal(NameType.Place, TypeOf(document, tags, text, "Burma", 0));
    }

    [Fact]
    public void A_surname_read_as_a_place_is_the_person()
    {
        const string text = "Dwight Washington scored twice. Washington also made the pass for the third goal.";
        (Document document, byte[] tags) = Tagged(text, ("Dwight Washington", 0, NameType.Person), ("Washington", 1, NameType.Place));
        NameConsistency.ShortFormsOfPersons(document, tags);
        Assert.Equal(NameType.Person, TypeOf(document, tags, text, "Washington", 1));
    }

    [Fact]
    public void A_one_word_organization_named_after_its_founder_keeps_its_type()
    {
        const string text = "Michael Dell said Dell would cut staff.";
        (Document document, byte[] tags) = Tagged(text, ("Michael Dell", 0, NameType.Person), ("Dell", 1, NameType.Organization));
        NameConsistency.ShortFormsOfPersons(document, tags);
        Assert.Equal(NameType.Organization, TypeOf(document, tags, text, "Dell", 1));
    }

    [Fact]
    public void Longer_names_first_names_and_documents_without_full_names_are_left_alone()
    {
        const string text = "Aung San Suu Kyi visited the Suu Kyi Foundation in Aung. Kyi Holdings said nothing.";
        (Document document, byte[] tags) = Tagged(text, ("Aung San Suu Kyi", 0, NameType.Person), ("Suu Kyi Foundation", 0, NameType.Organization), ("Aung", 1, NameType.Place), ("Kyi Holdings", 0, NameType.Organization));
        byte[] before = [.. tags];
        NameConsistency.ShortFormsOfPersons(document, tags);
        Assert.Equal(before, tags);

        const string alone = "Washington said on Monday.";
        (Document single, byte[] singleTags) = Tagged(alone, ("Washington", 0, NameType.Place));
        NameConsistency.ShortFormsOfPersons(single, singleTags);
        Assert.Equal(NameType.Place, TypeOf(single, singleTags, alone, "Washington", 0));
    }

    [Fact]
    public void The_recognizer_applies_the_pass()
    {
        const string text = "Aung San Suu Kyi, the opposition leader, spoke on Monday. Suu Kyi said the talks would go on.";
        var names = NameRecognizer.Default.Recognize(Document.Create(text));
        Assert.All(names.Where(n => text[n.Start..n.End] == "Suu Kyi"), n => Assert.Equal(NameType.Person, n.Type));
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
