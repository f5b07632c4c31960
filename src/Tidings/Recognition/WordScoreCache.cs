using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using Tidings.Text;

namespace Tidings.Recognition;

/// <summary>
/// What a word's own features score, kept from one document to the next and shared by every thread that tags with the
/// same model: for each model stage the code sums of <see cref="NameFeatures.ExtractWordOwn"/> (exact integers, so the
/// document-level part is added later without changing a bit of the result) and the scores of the features the word
/// gives its neighbours in each role. Keyed by the word's text and token kind, from which those features are computed,
/// so a hit returns exactly what computing them again would; a short document's common words then cost one look-up
/// instead of some fifty.
/// </summary>
/// <remarks>
/// <para>Direct-mapped with up to <see cref="Entries"/> entries: sized to the tokens tagged with the model so far (at
/// least <see cref="MinEntries"/>, a power of two at or above that count; a larger, empty cache replaces it as more
/// come), so that a process that tags one short article does not allocate the 14 MB a long one (or many short ones)
/// uses. A word does not always evict the one in its place: each entry counts its recent hits (up to
/// <see cref="MaxUses"/>), a word that misses takes one from the entry in its place, and takes the place only when the
/// count is already zero. A word used in every document therefore stays when a rarer one maps to its place, and a long
/// document with many distinct words (the 1.1 MB CoNLL text has about 23,600) keeps more of them from one pass to the
/// next than evicting on every miss would. Entries were 16,384 until session 26, then 32,768 (about 420 bytes an entry,
/// 14 MB), one cache per thread until session 27: two workers held two such caches and each scored every word the
/// other had already scored. Which words are kept changes the time only, never a score. Words longer than
/// <see cref="MaxLength"/> characters are not kept.</para>
/// <para>Threads share one cache per model (<see cref="For"/>). Each entry carries a version (a sequence lock): even
/// while the entry is stable, odd while one thread writes it. A writer claims an entry by moving its version from even
/// to odd with a compare-exchange (a thread that loses the race simply does not keep its word) and publishes it with
/// the next even version; a reader notes the version, reads the word and its scores, and accepts them only if the
/// version is still the one it noted (<see cref="Unchanged"/>), so it never uses a half-written entry. The hit counts
/// are hints written without synchronisation: a lost update changes which word stays, never a score.</para>
/// <threadsafety>Thread-safe as described: any number of threads may find, claim and keep entries at once.</threadsafety>
/// </remarks>
internal sealed class WordScoreCache
{
    /// <summary>The most entries kept (a power of two).</summary>
    public const int Entries = 1 << 15;

    /// <summary>The fewest entries kept (a power of two).</summary>
    public const int MinEntries = 1 << 10;

    /// <summary>The longest word kept.</summary>
    public const int MaxLength = 24;

    private const int T = NameModel.Tags;

    /// <summary>Floats and ints per entry and stage: the code sums (padded), then one score row per role.</summary>
    private const int SumsLength = NameModel.PaddedTags;
    private const int RolesLength = NameFeatures.Roles * T;

    /// <summary>The most hits an entry counts: a word that misses needs this many misses in a row, with no hit
    /// between, to take the place of one that is used often.</summary>
    private const byte MaxUses = 3;

    /// <summary>Each model's current cache and the tokens tagged with it so far.</summary>
    private static readonly ConditionalWeakTable<NameModel, Shared> ByModel = new();

    /// <summary>Each entry's version, word and hit count, one 56-byte record an entry (one or two cache lines).</summary>
    private readonly Head[] _heads;
    private readonly int[] _sums;
    private readonly float[] _roles;
    private readonly int _stages;
    private readonly int _mask;

