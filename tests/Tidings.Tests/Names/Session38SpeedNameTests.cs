using Tidings.Names;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>Session 38 (speed38): the passes that join "W Re" and read "W line" visit only the tokens right after the
/// document's capitalised words, not every token. These are the edges of that walk: the capitalised word as the first
/// token of the document, the closing word or noun as its last token, and a document of the closing word alone.</summary>
public sealed class Session38SpeedNameTests
{
    private static NameMentions Names(string text) => NameExtractor.Default.Extract(Document.Create(text));

    [Theory]
    [InlineData("Hannover Re lifted its renewal prices on Monday.", "Hannover Re")]
    [InlineData("Premiums at the start of the year were raised by Hannover Re", "Hannover Re")]
    [InlineData("Brokers said rates at Everest Re and Arch Re rose.", "Arch Re")]
    public void A_closing_word_at_either_edge_of_the_document_still_joins(string text, string name) =>
        Assert.Contains(Names(text).Organizations, m => m.Text == name);

    [Fact]
    public void A_closing_word_alone_is_no_name() => Assert.Empty(Names("Re").Organizations);

    [Theory]
    [InlineData("Commuters crowded onto the Jubilee line", "Jubilee line")]
    [InlineData("Jubilee line trains were delayed by a signal fault.", "Jubilee line")]
    public void A_line_at_either_edge_of_the_document_is_still_read(string text, string name) =>
        Assert.Contains(Names(text).Places, m => m.Text == name);
}
