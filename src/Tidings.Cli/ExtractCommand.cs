using System.CommandLine;
using System.CommandLine.Parsing;
using Tidings.Serialization;
using Tidings.Text;

namespace Tidings.Cli;

/// <summary><c>tidings extract</c>: the command-line options and their validation.</summary>
internal static class ExtractCommand
{
    /// <summary>Creates the command; its action runs <see cref="ExtractRun"/> on <paramref name="io"/>.</summary>
    public static Command Create(CliStreams io)
    {
        var input = new Argument<string>("FILE")
        {
            Description = "The input: a UTF-8 plain-text file holding one document, or with --jsonl a JSON Lines file "
                + "({\"id\": …, \"text\": …, \"referenceDate\": \"YYYY-MM-DD\"} per line). '-' reads standard input.",
        };

        var jsonl = new Option<bool>("--jsonl")
        {
            Description = "Read JSON Lines: one document per line, one output line per non-blank input line, in input order. "
                + "Bad lines produce {\"id\", \"line\", \"error\", \"mentions\": []} and do not stop the run; blank lines are skipped.",
        };

        var referenceDate = new Option<DateOnly?>("--reference-date")
        {
            HelpName = "YYYY-MM-DD",
            Description = "The publication date relative dates resolve against; with --jsonl, the default for lines without \"referenceDate\".",
            CustomParser = ParseReferenceDate,
        };

        var output = new Option<string?>("--output", "-o")
        {
            HelpName = "FILE",
            Description = "Write the JSON to FILE instead of standard output.",
        };

        var pretty = new Option<bool>("--pretty")
        {
            Description = "Indent the JSON (plain-text input only).",
        };

        var quiet = new Option<bool>("--quiet", "-q")
        {
            Description = "No progress or summary on standard error; errors are still reported.",
        };

        var parallel = new Option<int>("--parallel")
        {
            HelpName = "N",
            Description = $"With --jsonl, analyse N documents at once (1..{ExtractSettings.MaxParallel}); output order is kept.",
            DefaultValueFactory = _ => 1,
            CustomParser = result => ParseWholeNumber(result, "--parallel", 1, ExtractSettings.MaxParallel, 1),
        };

        var maxDocument = new Option<int>("--max-document-mb")
        {
            HelpName = "MB",
            Description = $"Skip a document larger than MB MiB (1..{ExtractSettings.MaxMaxDocumentMegabytes}): "
                + "with --jsonl it gets an output line with an \"error\" and the run goes on.",
            DefaultValueFactory = _ => ExtractSettings.DefaultMaxDocumentMegabytes,
            CustomParser = result => ParseWholeNumber(
                result, "--max-document-mb", 1, ExtractSettings.MaxMaxDocumentMegabytes, ExtractSettings.DefaultMaxDocumentMegabytes),
        };

        var demonyms = new Option<bool>("--demonyms")
        {
            Description = "Also report demonyms and place adjectives (\"Armenian\", \"Moldovan\") as place mentions, with \"demonym\": true.",
        };

        var kinds = new Option<IReadOnlySet<MentionKind>?>("--kinds")
        {
            HelpName = "KIND,…",
            Description = "Extract only these kinds, comma-separated: quantity, claim, date, organization, place, person "
                + "(default: all). Only those extractors run, and only their mentions are written.",
            CustomParser = static result => ParseKinds(result),
        };

        var command = new Command(
            "extract",
            "Extract mentions from a plain-text document, or from JSON Lines with --jsonl, and write them as JSON.\n"
            + "Exit codes: 0 all documents analysed, 1 some documents failed (see standard error), 2 usage error, "
            + "141 standard output was closed by its reader (… | head).")
        {
            input,
            jsonl,
            referenceDate,
            output,
            pretty,
            quiet,
            parallel,
            maxDocument,
            demonyms,
            kinds,
        };

        command.Validators.Add(result =>
        {
            if (result.GetValue(pretty) && result.GetValue(jsonl))
            {
                result.AddError("--pretty cannot be used with --jsonl: JSON Lines output is one line per document.");
            }

            if (result.GetValue(demonyms) && result.GetValue(kinds) is { } chosen && !chosen.Contains(MentionKind.Place))
            {
                result.AddError("--demonyms reports demonyms as places: add place to --kinds.");
            }
        });

        command.SetAction(parseResult =>
        {
            var settings = new ExtractSettings(
                Input: parseResult.GetRequiredValue(input),
                Jsonl: parseResult.GetValue(jsonl),
                ReferenceDate: parseResult.GetValue(referenceDate),
                Output: parseResult.GetValue(output),
                Pretty: parseResult.GetValue(pretty),
                Quiet: parseResult.GetValue(quiet),
                Parallel: parseResult.GetValue(parallel),
                Demonyms: parseResult.GetValue(demonyms),
                Kinds: parseResult.GetValue(kinds),
                StderrIsTerminal: io.StderrIsTerminal,
                MaxDocumentMegabytes: parseResult.GetValue(maxDocument));
            return new ExtractRun(io, settings).Execute();
        });

        return command;
    }

    private static HashSet<MentionKind>? ParseKinds(ArgumentResult result)
    {
        var kinds = new HashSet<MentionKind>();
        foreach (var token in result.Tokens)
        {
            foreach (string name in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                MentionKind? kind = name.ToUpperInvariant() switch
                {
                    "QUANTITY" => MentionKind.Quantity,
                    "CLAIM" => MentionKind.Claim,
                    "DATE" => MentionKind.Date,
                    "ORGANIZATION" => MentionKind.Organization,
                    "PLACE" => MentionKind.Place,
                    "PERSON" => MentionKind.Person,
                    _ => null,
                };
                if (kind is null)
                {
                    result.AddError($"Cannot parse '{name}' for --kinds: expected quantity, claim, date, organization, place or person.");
                    return null;
                }

                kinds.Add(kind.Value);
            }
        }

        if (kinds.Count == 0)
        {
            result.AddError("--kinds needs at least one kind: quantity, claim, date, organization, place or person.");
            return null;
        }

        return kinds;
    }

    /// <summary>A whole number in <paramref name="min"/>..<paramref name="max"/>; otherwise an error naming the range (exit code 2).</summary>
    private static int ParseWholeNumber(ArgumentResult result, string option, int min, int max, int fallback)
    {
        string value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n >= min && n <= max)
        {
            return n;
        }

        result.AddError($"Cannot parse {Messages.Quote(value)} for {option}: expected a whole number, {option} {min}..{max}.");
        return fallback;
    }

    private static DateOnly? ParseReferenceDate(ArgumentResult result)
    {
        string value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (ExtractionRequest.TryParseReferenceDate(value, out DateOnly date))
        {
            return date;
        }

        result.AddError($"Cannot parse {Messages.Quote(value)} for --reference-date: expected an ISO date, YYYY-MM-DD.");
        return null;
    }
}
