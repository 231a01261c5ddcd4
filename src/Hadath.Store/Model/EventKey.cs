using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hadath.Coding.Model;

namespace Hadath.Store.Model;

/// <summary>
/// The cross-article identity of an event, GDELT-style: (source, target, CAMEO code, date, place).
/// The id is derived from the key by hashing rather than drawn from a sequence, so that the same
/// events get the same ids whatever order parallel workers write them in; this is what makes an
/// interrupted and resumed ingest end identical to an uninterrupted one.
/// </summary>
public static class EventKey
{
    /// <summary>The place part of the key: country and coordinates (the lexicon's, so spelling variants of one place agree), or empty.</summary>
    public static string PlaceKey(EventPlace? place)
        => place is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{place.Country}@{place.Lat:F4},{place.Lon:F4}");

    public static string Of(CodedEvent e)
        => string.Join('\u001F', e.Source.Code, e.Target?.Code ?? string.Empty, e.Cameo, e.Date.Format() ?? string.Empty, PlaceKey(e.Place));

    /// <summary>A positive 63-bit id from the key (collisions are negligible below billions of events).</summary>
    public static long IdOf(string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return (long)(BinaryPrimitives.ReadUInt64BigEndian(hash) >> 1);
    }

    public static long IdOf(CodedEvent e) => IdOf(Of(e));
}
