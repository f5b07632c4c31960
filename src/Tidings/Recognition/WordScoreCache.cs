using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>
/// What a word's own features score, kept from one document to the next: for each model stage the code sums of
/// <see cref="NameFeatures.ExtractWordOwn"/> (exact integers, so the document-level part is added later without
/// changing a bit of the result) and the scores of the features the word gives its neighbours in each role. Keyed by
/// the word's text and token kind, from which those features are computed, so a hit returns exactly what computing
/// them again would; a short document's common words then cost one look-up instead of some fifty.
/// </summary>
/// <remarks>
/// <para>Direct-mapped with up to <see cref="Entries"/> entries: sized to the documents seen (at least
/// <see cref="MinEntries"/>, a power of two at or above the count of tokens tagged so far, grown — emptied — as more
/// come), so that a process that tags one short article does not allocate and clear the 7 MB a long one (or many
/// short ones) uses. A word does not always evict the one in its place: each
/// entry counts its recent hits (up to <see cref="MaxUses"/>), a word that misses takes one from the entry in its
/// place, and takes the place only when the count is already zero. A word used in every document therefore stays
/// when a rarer one maps to its place, and a long document with more distinct words than entries (the 1.1 MB CoNLL
/// text has about 23,600) keeps about 41 % of them from one pass to the next where evicting on every miss kept
/// 23 %, as two words seen once a pass each no longer throw each other out. Which words are kept changes the time
/// only, never a score. Words longer than
/// <see cref="MaxLength"/> characters are not kept. The cache belongs to one model: a tagger given another model
/// empties it.</para>
/// <threadsafety>Not thread-safe: one instance per tagger (per thread).</threadsafety>
/// </remarks>
internal sealed class WordScoreCache
{
    /// <summary>The most entries kept (a power of two).</summary>
    public const int Entries = 1 << 14;

    /// <summary>The fewest entries kept (a power of two).</summary>
    public const int MinEntries = 1 << 10;

    /// <summary>The longest word kept.</summary>
    public const int MaxLength = 24;

    private const int T = NameModel.Tags;

    /// <summary>Floats and ints per entry and stage: the code sums (padded), then one score row per role.</summary>
    private const int SumsLength = NameModel.PaddedTags;
    private const int RolesLength = NameFeatures.Roles * T;

    /// <summary>A cache line: the size entries are rounded up to and aligned on.</summary>
    private const int Line = 64;

    /// <summary>Where an entry's length, kind and recent hits lie, after its word's <see cref="MaxLength"/> characters
    /// (the first line of the entry holds all a look-up compares).</summary>
    private const int LengthAt = MaxLength * sizeof(char);
    private const int KindAt = LengthAt + 1;
    private const int UsesAt = LengthAt + 2;

    /// <summary>The bytes of one stage's code sums and role scores.</summary>
    private const int StageBytes = (SumsLength * sizeof(int)) + (RolesLength * sizeof(float));

    /// <summary>The most hits an entry counts: a word that misses needs this many misses in a row, with no hit
    /// between, to take the place of one that is used often.</summary>
    private const byte MaxUses = 3;

    /// <summary>Every entry as one record of whole cache lines, from <see cref="_base"/>: the word (<see cref="MaxLength"/>
    /// characters), its length (0 for an empty entry), kind and recent hits (see <see cref="MaxUses"/>) in the first line,
    /// then for each stage the code sums and the role scores. One record is a few adjacent lines on one or two pages, where
    /// six arrays put an entry's parts on as many random pages. Pinned, so that the records stay aligned on lines.</summary>
    private byte[] _data = [];

    /// <summary>Where the first record starts in <see cref="_data"/> (a multiple of <see cref="Line"/> in memory).</summary>
    private int _base;

    /// <summary>The bytes of one record.</summary>
    private int _stride;
    private NameModel? _model;

    /// <summary>The tokens of the windows tagged with this cache so far.</summary>
    private long _tokensSeen;

    /// <summary>The number of entries (a power of two).</summary>
    private int _entries;

    /// <summary>An empty cache of <see cref="MinEntries"/> entries and no stage.</summary>
    public WordScoreCache() => Allocate(MinEntries, 0);

