namespace Tidings.Tests.Names;

/// <summary>Made-up stories in the CoNLL-2003 layout (headline, dateline, body) for the tests that train or score.</summary>
internal static class ConllStories
{
    /// <summary>One story: two persons, places, an organization and a nationality.</summary>
    public const string Talks = """
        RUSSIA B-LOC
        TALKS O

        MOSCOW B-LOC
        2020-07-24 O

        Sergey B-PER
        Lavrov I-PER
        met O
        Jeyhun B-PER
        Bayramov I-PER
        in O
        Moscow B-LOC
        . O

        The O
        Federal B-ORG
        Election I-ORG
        Commission I-ORG
        said O
        Armenian B-MISC
        groups O
        spent O
        money O
        . O

        """;
}
