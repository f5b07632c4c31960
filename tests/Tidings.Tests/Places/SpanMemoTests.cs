using Tidings.Places;
using Xunit;

namespace Tidings.Tests.Places;

/// <summary>The per-document memo that lets a repeated name or demonym be looked up once.</summary>
public sealed class SpanMemoTests
{
    [Fact]
    public void The_same_text_anywhere_in_the_document_is_found()
    {
        const string Text = "Baku and Paris, then Baku again; Bakú is not Baku.";
        var memo = new SpanMemo<int>();
        int first = Text.IndexOf("Baku", StringComparison.Ordinal);
        Assert.False(memo.TryGet(Text, first, 4, out _, out int hash));
        memo.Add(first, 4, hash, 7);

        int second = Text.IndexOf("Baku", first + 1, StringComparison.Ordinal);
        Assert.True(memo.TryGet(Text, second, 4, out int value, out _));
        Assert.Equal(7, value);
        Assert.True(memo.TryGet(Text, Text.LastIndexOf("Baku", StringComparison.Ordinal), 4, out _, out _));

        // Exact characters only: another spelling, a longer or shorter span, is another text.
        Assert.False(memo.TryGet(Text, Text.IndexOf("Bakú", StringComparison.Ordinal), 4, out _, out _));
        Assert.False(memo.TryGet(Text, first, 3, out _, out _));
        Assert.False(memo.TryGet(Text, first, 5, out _, out _));
    }

    [Fact]
    public void Every_text_added_is_found_after_the_table_grows()
    {
        string text = string.Join(' ', Enumerable.Range(0, 500).Select(i => $"w{i}"));
        var memo = new SpanMemo<string>();
        List<(int Start, int Length)> words = [];
        int start = 0;
        foreach (string word in text.Split(' '))
        {
            words.Add((start, word.Length));
            Assert.False(memo.TryGet(text, start, word.Length, out _, out int hash));
            memo.Add(start, word.Length, hash, word);
            start += word.Length + 1;
        }

        foreach ((int s, int length) in words)
        {
            Assert.True(memo.TryGet(text, s, length, out string? value, out _));
            Assert.Equal(text.Substring(s, length), value);
        }
    }

    [Fact]
    public void Clear_forgets_the_document()
    {
        const string Text = "Yerevan";
        var memo = new SpanMemo<int>();
        Assert.False(memo.TryGet(Text, 0, Text.Length, out _, out int hash));
        memo.Add(0, Text.Length, hash, 1);
        memo.Clear();
        Assert.False(memo.TryGet(Text, 0, Text.Length, out _, out _));

        // Also after a document large enough that the table is let go.
        string large = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"n{i}"));
        int at = 0;
        foreach (string word in large.Split(' '))
        {
            Assert.False(memo.TryGet(large, at, word.Length, out _, out int h));
            memo.Add(at, word.Length, h, at);
            at += word.Length + 1;
        }

        memo.Clear();
        Assert.False(memo.TryGet(large, 0, 2, out _, out _));
        Assert.False(memo.TryGet(Text, 0, Text.Length, out _, out hash));
        memo.Add(0, Text.Length, hash, 2);
        Assert.True(memo.TryGet(Text, 0, Text.Length, out int again, out _));
        Assert.Equal(2, again);
    }
}
