using System.Collections.Immutable;
using System.Globalization;
using Tidings.Dates;
using Xunit;
using static Tidings.Tests.Dates.DateReading;

namespace Tidings.Tests.Dates;

/// <summary>
/// Session 33 (mend33d, review 33d): a saying verb whose object is an event ("announced the match on Saturday 12 December") tells
/// the event's own day, not the saying's, so a later day told from that event ("the eve of the match") counts from it. Examples of
/// our own, the review's probes among them.
/// </summary>
public sealed class ReviewMend33dDateTests
{
    [Theory]
    [InlineData("The club announced the match on Saturday 12 December would be played behind closed doors. On the eve of the match, fans protested.", "2026-12-07", "the eve of the match", "2026-12-11")]
    [InlineData("Organisers confirmed the concert on Friday 11 December will go ahead. On the night before the concert, crews worked late.", "2026-12-07", "the night before the concert", "2026-12-10TNI")]
    [InlineData("The league said the final on Sunday 13 December will go ahead. On the eve of the final, fans gathered.", "2026-12-07", "the eve of the final", "2026-12-12")]
    [InlineData("Officials told reporters the vote on Thursday 10 December would be close. On the eve of the vote, both camps rallied.", "2026-12-07", "the eve of the vote", "2026-12-09")]
    public void A_saying_whose_object_is_an_event_tells_the_events_day(string text, string reference, string mention, string expected) =>
        Assert.Equal(expected, ValueOf(text, reference, mention));
}
