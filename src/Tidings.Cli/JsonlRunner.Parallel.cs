using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;

namespace Tidings.Cli;

/// <summary>
/// <c>--parallel N</c>: a reader thread cuts the input into batches of lines, N worker threads of the run's own analyse
/// whole batches, and the calling thread writes the batches' results in input order.
/// </summary>
/// <remarks>
/// <para>A batch holds up to <see cref="BatchLines"/> lines or <see cref="BatchBytes"/> bytes (a longer line is a batch of
/// its own), copied into one buffer; its results are written into one output buffer. So the hand-offs between threads
/// (queues, a wait for a result, a wake-up) happen once per batch rather than once per line, and a document costs no
/// task, no copy of its own and no output array. Batches are reused, so their buffers are allocated once per run. At
/// most 4×N batches are in flight, so memory stays bounded.</para>
/// <para>The reader hands out a partial batch before every read that may block (<see cref="Utf8LineReader"/>'s
/// <c>beforeRead</c>), and the writer flushes before it waits for a batch that has not been handed out, so a producer
/// that waits for the output of the lines it has written gets it. The writer does not flush while a handed-out batch is
/// being analysed: that wait ends without any input.</para>
/// <para>The workers are dedicated threads, not thread-pool tasks: each keeps its analysis buffers (the tagger's, the
/// JSON writer's) warm for the whole run, where pool tasks wandered over however many threads the pool had injected
/// (six on a loaded two-core machine, docs/notes/speed.md).</para>
/// </remarks>
internal sealed partial class JsonlRunner
{
    /// <summary>The most lines in one batch.</summary>
    private const int BatchLines = 32;

    /// <summary>A batch is handed out before its lines would pass this many bytes.</summary>
    private const int BatchBytes = 64 * 1024;

