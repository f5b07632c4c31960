namespace Tidings.ML.Tool.Eval;

/// <summary>What to tell a user whose corpus path does not exist: the corpora are not shipped with Tidings.</summary>
internal static class CorpusHelp
{
    /// <summary>Where the CoNLL-2003 files come from.</summary>
    public const string Conll =
        "CoNLL-2003 is not shipped with Tidings (its annotations are licensed for research and its text is Reuters'): "
        + "get train.txt, dev.txt and test.txt (TOKEN TAG per line, IOB2) from the CoNLL-2003 shared task's distribution and pass their path; "
        + "see docs/evaluation.md. In a clone of the repository the scripts look in ../shared/data/conll2003.";

    /// <summary>Where the TimeML files come from.</summary>
    public const string TimeML =
        "TempEval-3 is not shipped with Tidings: get TimeBank and AQUAINT (TBAQ-cleaned, .tml files) from the TempEval-3 distribution "
        + "and pass the folder; see docs/evaluation.md. In a clone of the repository the scripts look in ../shared/data/tempeval3-tbaq.";
}
