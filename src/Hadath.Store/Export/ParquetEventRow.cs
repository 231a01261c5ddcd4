namespace Hadath.Store.Export;

/// <summary>One event as a Parquet row: the GDELT-style columns, typed, with nulls where a value is unknown.</summary>
public sealed class ParquetEventRow
{
    public long Id { get; set; }

    public DateTime? Date { get; set; }

    public string DatePrecision { get; set; } = string.Empty;

    public string SourceCode { get; set; } = string.Empty;

    public string SourceName { get; set; } = string.Empty;

    public string? TargetCode { get; set; }

    public string? TargetName { get; set; }

    public string Cameo { get; set; } = string.Empty;

    public string CameoName { get; set; } = string.Empty;

    public string Root { get; set; } = string.Empty;

    public int QuadClass { get; set; }

    public double Goldstein { get; set; }

    public string? PloverEvent { get; set; }

    public string? PloverMode { get; set; }

    public string? PloverContext { get; set; }

    public string? PlaceName { get; set; }

    public string? PlaceCountry { get; set; }

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    public int NumMentions { get; set; }

    public int NumArticles { get; set; }

    public int NumSources { get; set; }

    public double Confidence { get; set; }

    public string FirstArticle { get; set; } = string.Empty;

    public string? SourceUrl { get; set; }
}