    /// <summary>Empties the cache when <paramref name="model"/> (with <paramref name="stages"/> stages) is not the one
    /// its entries were scored with, and grows (empties) it when the tokens tagged so far, with this window's <paramref name="tokens"/>, want more
    /// entries than it has.</summary>
    public void Use(NameModel model, int stages, int tokens)
    {
        // Sized to the tokens tagged so far, not to this window alone: a process that tags many short documents (the
        // tool over JSON Lines) meets as many distinct words as one long document, and a cache sized to one short
        // document kept few of them from one document to the next.
        _tokensSeen += tokens;
        int wanted = MinEntries;
        while (wanted < _tokensSeen && wanted < Entries)
        {
            wanted <<= 1;
        }

        if (ReferenceEquals(_model, model) && wanted <= _entries)
        {
            return;
        }

        int entries = Math.Max(wanted, _entries);
        if (entries != _entries || Stride(stages) != _stride)
        {
            Allocate(entries, stages);
        }
        else
        {
            // An entry of length 0 is empty, so the sums and roles need no clearing.
            for (int e = 0; e < _entries; e++)
            {
                _data[_base + (e * _stride) + LengthAt] = 0;
                _data[_base + (e * _stride) + UsesAt] = 0;
            }
        }

        _model = model;
    }

    private static int Stride(int stages) => (Line + (stages * StageBytes) + Line - 1) / Line * Line;

    private unsafe void Allocate(int entries, int stages)
    {
        _entries = entries;
        _stride = Stride(stages);
        _data = GC.AllocateArray<byte>((entries * _stride) + Line, pinned: true);
        nuint address = (nuint)Unsafe.AsPointer(ref _data[0]);
        _base = (int)((Line - (address % Line)) % Line);
    }

    /// <summary>The first byte of <paramref name="entry"/>'s record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref byte Record(int entry) => ref _data[_base + (entry * _stride)];

    /// <summary>The entry for the word <paramref name="text"/> of kind <paramref name="kind"/> (with hash
    /// <paramref name="hash"/>): true with its index when kept, false with the index to fill (see <see cref="Keep"/>),
    /// or -1 when the word is too long to keep or the word in its place stays (it had hits since the last misses).</summary>
    public bool TryFind(ReadOnlySpan<char> text, TokenKind kind, uint hash, out int entry)
    {
        if (text.Length > MaxLength || text.IsEmpty)
        {
            entry = -1;
            return false;
        }

        entry = (int)(hash & (uint)(_entries - 1));
        ref byte record = ref Record(entry);
        ref byte uses = ref Unsafe.Add(ref record, UsesAt);
        if (Unsafe.Add(ref record, LengthAt) == text.Length && Unsafe.Add(ref record, KindAt) == (byte)kind
            && text.SequenceEqual(MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, char>(ref record), text.Length)))
        {
            uses = (byte)Math.Min(uses + 1, MaxUses);
            return true;
        }

        if (Unsafe.Add(ref record, LengthAt) != 0 && uses > 0)
        {
            uses--;
            entry = -1;
        }

        return false;
    }

    /// <summary>Asks the processor to start loading the entry a word with hash <paramref name="hash"/> maps to (what
    /// <see cref="TryFind"/> and a hit's <see cref="Sums"/> and <see cref="Roles"/> read): the entries lie at random in
    /// some 7 MB when the cache is full, and a hit would otherwise wait for each of its arrays in turn.</summary>
    public unsafe void Prefetch(uint hash)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        ref byte record = ref Record((int)(hash & (uint)(_entries - 1)));
        for (int b = 0; b < _stride; b += Line)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref record, b)));
        }
    }

    /// <summary>Marks <paramref name="entry"/> as holding the word <paramref name="text"/> of kind <paramref name="kind"/>
    /// (after its sums and roles are written).</summary>
    public void Keep(int entry, ReadOnlySpan<char> text, TokenKind kind)
    {
        ref byte record = ref Record(entry);
        text.CopyTo(MemoryMarshal.CreateSpan(ref Unsafe.As<byte, char>(ref record), MaxLength));
        Unsafe.Add(ref record, LengthAt) = (byte)text.Length;
        Unsafe.Add(ref record, KindAt) = (byte)kind;
        Unsafe.Add(ref record, UsesAt) = 1;
    }

    /// <summary>The code sums of the word's own features for stage <paramref name="stage"/> (<see cref="NameModel.PaddedTags"/> long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<int> Sums(int entry, int stage) =>
        MemoryMarshal.Cast<byte, int>(_data.AsSpan(_base + (entry * _stride) + Line + (stage * StageBytes), SumsLength * sizeof(int)));

    /// <summary>The scores the word gives its neighbours for stage <paramref name="stage"/>, one row of
    /// <see cref="NameModel.Tags"/> per role.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<float> Roles(int entry, int stage) =>
        MemoryMarshal.Cast<byte, float>(_data.AsSpan(_base + (entry * _stride) + Line + (stage * StageBytes) + (SumsLength * sizeof(int)), RolesLength * sizeof(float)));
}
