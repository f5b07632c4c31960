using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Tidings.ML;
using Tidings.Text;

namespace Tidings.ML.Tool.Train;

/// <summary><c>tidings-ml train</c>: trains models from annotated corpora.</summary>
internal static class TrainCommand
{
    /// <summary>The trainer's own defaults, which the options show.</summary>
    private static readonly NerTrainingOptions Defaults = new();

    /// <summary>Creates <c>train</c> with its <c>ner</c> subcommand.</summary>
    public static Command Create(CliStreams io)
    {
        var data = new Option<string>("--data")
        {
            HelpName = "DIR",
            Description = "A folder with CoNLL-2003 train.txt (and dev.txt, scored after training when present).",
            Required = true,
        };
        var output = new Option<string>("--out")
        {
            HelpName = "FILE",
            Description = "Where to write the model (the format embedded in the library as Recognition/NameModel.bin).",
            Required = true,
        };
        var bits = new Option<int>("--bits")
        {
            HelpName = "N",
            Description = "Bits of the feature hash (2^N buckets of nine weights), 16 to 22.",
            DefaultValueFactory = _ => Defaults.Bits,
        };
        var stages = new Option<int>("--stages")
        {
            HelpName = "N",
            Description = "1: one model (default); 2: add a stage trained on the first stage's out-of-fold tags.",
            DefaultValueFactory = _ => Defaults.Stages,
        };
        var iterations = new Option<int>("--iterations")
        {
            HelpName = "N",
            Description = "Most passes (SDCA) or iterations (L-BFGS) of the maximum-entropy fit (0: none, for a conditional random field that starts from zero).",
            DefaultValueFactory = _ => Defaults.Iterations,
        };
        var trainer = new Option<string>("--trainer")
        {
            HelpName = "sdca|lbfgs",
            Description = "ML.NET's maximum-entropy trainer: SDCA (default) or L-BFGS.",
            DefaultValueFactory = _ => "sdca",
        };
        trainer.AcceptOnlyFromAmong("sdca", "lbfgs");
        var l1 = new Option<float>("--l1")
        {
            Description = "L1 regularization weight.",
            DefaultValueFactory = _ => Defaults.L1,
        };
        var l2 = new Option<float>("--l2")
        {
            Description = "L2 regularization weight.",
            DefaultValueFactory = _ => Defaults.L2,
        };
        var crfEpochs = new Option<int>("--crf-epochs")
        {
            HelpName = "N",
            Description = "Passes of the conditional random field that refines the maximum-entropy weights (0: none).",
            DefaultValueFactory = _ => Defaults.CrfEpochs,
        };
        var crfRate = new Option<double>("--crf-rate")
        {
            Description = "The conditional random field's initial learning rate.",
            DefaultValueFactory = _ => Defaults.CrfRate,
        };
        var crfL2 = new Option<double>("--crf-l2")
        {
            Description = "The conditional random field's L2 weight.",
            DefaultValueFactory = _ => Defaults.CrfL2,
        };
        var seed = new Option<int>("--seed")
        {
            HelpName = "N",
            Description = "The seed of the training order (default 1); other seeds show how far one run's figures are noise.",
            DefaultValueFactory = _ => 1,
        };
        var extra = new Option<string[]>("--extra")
        {
            HelpName = "FILE",
            Description = "Another CoNLL-format file to train on besides train.txt (repeatable; read as train.txt is, cut into documents at -DOCSTART- lines when it has them).",
            AllowMultipleArgumentsPerToken = false,
        };
        var extraWeight = new Option<int>("--extra-weight")
        {
            HelpName = "N",
            Description = "How many times each --extra document is trained on per pass (1 to 10).",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command(
            "ner",
            "Train the name recognizer (ORG, LOC, PER, MISC) on CoNLL-2003 train.txt (and any --extra files): Microsoft.ML's maximum-entropy trainer, refined as a conditional random field. "
            + "Deterministic; the same data and options give the same model.")
        {
            data,
            output,
            bits,
            stages,
            iterations,
            trainer,
            l1,
            l2,
            crfEpochs,
            crfRate,
            crfL2,
            seed,
            extra,
            extraWeight,
        };
        command.SetAction(parseResult => Run(
            io,
            parseResult.GetRequiredValue(data),
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(extra) ?? [],
            Math.Clamp(parseResult.GetValue(extraWeight), 1, 10),
            new NerTrainingOptions
            {
                Bits = Math.Clamp(parseResult.GetValue(bits), 16, 22),
                Stages = Math.Clamp(parseResult.GetValue(stages), 1, 2),
                Iterations = Math.Max(0, parseResult.GetValue(iterations)),
                Log = io.Stderr,
                Sdca = parseResult.GetValue(trainer) != "lbfgs",
                L1 = parseResult.GetValue(l1),
                L2 = parseResult.GetValue(l2),
                CrfEpochs = Math.Max(0, parseResult.GetValue(crfEpochs)),
                CrfRate = parseResult.GetValue(crfRate),
                CrfL2 = parseResult.GetValue(crfL2),
                Seed = parseResult.GetValue(seed),
            }));
        return new Command("train", "Train a model from an annotated corpus.") { command, CreateTables(io), CreateConvert(io) };
    }

    /// <summary><c>train convert</c>: rewrites a name model file (any version the library reads), or the name tables,
    /// in the current format.</summary>
    private static Command CreateConvert(CliStreams io)
    {
        var input = new Option<string?>("--model")
        {
            HelpName = "FILE",
            Description = "The model to convert (versions 3 to 5, stored or deflated).",
        };
        var tables = new Option<string?>("--tables")
        {
            HelpName = "FILE",
            Description = "Instead of a model: name tables to convert (Recognition/NameTables.bin, version 1 or 2) to the flat version 2.",
        };
        var output = new Option<string>("--out")
        {
            HelpName = "FILE",
            Description = "Where to write it in the current format (may be the same file).",
            Required = true,
        };
        var command = new Command("convert", "Rewrite a name model (--model) or the name tables (--tables) in the current format. The weights and entries are unchanged.")
        {
            input,
            tables,
            output,
        };
        command.SetAction(parseResult =>
        {
            string? modelPath = parseResult.GetValue(input), tablesPath = parseResult.GetValue(tables);
            if ((modelPath is null) == (tablesPath is null))
            {
                io.Stderr.WriteLine("tidings-ml: give one of --model and --tables");
                return ExitCodes.Usage;
            }

            string path = parseResult.GetRequiredValue(output);
            if (tablesPath is not null)
            {
                Recognition.NameTables read;
                using (FileStream stream = File.OpenRead(tablesPath))
                {
                    read = Recognition.NameTables.Read(stream);
                }

                using (FileStream stream = File.Create(path))
                {
                    read.Write(stream);
                }

                io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tidings-ml: wrote {Messages.Escape(path)} ({new FileInfo(path).Length:N0} bytes, {read.WordCount:N0} words, {read.PhraseCount:N0} phrases)"));
                return ExitCodes.Success;
            }

            Recognition.NameModel model;
            using (FileStream stream = File.OpenRead(modelPath!))
            {
                model = Recognition.NameModel.Read(stream);
            }

            using (FileStream stream = File.Create(path))
            {
                model.Write(stream);
            }

            io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tidings-ml: wrote {Messages.Escape(path)} ({new FileInfo(path).Length:N0} bytes, {model.RowCount:N0} of {1 << model.Bits:N0} buckets kept)"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary><c>train tables</c>: builds the recognizer's word-class and name-list tables from the shared data.</summary>
    private static Command CreateTables(CliStreams io)
    {
        var data = new Option<string>("--data")
        {
            HelpName = "DIR",
            Description = "The data folder holding glove-clusters/, org-names/ and person-names/.",
            Required = true,
        };
        var supplement = new Option<string?>("--supplement")
        {
            HelpName = "FILE",
            Description = "The hand-kept lists (src/Tidings/Recognition/Data/NameSupplement.txt).",
        };
        var output = new Option<string>("--out")
        {
            HelpName = "FILE",
            Description = "Where to write the tables (embedded in the library as Recognition/NameTables.bin).",
            Required = true,
        };
        var command = new Command("tables", "Build the name recognizer's word classes and name lists (hashes and ids only) from the shared data. Deterministic.")
        {
            data,
            supplement,
            output,
        };
        command.SetAction(parseResult =>
        {
            string path = parseResult.GetRequiredValue(output);
            NameTablesSummary summary;
            using (FileStream stream = File.Create(path))
            {
                summary = NameTablesBuilder.Build(parseResult.GetRequiredValue(data), parseResult.GetValue(supplement), stream);
            }

            io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tidings-ml: wrote {Messages.Escape(path)} ({summary.Bytes:N0} bytes): {summary.Words:N0} words with classes, {summary.Phrases:N0} list phrases"));
            foreach (KeyValuePair<string, int> kind in summary.PerKind)
            {
                io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind.Key}: {kind.Value:N0}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static int Run(CliStreams io, string directory, string output, string[] extraPaths, int extraWeight, NerTrainingOptions options)
    {
        string trainPath = Path.Combine(directory, "train.txt");
        foreach (string path in extraPaths.Prepend(trainPath))
        {
            if (!File.Exists(path))
            {
                io.Stderr.WriteLine($"tidings-ml: not found: {Messages.Escape(path)}");
                if (path == trainPath)
                {
                    io.Stderr.WriteLine(Eval.CorpusHelp.Conll);
                }

                return ExitCodes.Usage;
            }
        }

        var clock = Stopwatch.StartNew();
        ImmutableArray<ConllDocument> train;
        var extras = new List<IReadOnlyList<ConllDocument>>();
        string reading = trainPath;
        try
        {
            train = ConllCorpus.Load(trainPath);
            io.Stderr.WriteLine($"tidings-ml: {train.Length} training documents");
            foreach (string path in extraPaths)
            {
                reading = path;
                ImmutableArray<ConllDocument> documents = ConllCorpus.Load(path);
                extras.Add(documents);
                io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tidings-ml: {documents.Length} documents, {documents.Sum(d => d.Names.Length)} names from {Messages.Escape(path)} (weight {extraWeight})"));
            }
        }
        catch (InvalidDataException e)
        {
            io.Stderr.WriteLine($"tidings-ml: {Messages.Escape(reading)}: {Messages.Escape(e.Message)}");
            return ExitCodes.Usage;
        }

        train = ConllCorpus.Combine(train, extras, extraWeight);
        string devPath = Path.Combine(directory, "dev.txt");
        var dev = File.Exists(devPath) ? ConllCorpus.Load(devPath) : [];
        if (dev.Length > 0)
        {
            // Shows how each pass of the conditional random field scores on dev.
            options = options with
            {
                AfterCrfEpoch = (epoch, model) =>
                    io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tidings-ml: dev F1 after pass {epoch}: {ConllScorer.Score(model, dev).Overall.F1:F4}")),
            };
        }

        Recognition.NameRecognizer recognizer = NerTrainer.Train(train, options);
        using (FileStream stream = File.Create(output))
        {
            recognizer.Model.Write(stream);
        }

        io.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tidings-ml: wrote {Messages.Escape(output)} ({new FileInfo(output).Length:N0} bytes) after {clock.Elapsed.TotalSeconds:0} s"));
        if (dev.Length > 0)
        {
            ConllScore score = ConllScorer.Score(recognizer, dev);
            io.Stderr.Write("dev.txt:\n" + Eval.ConllEvalRun.ToTable(score));
        }

        return ExitCodes.Success;
    }
}
