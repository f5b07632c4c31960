using System.Collections.Concurrent;
using System.Globalization;
using Tidings.Text;

namespace Tidings.Cli;

/// <summary>
/// <c>tidings extract --jsonl</c>: streams input lines to output lines, one for one, in input order.
/// </summary>
/// <remarks>
/// <para>Output is flushed whenever the runner would wait (for input, or for a document still being analysed),
/// so it works as a pipe stage (Spark <c>pipe()</c>, Hadoop streaming) even when the producer waits for output.</para>
/// <para>With <see cref="ExtractSettings.Parallel"/> above 1, a reader thread hands lines to N worker threads of
/// the run's own and the calling thread writes the results in input order; at most 4×N lines are in flight, so
/// memory stays bounded. The workers are dedicated threads, not thread-pool tasks: each keeps its analysis buffers
/// (the tagger's, the JSON writer's) warm for the whole run, where pool tasks wandered over however many threads
/// the pool had injected (six on a loaded two-core machine, docs/notes/speed.md).</para>
/// </remarks>
internal sealed class JsonlRunner(TextWriter stderr, ExtractSettings settings, ExtractionPipeline pipeline)
{
    private const int WindowPerWorker = 4;

    private readonly DocumentProcessor _processor = new(pipeline, settings.ReferenceDate);
    private ProgressReporter _progress = null!;
    private long _documents;
    private long _failed;
    private long _lastLineWritten;

    /// <summary>Runs over <paramref name="input"/>, writing to <paramref name="output"/>; returns the exit code.</summary>
    /// <param name="input">The JSON Lines input.</param>
    /// <param name="inputLength">The input length in bytes, when known (for progress).</param>
    /// <param name="output">Where the output lines go.</param>
    /// <exception cref="IOException">Reading or writing failed.</exception>
    public int Run(Stream input, long? inputLength, OutputSink output)
    {
        _progress = new ProgressReporter(stderr, enabled: settings.ShowProgress, inputLength);
        long blankLines;
        long bytes;
        try
        {
            if (settings.Parallel <= 1)
            {
                (blankLines, bytes) = RunSequential(input, output);
            }
            else
            {
                (blankLines, bytes) = RunParallel(input, output, settings.Parallel);
            }
        }
        catch (OutOfMemoryException)
        {
            // Not contained to one document (each document's own analysis is): say how far the output is good.
            output.Flush();
            stderr.WriteLine(_documents == 0
                ? "tidings: out of memory before any output line was written; stopped"
                : $"tidings: out of memory; stopped after {_documents.ToString(CultureInfo.InvariantCulture)} output lines, the last for input line {_lastLineWritten.ToString(CultureInfo.InvariantCulture)}");
            return ExitCodes.Failure;
        }

        output.Flush();
        if (_documents == 0)
        {
            // Not a failure (an empty shard of a split batch is normal), but never silent: even with --quiet.
            stderr.WriteLine(bytes == 0
                ? $"tidings: {settings.InputName} is empty: no documents"
                : $"tidings: {settings.InputName} has only blank lines: no documents");
        }

        _progress.Summary(_documents, _failed, blankLines, bytes);
        return _failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private (long BlankLines, long Bytes) RunSequential(Stream input, OutputSink output)
    {
        var reader = new Utf8LineReader(input, beforeRead: output.Flush, maxLineBytes: settings.MaxDocumentBytes);
        long blankLines = 0;
        while (true)
        {
            LineStatus status = reader.Read(out ReadOnlySpan<byte> line);
            if (status == LineStatus.End)
            {
                break;
            }

            if (status == LineStatus.Line && IsBlank(line))
            {
                blankLines++;
                continue;
            }

            Outcome outcome = status switch
            {
                LineStatus.TooLong => DocumentProcessor.TooLong(reader.LineNumber, reader.MaxLineBytes),
                LineStatus.NoMemory => DocumentProcessor.NoMemoryToRead(reader.LineNumber),
                // Written out before the next line is read: the JSON is not copied out of the writer's buffer.
                _ => _processor.Process(line, reader.LineNumber, copy: false),
            };
            Emit(outcome, reader.LineNumber, reader.Position, output);
        }

        return (blankLines, reader.Position);
    }

    private (long BlankLines, long Bytes) RunParallel(Stream input, OutputSink output, int workers)
    {
        var pending = new BlockingCollection<WorkItem>(boundedCapacity: workers * WindowPerWorker);
        var jobs = new BlockingCollection<Job>(boundedCapacity: workers * WindowPerWorker);
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
                try
                {
                    var reader = new Utf8LineReader(input, maxLineBytes: settings.MaxDocumentBytes);
                    while (true)
                    {
                        LineStatus status = reader.Read(out ReadOnlySpan<byte> line);
                        if (status == LineStatus.End)
                        {
                            break;
                        }

                        if (status == LineStatus.Line && IsBlank(line))
                        {
                            blankLines++;
                            continue;
                        }

                        long lineNumber = reader.LineNumber;
                        Task<Outcome> work;
                        Job? job = null;
                        if (status == LineStatus.TooLong)
                        {
                            work = Task.FromResult(DocumentProcessor.TooLong(lineNumber, reader.MaxLineBytes));
                        }
                        else if (status == LineStatus.NoMemory)
                        {
                            work = Task.FromResult(DocumentProcessor.NoMemoryToRead(lineNumber));
                        }
                        else
                        {
                            job = new Job(line.ToArray(), lineNumber);
                            work = job.Result.Task;
                        }

                        // In the writer's queue first: a worker's result then always has its place in the order.
                        pending.Add(new WorkItem(lineNumber, reader.Position, work), stop.Token);
                        if (job is not null)
                        {
                            jobs.Add(job, stop.Token);
                        }
                    }

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
                if (!pending.TryTake(out WorkItem? item))
                {
                    output.Flush();
                    if (!pending.TryTake(out item, Timeout.Infinite))
                    {
                        break;
                    }
                }

                if (!item.Work.IsCompleted)
                {
                    output.Flush();
                }

                Emit(item.Work.GetAwaiter().GetResult(), item.LineNumber, item.Position, output);
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

    /// <summary>A worker thread: analyses the jobs it takes until the reader has handed out the last one.</summary>
    private void Work(BlockingCollection<Job> jobs, CancellationToken stop)
    {
        try
        {
            foreach (Job job in jobs.GetConsumingEnumerable(stop))
            {
                try
                {
                    job.Result.SetResult(_processor.Process(job.Line, job.LineNumber));
                }
#pragma warning disable CA1031 // Handed to the writer, which rethrows it on the calling thread, as a failed task would.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    job.Result.SetException(e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run stopped early (the writer failed): nothing more to analyse.
        }
    }

    private void Emit(Outcome outcome, long lineNumber, long position, OutputSink output)
    {
        _documents++;
        if (outcome.Error is not null)
        {
            _failed++;
            stderr.WriteLine($"tidings: line {lineNumber.ToString(CultureInfo.InvariantCulture)}: {Messages.Escape(outcome.Error)}");
        }

        output.WriteLine(outcome.Json.Span);
        _lastLineWritten = lineNumber;
        _progress.Tick(_documents, position);
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;

    private sealed record WorkItem(long LineNumber, long Position, Task<Outcome> Work);

    /// <summary>A line for a worker, and where its outcome goes.</summary>
    private sealed class Job(byte[] line, long lineNumber)
    {
        public byte[] Line { get; } = line;

        public long LineNumber { get; } = lineNumber;

        public TaskCompletionSource<Outcome> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
