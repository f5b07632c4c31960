using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Names;

/// <summary>
/// The scores a tagger keeps between documents (a word's own features, <see cref="WordScoreCache"/>) and the compact
/// model format change nothing: a document tags the same after any other documents as on a fresh thread, and a model
/// reads back the same however it was written.
/// </summary>
public sealed class WordScoreCacheTests
{
    private static readonly string[] Texts =
    [
        "Police in Yerevan said Armen Sarkissian met officials of the Armenian National Committee of America on Monday.",
        "SOCCER - LEEDS BEAT WIMBLEDON 2-1 . LONDON 1996-08-30 Leeds United beat Wimbledon on Saturday , Reuters said .",
        "Shares of Rivian Automotive rose 5% after the company said it would build a plant in Georgia. Rivian said it expects more.",
        "Yerevan Yerevan YEREVAN yerevan Leeds leeds LEEDS Rivian's rivian 1,000 1000 2-1 1996-08-30 Sarkissian Sarkissian.",
    ];

    [Fact]
    public void A_document_tags_the_same_after_other_documents_as_on_a_fresh_thread()
    {
        // Since session 27 the word cache is shared by the threads that tag with one model, so a new thread no longer
        // starts it empty: each baseline is tagged with a model of its own, loaded for it, whose cache is empty.
        var fresh = new List<string>();
        foreach (string text in Texts)
        {
            using Stream stream = TidingsData.Open("Tidings.Recognition.NameModel.bin")!;
            fresh.Add(Tags(NameRecognizer.Load(stream), text));
        }

        // One thread, every document in both orders, twice over: every result must match the fresh one.
        var warm = new List<string>();
        var order = Enumerable.Range(0, Texts.Length).Concat(Enumerable.Range(0, Texts.Length).Reverse()).ToArray();
        var worker = new Thread(() =>
        {
            for (int round = 0; round < 2; round++)
            {
                foreach (int k in order)
                {
                    warm.Add(k + ":" + Tags(Texts[k]));
                }
            }
        });
        worker.Start();
        worker.Join();
        int at = 0;
        for (int round = 0; round < 2; round++)
        {
            foreach (int k in order)
            {
                Assert.Equal(k + ":" + fresh[k], warm[at++]);
            }
        }
    }

