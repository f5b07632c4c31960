using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Tidings.Places;

/// <summary>
/// One record of the gazetteer's text format, as read (see <see cref="Gazetteer"/> for the format), before it is
/// indexed. A record whose id is already known patches that place: non-empty fields replace, names add up.
/// </summary>
internal sealed record GazetteerRow(
    string Id,
    PlaceKind? Kind,
    string? CountryCode,
    string? AdminCode,
    double Latitude,
    double Longitude,
    long Population,
    string? Name,
    ImmutableArray<string> Aliases,
    ImmutableArray<string> Demonyms,
    bool IsCapital,
    bool IsProminent,
    ImmutableArray<string> Neighbours)
{
    /// <summary>How many tab-separated fields a record has at the most.</summary>
    public const int FieldCount = 12;

    /// <summary>The GeoNames id, when <see cref="Id"/> is one (all digits).</summary>
    public int? GeonameId =>
        int.TryParse(Id, NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : null;

    /// <summary>This record with <paramref name="patch"/> laid over it.</summary>
    public GazetteerRow Merge(GazetteerRow patch) => new(
        Id,
        patch.Kind ?? Kind,
        patch.CountryCode ?? CountryCode,
        patch.AdminCode ?? AdminCode,
        double.IsNaN(patch.Latitude) ? Latitude : patch.Latitude,
        double.IsNaN(patch.Longitude) ? Longitude : patch.Longitude,
        patch.Population > 0 ? patch.Population : Population,
        patch.Name ?? Name,
        Union(Aliases, patch.Aliases),
        Union(Demonyms, patch.Demonyms),
        IsCapital || patch.IsCapital,
        IsProminent || patch.IsProminent,
        patch.Neighbours.IsEmpty ? Neighbours : patch.Neighbours);

    /// <summary>Reads every record of <paramref name="stream"/>: UTF-8 text, GZip-compressed or not.</summary>
    /// <exception cref="InvalidDataException">A record is malformed (the message names the line).</exception>
    public static List<GazetteerRow> ReadAll(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Stream input = stream;
        var head = new byte[2];
        int got = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        var prefix = new MemoryStream(head, 0, got, writable: false);
        Stream joined = new ConcatenatedStream(prefix, input);
        if (got == 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            joined = new GZipStream(joined, CompressionMode.Decompress);
        }

        var rows = new List<GazetteerRow>();
        using var reader = new StreamReader(joined, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        int lineNumber = 0;
        while (reader.ReadLine() is string line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(Parse(line, lineNumber));
        }

        return rows;
    }

    /// <summary>
    /// Whether <paramref name="stream"/> holds the compiled form (starting with <c>TDGZ</c>, stored as it is or
    /// GZip-compressed); <paramref name="rewound"/> reads the stream from its start either way.
    /// </summary>
    public static bool IsCompiled(Stream stream, out Stream rewound)
    {
        var head = new byte[4];
        int got = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        Stream whole = new ConcatenatedStream(new MemoryStream(head, 0, got, writable: false), stream);
        if (got == 4 && head.AsSpan().SequenceEqual("TDGZ"u8))
        {
            rewound = whole;
            return true;
        }

        if (got < 2 || head[0] != 0x1F || head[1] != 0x8B)
        {
            rewound = whole;
            return false;
        }

        // Buffer the compressed bytes to peek at the content.
        var copy = new MemoryStream();
        whole.CopyTo(copy);
        copy.Position = 0;
        using (var gzip = new GZipStream(copy, CompressionMode.Decompress, leaveOpen: true))
        {
            var magic = new byte[4];
            int read = gzip.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
            copy.Position = 0;
            rewound = copy;
            return read == 4 && magic.AsSpan().SequenceEqual("TDGZ"u8);
        }
    }

    /// <summary>Parses one line of the format.</summary>
    /// <exception cref="InvalidDataException">The line is malformed.</exception>
    public static GazetteerRow Parse(string line, int lineNumber)
    {
        Span<Range> fields = stackalloc Range[FieldCount + 1];
        ReadOnlySpan<char> text = line.AsSpan();
        int count = text.Split(fields, '\t');
        if (count > FieldCount)
        {
            throw Bad(lineNumber, $"more than {FieldCount} fields");
        }

        ReadOnlySpan<char> id = Field(text, fields, count, 0);
        if (id.IsEmpty)
        {
            throw Bad(lineNumber, "the id is empty");
        }

        PlaceKind? kind = ParseKind(Field(text, fields, count, 1), lineNumber);
        double latitude = ParseDouble(Field(text, fields, count, 4), lineNumber, -90, 90);
        double longitude = ParseDouble(Field(text, fields, count, 5), lineNumber, -180, 180);
        long population = 0;
        ReadOnlySpan<char> populationText = Field(text, fields, count, 6);
        if (!populationText.IsEmpty
            && (!long.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out population)))
        {
            throw Bad(lineNumber, $"population '{populationText}' is not a whole number");
        }

        string? name = NullIfEmpty(Field(text, fields, count, 7));
        ReadOnlySpan<char> flags = Field(text, fields, count, 10);
        return new GazetteerRow(
            id.ToString(),
            kind,
            NullIfEmpty(Field(text, fields, count, 2)),
            NullIfEmpty(Field(text, fields, count, 3)),
            latitude,
            longitude,
            population,
            name,
            List(Field(text, fields, count, 8), '|'),
            List(Field(text, fields, count, 9), '|'),
            flags.Contains('c'),
            flags.Contains('p'),
            List(Field(text, fields, count, 11), ','));
    }

    /// <summary>Writes this record as one line of the format (without the line break).</summary>
    public string Format()
    {
        static string Number(double value) => double.IsNaN(value) ? string.Empty : value.ToString("0.#####", CultureInfo.InvariantCulture);
        string kind = Kind is PlaceKind k ? KindName(k) : string.Empty;
        return string.Join('\t',
            Id,
            kind,
            CountryCode ?? string.Empty,
            AdminCode ?? string.Empty,
            Number(Latitude),
            Number(Longitude),
            Population > 0 ? Population.ToString(CultureInfo.InvariantCulture) : string.Empty,
            Name ?? string.Empty,
            string.Join('|', Aliases),
            string.Join('|', Demonyms),
            (IsCapital ? "c" : string.Empty) + (IsProminent ? "p" : string.Empty),
            string.Join(',', Neighbours)).TrimEnd('\t');
    }

    /// <summary>The kind as the format and the JSON contract spell it ("country", "region", …).</summary>
    public static string KindName(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => "country",
        PlaceKind.Region => "region",
        PlaceKind.City => "city",
        PlaceKind.District => "district",
        PlaceKind.Continent => "continent",
        _ => "feature",
    };

    private static ReadOnlySpan<char> Field(ReadOnlySpan<char> text, Span<Range> fields, int count, int index) =>
        index < count ? text[fields[index]].Trim() : [];

    private static PlaceKind? ParseKind(ReadOnlySpan<char> text, int lineNumber) => text switch
    {
        "" => null,
        "country" => PlaceKind.Country,
        "region" => PlaceKind.Region,
        "city" => PlaceKind.City,
        "district" => PlaceKind.District,
        "continent" => PlaceKind.Continent,
        "feature" => PlaceKind.Feature,
        _ => throw Bad(lineNumber, $"unknown kind '{text}'"),
    };

    private static double ParseDouble(ReadOnlySpan<char> text, int lineNumber, double min, double max)
    {
        if (text.IsEmpty)
        {
            return double.NaN;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value < min || value > max)
        {
            throw Bad(lineNumber, $"coordinate '{text}' is not a number from {min} to {max}");
        }

        return value;
    }

    private static ImmutableArray<string> List(ReadOnlySpan<char> text, char separator)
    {
        if (text.IsEmpty)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (Range part in text.Split(separator))
        {
            ReadOnlySpan<char> item = text[part].Trim();
            if (!item.IsEmpty)
            {
                items.Add(item.ToString());
            }
        }

        return items.DrainToImmutable();
    }

    private static ImmutableArray<string> Union(ImmutableArray<string> first, ImmutableArray<string> second)
    {
        if (second.IsEmpty)
        {
            return first;
        }

        var union = ImmutableArray.CreateBuilder<string>(first.Length + second.Length);
        union.AddRange(first);
        foreach (string item in second)
        {
            if (!union.Contains(item, StringComparer.Ordinal))
            {
                union.Add(item);
            }
        }

        return union.DrainToImmutable();
    }

    private static string? NullIfEmpty(ReadOnlySpan<char> text) => text.IsEmpty ? null : text.ToString();

    private static InvalidDataException Bad(int lineNumber, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"gazetteer line {lineNumber}: {problem}."));

    /// <summary>A read-only stream of two streams, one after the other (to put back the bytes peeked at).</summary>
    private sealed class ConcatenatedStream(Stream first, Stream second) : Stream
    {
        private bool _firstDone;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (!_firstDone)
            {
                int n = first.Read(buffer);
                if (n > 0)
                {
                    return n;
                }

                _firstDone = true;
            }

            return second.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
