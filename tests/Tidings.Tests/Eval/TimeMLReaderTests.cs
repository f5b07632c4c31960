using Tidings.ML.Tool.Eval;
using Xunit;

namespace Tidings.Tests.Eval;

public sealed class TimeMLReaderTests
{
    // Written for these tests (not taken from any corpus).
    internal const string Sample = """
        <?xml version="1.0" ?>
        <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <DOCID>TEST0001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2003-05-14" temporalFunction="false" functionInDocument="CREATION_TIME">20030514</TIMEX3></DCT>
        <TITLE>Ignored <TIMEX3 tid="t9" type="DATE" value="2003">2003</TIMEX3></TITLE>
        <TEXT>
        Smith &amp; Sons <EVENT eid="e1" class="REPORTING">said</EVENT> "<SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="2003-05-13" temporalFunction="true" anchorTimeID="t0">Tuesday</TIMEX3>" the &quot;deal&quot; <EVENT eid="e2" class="OCCURRENCE">closed</EVENT> after <TIMEX3 tid="t2" type="DURATION" value="P6M"><EVENT eid="e3" class="STATE">six</EVENT> months</TIMEX3>.
        </TEXT>
        <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
        </TimeML>
        """;

    [Fact]
    public void Text_is_the_TEXT_content_with_tags_stripped_and_entities_decoded()
    {
        TimeMLDocument doc = TimeMLReader.ReadString(Sample, "x.tml");

        Assert.Equal(
            "\nSmith & Sons said \"on Tuesday\" the \"deal\" closed after six months.\n",
            doc.Text);
        Assert.Equal("TEST0001", doc.DocId);
        Assert.Equal("x.tml", doc.Path);
    }

    [Fact]
    public void Timex_offsets_are_exact_in_the_plain_text_including_nested_tags()
    {
        TimeMLDocument doc = TimeMLReader.ReadString(Sample);

        Assert.Equal(2, doc.Timexes.Length);
        TimexAnnotation tuesday = doc.Timexes[0];
        Assert.Equal("Tuesday", doc.Text[tuesday.Start..tuesday.End]);
        Assert.Equal(doc.Text.IndexOf("Tuesday", StringComparison.Ordinal), tuesday.Start);
        Assert.Equal("DATE", tuesday.Type);
        Assert.Equal("2003-05-13", tuesday.Value);

        TimexAnnotation months = doc.Timexes[1];
        Assert.Equal("six months", doc.Text[months.Start..months.End]);
        Assert.Equal("DURATION", months.Type);
        Assert.Equal("P6M", months.Value);
    }

    [Fact]
    public void Creation_time_comes_from_DCT_and_becomes_the_reference_date()
    {
        TimeMLDocument doc = TimeMLReader.ReadString(Sample);

        Assert.Equal("2003-05-14", doc.CreationTime);
        Assert.Equal(new DateOnly(2003, 5, 14), doc.ReferenceDate);
    }

    [Fact]
    public void Creation_time_with_a_time_of_day_gives_its_date()
    {
        const string xml = """
            <TimeML><DCT><TIMEX3 tid="t0" type="TIME" value="2000-01-24T19:48" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
            <TEXT>A &lt;b&gt; <TIMEX3 tid="t1" type="TIME" value="2000-01-24TEV">tonight</TIMEX3></TEXT></TimeML>
            """;

        TimeMLDocument doc = TimeMLReader.ReadString(xml);

        Assert.Equal(new DateOnly(2000, 1, 24), doc.ReferenceDate);
        Assert.Equal("A <b> tonight", doc.Text);
        Assert.Equal(new TimexAnnotation(6, 13, "TIME", "2000-01-24TEV"), Assert.Single(doc.Timexes));
    }

    [Fact]
    public void Missing_DCT_gives_no_reference_date_and_CDATA_and_line_ends_are_text()
    {
        TimeMLDocument doc = TimeMLReader.ReadString("<TimeML><TEXT>a\r\n<![CDATA[<x>]]> <TIMEX3 type=\"date\" value=\"1999\">1999</TIMEX3></TEXT></TimeML>");

        Assert.Null(doc.ReferenceDate);
        Assert.Null(doc.DocId);
        Assert.Equal("a\n<x> 1999", doc.Text);
        Assert.Equal(new TimexAnnotation(6, 10, "DATE", "1999"), Assert.Single(doc.Timexes));
    }

    [Fact]
    public void Reads_from_a_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"tidings-eval-{Guid.NewGuid():N}.tml");
        File.WriteAllText(path, Sample);
        try
        {
            TimeMLDocument doc = TimeMLReader.ReadFile(path);
            Assert.Equal(path, doc.Path);
            Assert.Equal(2, doc.Timexes.Length);
            Assert.Equal(TimeMLReader.ReadString(Sample).Text, doc.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("<TimeML><TEXT>unclosed <TIMEX3 type=\"DATE\">x</TEXT></TimeML>")]
    [InlineData("<TimeML><DOCID>no text</DOCID></TimeML>")]
    [InlineData("<TimeML><TEXT>a</TEXT><TEXT>b</TEXT></TimeML>")]
    [InlineData("<TimeML><TEXT>&nbsp;</TEXT></TimeML>")]
    [InlineData("")]
    public void Malformed_documents_throw_FormatException(string xml)
    {
        Assert.Throws<FormatException>(() => TimeMLReader.ReadString(xml));
    }
}