    /// <summary>An empty cache of <paramref name="entries"/> entries (a power of two) for a model of
    /// <paramref name="stages"/> stages.</summary>
    public WordScoreCache(int stages = 1, int entries = MinEntries)
    {
        Debug.Assert(BitOperations.IsPow2(entries) && stages > 0);
        _stages = stages;
        _mask = entries - 1;
        _heads = new Head[entries];
        _sums = GC.AllocateUninitializedArray<int>(entries * stages * SumsLength);
        _roles = GC.AllocateUninitializedArray<float>(entries * stages * RolesLength);
    }

    /// <summary>A cache of one entry that keeps nothing, held by a tagger between documents so that it does not keep
    /// the last model's cache alive (never looked up: a tagger takes its model's cache from <see cref="For"/> before it scores a word).</summary>
    public static readonly WordScoreCache Empty = new(1, 1);

    /// <summary>The number of entries (a power of two).</summary>
    public int Count => _mask + 1;

    /// <summary>The cache shared by every tagger of <paramref name="model"/> (one slot per stage, <see
    /// cref="NameModel.Stages"/>), after counting a window of <paramref name="tokens"/> more: replaced by a larger, empty
    /// one when the tokens tagged so far want more entries than it has.</summary>
    public static WordScoreCache For(NameModel model, int tokens)
    {
        // Sized to the tokens tagged so far, not to this window alone: a process that tags many short documents (the
        // tool over JSON Lines) meets as many distinct words as one long document, and a cache sized to one short
        // document kept few of them from one document to the next.
        Shared shared = ByModel.GetValue(model, static _ => new Shared());
        long seen = Interlocked.Add(ref shared.TokensSeen, tokens);
        int wanted = MinEntries;
        while (wanted < seen && wanted < Entries)
        {
            wanted <<= 1;
        }

        WordScoreCache? current = Volatile.Read(ref shared.Current);
        while (current is null || current.Count < wanted)
        {
            var larger = new WordScoreCache(model.Stages, wanted);
            WordScoreCache? found = Interlocked.CompareExchange(ref shared.Current, larger, current);
            if (ReferenceEquals(found, current))
            {
                return larger;
            }

            current = found;
        }

        return current;
    }

    /// <summary>Looks up the word <paramref name="text"/> of kind <paramref name="kind"/> (with hash
    /// <paramref name="hash"/>). True when kept, with its entry and the <paramref name="version"/> to give
    /// <see cref="Unchanged"/> once its <see cref="Sums"/> and <see cref="Roles"/> are read. False with the entry to
    /// fill, claimed for this caller (write its sums and roles, then <see cref="Keep"/> with this version); or false
    /// with -1 when the word is too long to keep, the word in its place stays (it had hits since the last misses), or
    /// another thread is writing that place.</summary>
    public bool TryFind(ReadOnlySpan<char> text, TokenKind kind, uint hash, out int entry, out int version)
    {
        entry = -1;
        version = 0;
        if (text.Length > MaxLength || text.IsEmpty)
        {
            return false;
        }

        int at = (int)(hash & (uint)_mask);
        ref Head head = ref _heads[at];
        int seen = Volatile.Read(ref head.Version);
        if ((seen & 1) != 0)
        {
            return false;
        }

        if (head.Length == text.Length && head.Kind == kind && text.SequenceEqual(((ReadOnlySpan<char>)head.Text)[..text.Length]))
        {
            // Only a change is written: a word used in every document does not keep writing a line other threads read.
            // The count is read once: another thread's decrement between a test and a write of the field itself could
            // otherwise wrap it to 255.
            byte uses = head.Uses;
            if (uses < MaxUses)
            {
                head.Uses = (byte)(uses + 1);
            }

            entry = at;
            version = seen;
            return true;
        }

        byte left = head.Uses;
        if (head.Length != 0 && left > 0)
        {
            head.Uses = (byte)(left - 1);
            return false;
        }

        if (Interlocked.CompareExchange(ref head.Version, seen + 1, seen) != seen)
        {
            return false;
        }

        entry = at;
        version = seen + 1;
        return false;
    }

