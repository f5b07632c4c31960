using System.Collections.Concurrent;
using FsCheck.Fluent;

namespace Tidings.Tests.Properties;

/// <summary>
/// The thread-safety harness: one shared instance, <see cref="PropertySettings.Threads"/> callers released together
/// by a barrier, each running every input in its own order, each result compared with the sequential one.
/// </summary>
internal static class SharedInstance
{
    /// <summary>News-like and arbitrary texts (about four to one) and the seed article: <see cref="PropertySettings.ConcurrentInputs"/> in all.</summary>
    public static string[] Texts()
    {
        int count = PropertySettings.ConcurrentInputs;
        int arbitrary = count / 5;
        return
        [
            .. TextGenerators.NewsText.Generator.Sample(size: 50, numberOfSamples: count - arbitrary - 1),
            .. TextGenerators.ArbitraryText.Generator.Sample(size: 50, numberOfSamples: arbitrary),
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_70dd0782637a3652.txt")),
        ];
    }

    /// <summary><see cref="Texts"/>, each with a reference date: none, the ends of the calendar, or a date in between.</summary>
    public static (string Text, DateOnly? Reference)[] DatedTexts() => [.. Texts().Select((t, i) => (t, ReferenceDate(i)))];

    private static DateOnly? ReferenceDate(int i) => (i % 5) switch
    {
        0 => null,
        1 => DateOnly.MinValue,
        2 => DateOnly.MaxValue,
        _ => DateOnly.FromDayNumber((int)((uint)(i * 2_654_435_761L) % (uint)DateOnly.MaxValue.DayNumber)),
    };

    /// <summary>
    /// Computes <paramref name="call"/> for every input one by one (caller -1), then from
    /// <see cref="PropertySettings.Threads"/> threads sharing whatever <paramref name="call"/> closes over; every thread
    /// runs every input, in an order of its own (forward, backward, then shuffled with the thread's number as seed),
    /// and checks each result against the sequential one with <paramref name="same"/> as soon as it has it.
    /// </summary>
    /// <param name="call">Runs one input; the second argument is the caller (-1 sequential, else the thread), so
    /// callers can take different entry points to the same instance.</param>
    /// <param name="same">Asserts that the sequential (first) and concurrent (second) results are equal.</param>
    /// <param name="show">Describes an input in a failure message.</param>
    public static void Check<TInput, TResult>(
        IReadOnlyList<TInput> inputs, Func<TInput, int, TResult> call, Action<TResult, TResult> same, Func<TInput, string> show)
    {
        TResult[] expected = new TResult[inputs.Count];
        for (int i = 0; i < inputs.Count; i++)
        {
            expected[i] = call(inputs[i], -1);
        }

        int threads = PropertySettings.Threads;
        var failures = new ConcurrentQueue<string>();
        int calls = 0;
        using var start = new Barrier(threads);
        Thread[] workers = [.. Enumerable.Range(0, threads).Select(w => new Thread(() =>
        {
            int[] order = [.. Enumerable.Range(0, inputs.Count)];
            if (w == 1)
            {
                Array.Reverse(order);
            }
            else if (w > 1)
            {
                new Random(w).Shuffle(order);
            }

            start.SignalAndWait();
            foreach (int i in order)
            {
                try
                {
                    same(expected[i], call(inputs[i], w));
                    Interlocked.Increment(ref calls);
                }
#pragma warning disable CA1031 // Any exception on a worker must fail the test, so it is collected and reported below.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures.Enqueue($"thread {w}, input {i} {show(inputs[i])}: {e}");
                    return;
                }
            }
        })
        { IsBackground = true })];
        foreach (Thread t in workers)
        {
            t.Start();
        }

        foreach (Thread t in workers)
        {
            t.Join();
        }

        if (!failures.IsEmpty)
        {
            throw new Xunit.Sdk.XunitException(
                $"{failures.Count} of {threads} threads sharing one instance got results other than the sequential ones:\n"
                + string.Join("\n\n", failures.Take(3)));
        }

        Xunit.Assert.Equal(threads * inputs.Count, calls);
    }

    /// <summary>A dated input, as <see cref="Show(string)"/> and its reference date.</summary>
    public static string Show((string Text, DateOnly? Reference) input) => Show(input.Text) + $" reference {input.Reference:O}";

    /// <summary>An input as a C#-escaped literal (cut at 300 characters), so a failure can be replayed.</summary>
    public static string Show(string text) =>
        "\"" + string.Concat(text.Take(300).Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}"))
        + (text.Length > 300 ? "\"…" : "\"") + $" ({text.Length} chars)";
}
