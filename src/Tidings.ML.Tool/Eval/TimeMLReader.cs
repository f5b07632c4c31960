using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Tidings.ML.Tool.Eval;

/// <summary>One temporal expression: a span of a document's plain text with its TIMEX3 type and value.</summary>
/// <param name="Start">The UTF-16 offset of the first character.</param>
/// <param name="End">The UTF-16 offset just past the last character.</param>
/// <param name="Type">The TIMEX3 type, upper case: <c>DATE</c>, <c>TIME</c>, <c>DURATION</c> or <c>SET</c>.</param>
/// <param name="Value">The TIMEX3 value (<c>1998-08-07</c>, <c>P3Y</c>, <c>PAST_REF</c>), or null when there is none.</param>
internal readonly record struct TimexAnnotation(int Start, int End, string Type, string? Value);

/// <summary>A TimeML document: the plain text of its <c>TEXT</c> element, the gold TIMEX3s in it, and its creation time.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="DocId">The <c>DOCID</c>, or null when there is none.</param>
/// <param name="Text">The content of <c>TEXT</c> with all tags removed and entities decoded.</param>
/// <param name="CreationTime">The TIMEX3 value of the document creation time (<c>1998-08-07</c>, <c>2000-01-24T19:48</c>), or null.</param>
/// <param name="ReferenceDate">The date of <paramref name="CreationTime"/>, or null when it has none.</param>
/// <param name="Timexes">The TIMEX3s inside <c>TEXT</c>, as offsets into <paramref name="Text"/>, in document order.</param>
internal sealed record TimeMLDocument(
    string Path,
    string? DocId,
    string Text,
    string? CreationTime,
    DateOnly? ReferenceDate,
    ImmutableArray<TimexAnnotation> Timexes);

/// <summary>Reads TimeML (TempEval-3) <c>.tml</c> files.</summary>
/// <remarks>
/// The plain text is the character content of the <c>TEXT</c> element as an XML parser reports it (so line ends
/// are normalized to <c>\n</c> and entities such as <c>&amp;amp;</c> are decoded); every tag inside it
/// (<c>EVENT</c>, <c>SIGNAL</c>, <c>TIMEX3</c>, …) is dropped. TIMEX3s without text (non-consuming) are skipped.
/// The creation time is the TIMEX3 inside <c>DCT</c>, or else the first one with
/// <c>functionInDocument="CREATION_TIME"</c>.
/// </remarks>
internal static class TimeMLReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreWhitespace = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="FormatException">The file is not well-formed XML, or has no <c>TEXT</c> element or more than one.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static TimeMLDocument ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = XmlReader.Create(File.OpenRead(path), Settings);
        return Read(reader, path);
    }

    /// <summary>Reads a document from the TimeML in <paramref name="xml"/>; <paramref name="path"/> is only recorded.</summary>
    /// <exception cref="FormatException">The XML is not well-formed, or has no <c>TEXT</c> element or more than one.</exception>
    public static TimeMLDocument ReadString(string xml, string path = "")
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        return Read(reader, path);
    }

    private static TimeMLDocument Read(XmlReader reader, string path)
    {
        try
        {
            return ReadCore(reader, path);
        }
        catch (XmlException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static TimeMLDocument ReadCore(XmlReader reader, string path)
    {
        var text = new StringBuilder();
        var timexes = ImmutableArray.CreateBuilder<TimexAnnotation>();
        var open = new Stack<(int Start, string Type, string? Value)>();
        string? docId = null;
        string? dctInDct = null;
        string? dctElsewhere = null;
        int textElements = 0;
        int textDepth = -1;
        int dctDepth = -1;
        int docIdDepth = -1;
        var docIdText = new StringBuilder();

        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    string name = reader.LocalName;
                    bool empty = reader.IsEmptyElement;
                    if (name == "TEXT" && textDepth < 0)
                    {
                        textElements++;
                        if (textElements > 1)
                        {
                            throw new FormatException("more than one TEXT element");
                        }

                        if (!empty)
                        {
                            textDepth = reader.Depth;
                        }
                    }
                    else if (name == "DCT" && dctDepth < 0 && !empty)
                    {
                        dctDepth = reader.Depth;
                    }
                    else if (name == "DOCID" && docId is null && docIdDepth < 0 && !empty)
                    {
                        docIdDepth = reader.Depth;
                    }
                    else if (name == "TIMEX3")
                    {
                        string? value = reader.GetAttribute("value");
                        if (dctDepth >= 0)
                        {
                            dctInDct ??= value;
                        }
                        else if (dctElsewhere is null && reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                        {
                            dctElsewhere = value;
                        }

                        if (textDepth >= 0 && !empty)
                        {
                            string type = (reader.GetAttribute("type") ?? "").Trim().ToUpperInvariant();
                            open.Push((text.Length, type, value));
                        }
                    }

                    break;

                case XmlNodeType.EndElement:
                    if (reader.Depth == textDepth)
                    {
                        textDepth = -1;
                    }
                    else if (reader.Depth == dctDepth)
                    {
                        dctDepth = -1;
                    }
                    else if (reader.Depth == docIdDepth)
                    {
                        docIdDepth = -1;
                        docId = docIdText.ToString().Trim();
                    }
                    else if (textDepth >= 0 && reader.LocalName == "TIMEX3" && open.Count > 0)
                    {
                        (int start, string type, string? value) = open.Pop();
                        if (text.Length > start)
                        {
                            timexes.Add(new TimexAnnotation(start, text.Length, type, value));
                        }
                    }

                    break;

                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (textDepth >= 0)
                    {
                        text.Append(reader.Value);
                    }
                    else if (docIdDepth >= 0)
                    {
                        docIdText.Append(reader.Value);
                    }

                    break;
            }
        }

        if (textElements == 0)
        {
            throw new FormatException("no TEXT element");
        }

        // Nested TIMEX3s close inner-first; keep document order.
        timexes.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        string? creationTime = dctInDct ?? dctElsewhere;
        return new TimeMLDocument(path, docId, text.ToString(), creationTime, ParseDate(creationTime), timexes.ToImmutable());
    }

    /// <summary>The calendar date at the start of a TIMEX3 value (<c>1998-01-08</c>, <c>2000-01-24T19:48</c>), or null.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : null;
    }
}
