using System.Runtime.InteropServices;

namespace Hadath.Text;

/// <summary>
/// An ordinal string comparer with a fast, non-randomised hash that also answers for spans. The
/// per-thread word memo looks up every token; Marvin hashing (the framework's default) is built to
/// resist hash flooding from untrusted keys, which a bounded, per-thread memo does not need.
/// </summary>
public sealed class WordComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static WordComparer Instance { get; } = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string obj) => Hash(obj);

    public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

    public int GetHashCode(ReadOnlySpan<char> alternate) => Hash(alternate);

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    private static int Hash(ReadOnlySpan<char> s)
    {
        // FNV-1a over 32-bit units: two characters per step.
        var hash = 2166136261u;
        var units = MemoryMarshal.Cast<char, uint>(s);
        foreach (var u in units)
        {
            hash = (hash ^ u) * 16777619u;
        }

        if ((s.Length & 1) != 0)
        {
            hash = (hash ^ s[^1]) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
