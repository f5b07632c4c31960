using System.CommandLine;
using System.CommandLine.Parsing;

namespace Tidings.ML.Tool.Eval;

/// <summary><c>tidings-ml eval</c>: scores extractors against annotated corpora.</summary>
internal static class EvalCommand
{
    /// <summary>Creates <c>eval</c> with its <c>timeml</c> subcommand, scoring <paramref name="tagger"/> (the date extractor by default).</summary>
    public static Command Create(CliStreams io, DateTagger? tagger = null)
    {
        var command = new Command("eval", "Score an extractor against an annotated corpus.")
        {
            CreateTimeML(io, tagger ?? TimeMLEvalRun.DefaultTagger),
            CreateConll(io),
            CreateNames(io),
        };
        return command;
    }

    private static Command CreateTimeML(CliStreams io, DateTagger tagger)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "A folder searched recursively for TimeML .tml files (e.g. TempEval-3's TBAQ-cleaned).",
        };

        var limit = new Option<int?>("--limit")
        {
            HelpName = "N",
            Description = "Score only the first N files (in path order).",
            CustomParser = ParseLimit,
        };

        var json = new Option<bool>("--json")
        {
            Description = "Write the scores as one JSON object instead of a table.",
        };

        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress or summary on standard error; errors are still reported.",
        };

        var errors = new Option<string?>("--errors")
        {
            HelpName = "FILE",
            Description = "Also write every disagreement with the gold annotation (missed, spurious, span, type, value) to FILE as tab-separated lines.",
        };

        var command = new Command(
            "timeml",
            "Score the date extractor on TimeML files with TempEval-3's TIMEX3 measures: strict and relaxed span "
            + "precision/recall/F1, type and value accuracy over relaxed matches, and value F1. Each document's creation "
            + "time (DCT) is the reference date.\n"
            + "Exit codes: 0 all files scored, 1 some files could not be read (see standard error; the rest are scored), "
            + "2 usage error or no .tml files.")
        {
            directory,
            limit,
            json,
            quiet,
            errors,
        };

        command.SetAction(parseResult =>
        {
            var settings = new TimeMLEvalSettings(
                Directory: parseResult.GetRequiredValue(directory),
                Limit: parseResult.GetValue(limit),
                Json: parseResult.GetValue(json),
                Quiet: parseResult.GetValue(quiet),
                ErrorsPath: parseResult.GetValue(errors));
            return new TimeMLEvalRun(io, settings, tagger).Execute();
        });

        return command;
    }

    private static Command CreateConll(CliStreams io)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "A CoNLL-2003 file (TOKEN TAG per line, IOB2 tags, blank lines between sentences), e.g. dev.txt.",
        };
        var model = new Option<string?>("--model")
        {
            HelpName = "FILE",
            Description = "Score a model file written by 'tidings-ml train ner' instead of the embedded model.",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No summary on standard error.",
        };
        var conllErrors = new Option<string?>("--errors")
        {
            HelpName = "FILE",
            Description = "Also write every disagreement (missed, spurious; document number, type, text) to FILE as tab-separated lines.",
        };
        var command = new Command(
            "conll",
            "Score the name recognizer on a CoNLL-2003 file: exact-span precision, recall and F1 per type (LOC, MISC, ORG, PER) "
            + "and overall. The text is rebuilt from the tokens and tokenized by the library, so tokenization is part of what is scored.\n"
            + "Exit codes: 0 scored, 2 usage error or unreadable file.")
        {
            file,
            model,
            quiet,
            conllErrors,
        };
        command.SetAction(parseResult => new ConllEvalRun(
            io,
            new ConllEvalSettings(parseResult.GetRequiredValue(file), parseResult.GetValue(model), parseResult.GetValue(quiet), parseResult.GetValue(conllErrors))).Execute());
        return command;
    }

    private static Command CreateNames(CliStreams io)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "A JSON or JSONL file of passages with gold ORG, LOC and PER names, or a folder of them (searched recursively).",
        };
        var errors = new Option<string?>("--errors")
        {
            HelpName = "FILE",
            Description = "Also write every disagreement (missed, spurious) to FILE as tab-separated lines.",
        };
        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No summary on standard error.",
        };
        var model = new Option<string?>("--model")
        {
            HelpName = "FILE",
            Description = "Run the pipeline over a model file written by 'tidings-ml train ner' instead of the embedded model.",
        };
        var command = new Command(
            "names",
            "Score the organizations, places and persons of the extraction pipeline against gold spans: exact span and type, "
            + "precision, recall and F1 per type (ORG, LOC, PER) and overall. A case is {\"text\", \"names\": [{\"text\"|\"start\"+\"end\", \"type\"}]} "
            + "(or per-type lists); a name given by text alone is placed at its next whole-word occurrence.\n"
            + "Exit codes: 0 scored, 2 usage error, unreadable file or no passages.")
        {
            path,
            errors,
            quiet,
            model,
        };
        command.SetAction(parseResult => new NamesEvalRun(
            io,
            new NamesEvalSettings(parseResult.GetRequiredValue(path), parseResult.GetValue(errors), parseResult.GetValue(quiet), parseResult.GetValue(model))).Execute());
        return command;
    }

    private static int? ParseLimit(ArgumentResult result)
    {
        string value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= 1)
        {
            return n;
        }

        result.AddError($"Cannot parse '{value}' for --limit: expected a whole number, 1 or more.");
        return null;
    }
}