    private (long BlankLines, long Bytes) RunParallel(Stream input, OutputSink output, int workers)
    {
        var pending = new BlockingCollection<Batch>(boundedCapacity: workers * WindowPerWorker);
        var jobs = new BlockingCollection<Batch>(boundedCapacity: workers * WindowPerWorker);
        var spare = new ConcurrentQueue<Batch>();

        // Not disposed: a worker or the reader may still read its token after an early stop (they are not waited for).
        var stop = new CancellationTokenSource();
        long blankLines = 0;
        long bytes = 0;
        var threads = new Thread[workers];
        for (int w = 0; w < workers; w++)
        {
            threads[w] = new Thread(() => Work(jobs, stop.Token))
            {
                IsBackground = true,
                Name = "tidings worker " + (w + 1).ToString(CultureInfo.InvariantCulture),
            };
            threads[w].Start();
        }

        Task reading = Task.Factory.StartNew(
            () =>
            {
                Batch? batch = null;
                void HandOut()
                {
                    if (batch is { Count: > 0 })
                    {
                        // In the writer's queue first: a worker's results then always have their place in the order.
                        pending.Add(batch, stop.Token);
                        jobs.Add(batch, stop.Token);
                        batch = null;
                    }
                }

                try
                {
                    var reader = new Utf8LineReader(input, beforeRead: HandOut, maxLineBytes: settings.MaxDocumentBytes);
                    while (true)
                    {
                        LineStatus status = ReadDocumentLine(reader, ref blankLines, out ReadOnlySpan<byte> line);
                        if (status == LineStatus.End)
                        {
                            break;
                        }

                        if (batch is not null && !batch.Fits(line.Length))
                        {
                            HandOut();
                        }

                        batch ??= spare.TryDequeue(out Batch? reused) ? reused : new Batch();
                        switch (status)
                        {
                            case LineStatus.TooLong:
                                batch.AddOutcome(DocumentProcessor.TooLong(reader.LineNumber, reader.MaxLineBytes), reader.LineNumber, reader.Position);
                                break;
                            case LineStatus.NoMemory:
                                batch.AddOutcome(DocumentProcessor.NoMemoryToRead(reader.LineNumber), reader.LineNumber, reader.Position);
                                break;
                            default:
                                batch.AddLine(line, reader.LineNumber, reader.Position);
                                break;
                        }
                    }

                    HandOut();
                    bytes = reader.Position;
                }
                finally
                {
                    jobs.CompleteAdding();
                    pending.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            while (true)
            {
                if (!pending.TryTake(out Batch? batch))
                {
                    output.Flush();
                    if (!pending.TryTake(out batch, Timeout.Infinite))
                    {
                        break;
                    }
                }

                batch.WaitAnalysed();
                for (int i = 0; i < batch.Count; i++)
                {
                    batch.ThrowIfFailedAt(i);
                    Emit(batch.ResultOf(i), batch.LineNumber(i), batch.Position(i), output);
                }

                batch.Clear();
                spare.Enqueue(batch);
            }
        }
        catch
        {
            // Stop the reader (it may be waiting for room in the window); it may also be blocked on input, so do not wait for it.
            stop.Cancel();
            throw;
        }

        reading.GetAwaiter().GetResult();
        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        pending.Dispose();
        jobs.Dispose();
        return (blankLines, bytes);
    }

    /// <summary>A worker thread: analyses the batches it takes until the reader has handed out the last one.</summary>
    private void Work(BlockingCollection<Batch> jobs, CancellationToken stop)
    {
        try
        {
            foreach (Batch batch in jobs.GetConsumingEnumerable(stop))
            {
                batch.Analyse(_processor);
            }
        }
        catch (OperationCanceledException)
        {
            // The run stopped early (the writer failed): nothing more to analyse.
        }
    }

    /// <summary>Up to <see cref="BatchLines"/> input lines, copied into one buffer, and their results in another.</summary>
    private sealed class Batch
    {
        /// <summary>Buffers grown past this by one long line are not kept for the next use.</summary>
        private const int KeepBelow = 4 * 1024 * 1024;

        private readonly int[] _lineStarts = new int[BatchLines + 1];
        private readonly long[] _lineNumbers = new long[BatchLines];
        private readonly long[] _positions = new long[BatchLines];
        private readonly bool[] _ready = new bool[BatchLines];
        private readonly int[] _resultStarts = new int[BatchLines];
        private readonly int[] _resultLengths = new int[BatchLines];
        private readonly string?[] _errors = new string?[BatchLines];
        private byte[] _input = new byte[BatchBytes];
        private ArrayBufferWriter<byte> _output = new(BatchBytes * 4);
        private ExceptionDispatchInfo? _failure;
        private int _failedAt = -1;
        private TaskCompletionSource _analysed = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The number of lines in the batch.</summary>
        public int Count { get; private set; }

        /// <summary>Whether a line of <paramref name="length"/> bytes still belongs in this batch.</summary>
        public bool Fits(int length) =>
            Count < BatchLines && (_lineStarts[Count] == 0 || _lineStarts[Count] + (long)length <= BatchBytes);

        /// <summary>Adds a line to analyse (copied).</summary>
        public void AddLine(ReadOnlySpan<byte> line, long lineNumber, long position)
        {
            int start = _lineStarts[Count];
            if (start + line.Length > _input.Length)
            {
                Array.Resize(ref _input, Math.Max(start + line.Length, _input.Length * 2));
            }

            line.CopyTo(_input.AsSpan(start));
            _lineStarts[Count + 1] = start + line.Length;
            Add(lineNumber, position, ready: false);
        }

        /// <summary>Adds a line whose outcome is already known (it could not be read).</summary>
        public void AddOutcome(Outcome outcome, long lineNumber, long position)
        {
            _lineStarts[Count + 1] = _lineStarts[Count];
            Keep(Count, outcome);
            Add(lineNumber, position, ready: true);
        }

        /// <summary>Analyses every line not yet analysed, then lets the writer have the batch. Never throws: an
        /// exception (none is expected: the processor contains a document's failures) is kept for the writer, which
        /// rethrows it where that line's output would go.</summary>
        public void Analyse(DocumentProcessor processor)
        {
            try
            {
                for (int i = 0; i < Count; i++)
                {
                    if (!_ready[i])
                    {
                        int start = _lineStarts[i];
                        Keep(i, processor.Process(_input.AsSpan(start, _lineStarts[i + 1] - start), _lineNumbers[i], copy: false));
                    }
                }
            }
#pragma warning disable CA1031 // Handed to the writer, which rethrows it on the calling thread in its place in the output.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _failure = ExceptionDispatchInfo.Capture(e);
                _failedAt = FirstUnkept();
            }
            finally
            {
                _analysed.SetResult();
            }
        }

        /// <summary>Waits until a worker has analysed the batch.</summary>
        public void WaitAnalysed() => _analysed.Task.GetAwaiter().GetResult();

        /// <summary>Rethrows the exception that stopped the analysis at line <paramref name="i"/>, if it did.</summary>
        public void ThrowIfFailedAt(int i)
        {
            if (i == _failedAt)
            {
                _failure!.Throw();
            }
        }

        /// <summary>The outcome of line <paramref name="i"/>, valid until <see cref="Clear"/>.</summary>
        public Outcome ResultOf(int i) =>
            new(_output.WrittenMemory.Slice(_resultStarts[i], _resultLengths[i]), _errors[i]);

        public long LineNumber(int i) => _lineNumbers[i];

        public long Position(int i) => _positions[i];

        /// <summary>Empties the batch for its next use.</summary>
        public void Clear()
        {
            Array.Clear(_errors, 0, Count);
            Array.Clear(_ready, 0, Count);
            Count = 0;
            _failure = null;
            _failedAt = -1;
            if (_input.Length > KeepBelow)
            {
                _input = new byte[BatchBytes];
            }

            if (_output.Capacity > KeepBelow)
            {
                _output = new ArrayBufferWriter<byte>(BatchBytes * 4);
            }
            else
            {
                _output.ResetWrittenCount();
            }

            _analysed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        private void Add(long lineNumber, long position, bool ready)
        {
            _lineNumbers[Count] = lineNumber;
            _positions[Count] = position;
            _ready[Count] = ready;
            Count++;
        }

        /// <summary>Copies an outcome's JSON into the batch's output (the processor's buffer is reused by its next call).</summary>
        private void Keep(int i, Outcome outcome)
        {
            _resultStarts[i] = _output.WrittenCount;
            _resultLengths[i] = outcome.Json.Length;
            _output.Write(outcome.Json.Span);
            _errors[i] = outcome.Error;
            _ready[i] = true;
        }

        private int FirstUnkept()
        {
            int i = 0;
            while (i < Count && _ready[i])
            {
                i++;
            }

            return i;
        }
    }
}
