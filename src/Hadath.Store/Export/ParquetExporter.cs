using Hadath.Store.Model;
using Parquet;
using Parquet.Serialization;

namespace Hadath.Store.Export;

/// <summary>Writes events to a Parquet file in row groups, so memory stays bounded however many events there are.</summary>
public static class ParquetExporter
{
    private const int RowGroup = 100_000;

    public static async Task<long> WriteAsync(IEnumerable<StoredEvent> events, Stream output, CancellationToken cancellation = default)
    {
        var n = 0L;
        var first = true;
        foreach (var chunk in events.Select(ToRow).Chunk(RowGroup))
        {
            await ParquetSerializer.SerializeAsync(chunk, output, new ParquetOptions { Append = !first }, null, cancellation).ConfigureAwait(false);
            first = false;
            n += chunk.Length;
        }

        if (first)
        {
            // No events: still a valid file with the schema, so readers see the columns.
            await ParquetSerializer.SerializeAsync(Array.Empty<ParquetEventRow>(), output, new ParquetOptions(), null, cancellation).ConfigureAwait(false);
        }

        return n;
    }

    public static ParquetEventRow ToRow(StoredEvent e) => new()
    {
        Id = e.Id,
        Date = e.Date?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        DatePrecision = e.DatePrecision,
        SourceCode = e.SourceCode,
        SourceName = e.SourceName,
        TargetCode = e.TargetCode.Length == 0 ? null : e.TargetCode,
        TargetName = e.TargetName.Length == 0 ? null : e.TargetName,
        Cameo = e.Cameo,
        CameoName = e.CameoName,
        Root = e.Root,
        QuadClass = e.QuadClass,
        Goldstein = e.Goldstein,
        PloverEvent = e.PloverType,
        PloverMode = e.PloverMode,
        PloverContext = e.PloverContext,
        PlaceName = e.PlaceName,
        PlaceCountry = e.PlaceCountry,
        Lat = e.Lat,
        Lon = e.Lon,
        NumMentions = e.NumMentions,
        NumArticles = e.NumArticles,
        NumSources = e.NumSources,
        Confidence = e.Confidence,
        FirstArticle = e.FirstArticle,
        SourceUrl = e.FirstUrl,
    };
}