    [Fact]
    public void Threads_sharing_the_word_cache_tag_as_one_thread_does()
    {
        // Four threads tag the texts at once, each in its own order, many times over: they find, claim and keep
        // entries of the one cache at the same time, and every result must match the one thread's.
        string[] alone = [.. Texts.Select(Tags)];
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Thread[] threads = [.. Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            for (int round = 0; round < 50; round++)
            {
                for (int k = 0; k < Texts.Length; k++)
                {
                    int text = (k + t + round) % Texts.Length;
                    string tags = Tags(Texts[text]);
                    if (tags != alone[text])
                    {
                        failures.Add($"thread {t}, round {round}, text {text}: {tags}");
                    }
                }
            }
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Features_summed_in_parts_score_exactly_as_summed_at_once()
    {
        using Stream stream = TidingsData.Open("Tidings.Recognition.NameModel.bin")!;
        NameModel model = NameModel.Read(stream);
        var random = new Random(3);
        for (int trial = 0; trial < 200; trial++)
        {
            uint[] features = [.. Enumerable.Range(0, random.Next(1, 60)).Select(_ => (uint)random.Next())];
            int split = random.Next(features.Length + 1);
            var once = new float[NameModel.Tags];
            model.Score(features, once);
            var sums = new int[NameModel.PaddedTags];
            model.Sum(features.AsSpan(0, split), sums);
            model.Sum(features.AsSpan(split), sums);
            var parts = new float[NameModel.Tags];
            model.ToScores(sums, parts);
            Assert.Equal(once, parts);
        }
    }

    [Fact]
    public void A_model_reads_back_the_same_stored_or_deflated_and_after_conversion()
    {
        using Stream embedded = TidingsData.Open("Tidings.Recognition.NameModel.bin")!;
        NameModel model = NameModel.Read(embedded);
        using var stored = new MemoryStream();
        model.Write(stored);
        using var deflated = new MemoryStream();
        model.Write(deflated, deflate: true);
        Assert.True(deflated.Length < stored.Length);
        stored.Position = 0;
        deflated.Position = 0;
        NameModel fromStored = NameModel.Read(stored);
        NameModel fromDeflated = NameModel.Read(new NonSeekable(deflated));
        Assert.Equal(model.RowCount, fromStored.RowCount);
        Assert.Equal(model.Weights, fromStored.Weights);
        Assert.Equal(model.Weights, fromDeflated.Weights);
        Assert.Equal(model.Previous, fromDeflated.Previous);

        // What is stored is what the library embeds: written again, byte for byte the same.
        using var again = new MemoryStream();
        fromStored.Write(again);
        Assert.Equal(stored.ToArray(), again.ToArray());
    }

    [Fact]
    public void A_reader_accepts_an_entry_only_when_it_is_whole()
    {
        (int torn, long accepted) = Stress((cache, entry, version) => cache.Unchanged(entry, version));
        Assert.Equal(0, torn);
        Assert.True(accepted > 0);
    }

    /// <summary>The sequence lock alone: one entry, so every word maps to it. Four threads look up words in turn, as
    /// taggers do: a hit is copied out and accepted only if <paramref name="accept"/> (the cache's Unchanged); a miss
    /// that claims the entry fills its sums and roles with the word's marker (a pause between the parts) and keeps
    /// it. Counts the copies accepted and those among them whose values are not all the marker of the word looked
    /// up.</summary>
    private static (int Torn, long Accepted) Stress(Func<WordScoreCache, int, int, bool> accept)
    {
        const int Stages = 2;
        const int Rounds = 20_000;
        var cache = new WordScoreCache(Stages, entries: 1);
        string[] words = ["alpha", "bravo"];
        int torn = 0;
        long accepted = 0;
        Thread[] threads = [.. Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            var sums = new int[NameModel.PaddedTags];
            var roles = new float[NameFeatures.Roles * NameModel.Tags];
            for (int round = 0; round < Rounds; round++)
            {
                int k = (round + t) % words.Length;
                if (cache.TryFind(words[k], TokenKind.Word, 0, out int entry, out int version))
                {
                    bool whole = true;
                    for (int stage = 0; stage < Stages; stage++)
                    {
                        cache.Sums(entry, stage).CopyTo(sums);
                        cache.Roles(entry, stage).CopyTo(roles);
                        whole &= sums.All(v => v == k + 1) && roles.All(v => v == k + 1);
                    }

                    if (accept(cache, entry, version))
                    {
                        Interlocked.Increment(ref accepted);
                        if (!whole)
                        {
                            Interlocked.Increment(ref torn);
                        }
                    }
                }
                else if (entry >= 0)
                {
                    for (int stage = 0; stage < Stages; stage++)
                    {
                        cache.Sums(entry, stage).Fill(k + 1);
                        Thread.SpinWait(20);
                        cache.Roles(entry, stage).Fill(k + 1);
                    }

                    cache.Keep(entry, version, words[k], TokenKind.Word);
                }
            }
        }))];
        foreach (Thread thread in threads)
        {
            thread.Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        return (torn, accepted);
    }

    [Fact]
    public void A_thread_that_tagged_with_a_model_does_not_keep_it_alive()
    {
        // The tagger is thread-static: while its thread lives, it must hold neither the model's word cache nor its
        // sentence-boundary scores, so a model a host loaded and dropped can be collected.
        WeakReference? model = null;
        using var tagged = new ManualResetEventSlim();
        using var done = new ManualResetEventSlim();
        var worker = new Thread(() =>
        {
            model = TagWithDroppedModel(Texts[1]);
            tagged.Set();
            done.Wait();
        });
        worker.Start();
        try
        {
            tagged.Wait();
            for (int i = 0; i < 3 && model!.IsAlive; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
            }

            Assert.False(model!.IsAlive);
        }
        finally
        {
            done.Set();
            worker.Join();
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference TagWithDroppedModel(string text)
    {
        using Stream stream = TidingsData.Open("Tidings.Recognition.NameModel.bin")!;
        NameRecognizer recognizer = NameRecognizer.Load(stream);
        Assert.NotEmpty(Tags(recognizer, text));
        return new WeakReference(recognizer.Model);
    }

    private static string Tags(string text) => Tags(NameRecognizer.Default, text);

    private static string Tags(NameRecognizer recognizer, string text)
    {
        using var document = Document.Create(text);
        return string.Join(";", recognizer.Recognize(document).Select(n => $"{n.Start}-{n.End}:{n.Type}"));
    }

    /// <summary>A read-only stream that cannot seek, as a network or pipe stream.</summary>
    private sealed class NonSeekable(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
