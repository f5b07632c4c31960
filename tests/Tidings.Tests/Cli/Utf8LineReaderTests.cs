using System.Text;
using Tidings.Cli;
using Xunit;

namespace Tidings.Tests.Cli;

public class Utf8LineReaderTests
{
    /// <summary>A stream that returns at most <c>chunk</c> bytes per read, like a pipe.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
    {
        public int Reads { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Reads++;
            return base.Read(buffer, offset, Math.Min(count, chunk));
        }
    }

    private static List<(LineStatus Status, string Text, long Line)> ReadAll(Stream stream, int maxLineBytes = Utf8LineReader.DefaultMaxLineBytes)
    {
        var reader = new Utf8LineReader(stream, maxLineBytes: maxLineBytes);
        var lines = new List<(LineStatus, string, long)>();
        while (reader.Read(out ReadOnlySpan<byte> line) is var status && status != LineStatus.End)
        {
            lines.Add((status, Encoding.UTF8.GetString(line), reader.LineNumber));
        }

        Assert.Equal(stream.Length, reader.Position);
        return lines;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(1 << 20)]
    public void Splits_lines_across_any_read_boundaries(int chunk)
    {
        byte[] data = [0xEF, 0xBB, 0xBF, .. "first\r\nsecond\n\nfourth ’ é\nlast-without-newline"u8];

        var lines = ReadAll(new TrickleStream(data, chunk));

        Assert.Equal(["first", "second", "", "fourth ’ é", "last-without-newline"], lines.Select(l => l.Text));
        Assert.Equal([1L, 2, 3, 4, 5], lines.Select(l => l.Line));
        Assert.All(lines, l => Assert.Equal(LineStatus.Line, l.Status));
    }

    [Fact]
    public void Empty_input_has_no_lines_and_a_final_newline_adds_none()
    {
        Assert.Empty(ReadAll(new MemoryStream()));
        Assert.Single(ReadAll(new MemoryStream("one\n"u8.ToArray())));
    }

    [Fact]
    public void Long_lines_grow_the_buffer()
    {
        string big = new('x', 3_000_000);
        byte[] data = Encoding.UTF8.GetBytes("a\n" + big + "\nb");

        var lines = ReadAll(new TrickleStream(data, 65536));

        Assert.Equal(["a", big, "b"], lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(4096)]
    public void Lines_over_the_limit_are_skipped_and_counted(int chunk)
    {
        byte[] data = Encoding.UTF8.GetBytes("short\n" + new string('y', 100) + "\nok\n" + new string('z', 50));

        var lines = ReadAll(new TrickleStream(data, chunk), maxLineBytes: 20);

        Assert.Equal([LineStatus.Line, LineStatus.TooLong, LineStatus.Line, LineStatus.TooLong], lines.Select(l => l.Status));
        Assert.Equal(["short", "", "ok", ""], lines.Select(l => l.Text));
        Assert.Equal([1L, 2, 3, 4], lines.Select(l => l.Line));
    }

    [Fact]
    public void The_callback_runs_before_every_read()
    {
        var stream = new TrickleStream("a\nb\nc\n"u8.ToArray(), 2);
        int calls = 0;
        var reader = new Utf8LineReader(stream, beforeRead: () => calls++);

        while (reader.Read(out _) != LineStatus.End)
        {
        }

        Assert.Equal(stream.Reads, calls);
    }
}