    /// <summary>Whether <paramref name="entry"/> still has the <paramref name="version"/> <see cref="TryFind"/> found:
    /// then what was read of it since is whole.</summary>
    public bool Unchanged(int entry, int version)
    {
        // The entry's reads must be done before its version is read again. A volatile read only keeps later accesses
        // after it (acquire), not earlier ones before it, so the read barrier does that: no reads before it may move
        // after the accesses that follow it, for the compiler and the processor alike. It costs no instruction on
        // x86 and x64 (loads are not reordered with loads there) and a load-load fence (dmb ishld) on Arm64.
        Volatile.ReadBarrier();
        return Volatile.Read(ref _heads[entry].Version) == version;
    }

    /// <summary>Asks the processor to start loading the entry a word with hash <paramref name="hash"/> maps to (what
    /// <see cref="TryFind"/> and a hit's <see cref="Sums"/> and <see cref="Roles"/> read): the entries lie at random in
    /// some 14 MB when the cache is full, and a hit would otherwise wait for each of its arrays in turn.</summary>
    public unsafe void Prefetch(uint hash)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        int entry = (int)(hash & (uint)_mask);
        PrefetchRange(ref _heads[entry], Unsafe.SizeOf<Head>());
        PrefetchRange(ref Unsafe.As<int, byte>(ref _sums[entry * _stages * SumsLength]), _stages * SumsLength * sizeof(int));
        PrefetchRange(ref Unsafe.As<float, byte>(ref _roles[entry * _stages * RolesLength]), _stages * RolesLength * sizeof(float));

        static void PrefetchRange<TItem>(ref TItem start, int bytes)
        {
            ref byte at = ref Unsafe.As<TItem, byte>(ref start);
            for (int b = 0; b < bytes; b += 64)
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref at, b)));
            }

            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref at, bytes - 1)));
        }
    }

    /// <summary>Publishes <paramref name="entry"/>, claimed by <see cref="TryFind"/> with <paramref name="version"/>, as
    /// holding the word <paramref name="text"/> of kind <paramref name="kind"/> (after its sums and roles are written).</summary>
    public void Keep(int entry, int version, ReadOnlySpan<char> text, TokenKind kind)
    {
        ref Head head = ref _heads[entry];
        text.CopyTo(head.Text);
        head.Length = (byte)text.Length;
        head.Kind = kind;
        head.Uses = 1;
        Volatile.Write(ref head.Version, version + 1);
    }

    /// <summary>Gives up <paramref name="entry"/>, claimed by <see cref="TryFind"/> with <paramref name="version"/>
    /// but not filled (its scoring failed): publishes it empty, so that it is neither read nor left claimed.</summary>
    public void Abandon(int entry, int version)
    {
        ref Head head = ref _heads[entry];
        head.Length = 0;
        head.Uses = 0;
        Volatile.Write(ref head.Version, version + 1);
    }

    /// <summary>The code sums of the word's own features for stage <paramref name="stage"/> (<see cref="NameModel.PaddedTags"/> long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<int> Sums(int entry, int stage) => _sums.AsSpan((entry * _stages + stage) * SumsLength, SumsLength);

    /// <summary>The scores the word gives its neighbours for stage <paramref name="stage"/>, one row of
    /// <see cref="NameModel.Tags"/> per role.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<float> Roles(int entry, int stage) => _roles.AsSpan((entry * _stages + stage) * RolesLength, RolesLength);

    /// <summary>One model's current cache and the tokens tagged with the model so far.</summary>
    private sealed class Shared
    {
        public WordScoreCache? Current;
        public long TokensSeen;
    }

    /// <summary>An entry's version (even when stable, odd while written), word length (0 when empty), token kind, hit
    /// count and text.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Head
    {
        public int Version;
        public byte Length;
        public TokenKind Kind;
        public byte Uses;
        public Chars Text;
    }

    /// <summary>A kept word's characters.</summary>
    [InlineArray(MaxLength)]
    private struct Chars
    {
        private char _first;
    }
}
