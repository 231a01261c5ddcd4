using System.Collections;
using System.Runtime.InteropServices;

namespace Hadath.Text.Tokenization;

/// <summary>
/// The tokens of one analysed text, read-only. The coder reads tokens by index millions of times a second: this sealed
/// list hands each out by reference from its backing store, where an <see cref="IReadOnlyList{T}"/> indexer is an
/// interface call that copies the 32-byte token.
/// </summary>
public sealed class TokenList : IReadOnlyList<Token>
{
    private readonly List<Token> _items;

    internal TokenList(List<Token> items) => _items = items;

    public int Count => _items.Count;

    /// <summary>The token at <paramref name="index"/>, by reference; it cannot be changed through it. Past the end it throws
    /// <see cref="IndexOutOfRangeException"/>, as an array does.</summary>
    public ref readonly Token this[int index] => ref CollectionsMarshal.AsSpan(_items)[index];

    Token IReadOnlyList<Token>.this[int index] => _items[index];

    /// <summary>The tokens from <paramref name="start"/> on, <paramref name="length"/> of them, without copying.</summary>
    public ReadOnlySpan<Token> Slice(int start, int length) => CollectionsMarshal.AsSpan(_items).Slice(start, length);

    public List<Token>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
