using FsCheck;
using FsCheck.Fluent;
using Tidings.Recognition;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests.Properties;

/// <summary>The recognizer's BILOU tags: the corpus's BIO tags rewritten as BILOU keep every name, always form a
/// sequence the decoder allows, and read back as BIO tags naming the same spans.</summary>
public sealed class BilouProperties
{
    private static readonly Arbitrary<byte[]> BioTags =
        Gen.Choose(0, 8).Select(t => (byte)t).ArrayOf().ToArbitrary();

    [Fact]
    public void Bio_tags_rewritten_as_bilou_are_allowed_and_name_the_same_spans() =>
        PropertySettings.Run(Prop.ForAll(BioTags, bio =>
        {
            var bilou = new byte[bio.Length];
            NameTagger.ToBilou(bio, bilou);
            int previous = NameModel.Tags;
            foreach (byte tag in bilou)
            {
                Assert.InRange(tag, 0, NameModel.Tags - 1);
                Assert.True(NameTagger.Allowed(previous, tag), $"{previous} → {tag} is not allowed");
                previous = tag;
            }

            Assert.True(bilou.Length == 0 || NameTagger.MayEnd(bilou[^1]), "the sentence ends inside a name");
            byte[] back = [.. bilou.Select(t => NameTagger.ToBio(t))];
            // The recognizer's own reader of BIO tags, over a document of one word per tag.
            Document words = Document.Create(string.Join(' ', Enumerable.Repeat("w", bio.Length)));
            Assert.Equal(bio.Length, words.Tokens.Length);
            Assert.Equal(NameRecognizer.ToNames(words, bio).ToArray(), NameRecognizer.ToNames(words, back).ToArray());
        }), nameof(Bio_tags_rewritten_as_bilou_are_allowed_and_name_the_same_spans));

    [Fact]
    public void Every_tag_pair_the_decoder_allows_is_a_well_formed_bilou_pair()
    {
        // O=0; per type B, I, L, U. I and L follow only B or I of their type; O, B and U follow only a closed name.
        for (int p = 0; p <= NameModel.Tags; p++)
        {
            for (int y = 0; y < NameModel.Tags; y++)
            {
                bool open = p < NameModel.Tags && p != 0 && (p - 1) % 4 <= 1;
                bool continues = y != 0 && (y - 1) % 4 is 1 or 2;
                bool expected = continues ? open && (p - 1) / 4 == (y - 1) / 4 : !open;
                Assert.Equal(expected, NameTagger.Allowed(p, y));
            }
        }
    }

    [Fact]
    public void The_decoders_closed_tags_are_every_tag_a_name_may_end_on_each_allowing_the_same_tags()
    {
        // The vector pass of Viterbi reads these previous tags only, in order, and masks once for all of them.
        byte[] closed = NameTagger.ClosedTags.ToArray();
        Assert.Equal([.. Enumerable.Range(0, NameModel.Tags).Where(NameTagger.MayEnd).Select(t => (byte)t)], closed);
        for (int y = 0; y < NameModel.Tags; y++)
        {
            Assert.All(closed, p => Assert.Equal(NameTagger.Allowed(NameModel.Tags, y), NameTagger.Allowed(p, y)));
        }
    }
}
