namespace Hadath.Store.Model;

/// <summary>One deduplicated event as stored: its key fields and how often, in how many articles and sources, it was reported.</summary>
public sealed record StoredEvent(
    long Id,
    string SourceCode,
    string SourceName,
    string TargetCode,
    string TargetName,
    string Cameo,
    string CameoName,
    string Root,
    int QuadClass,
    double Goldstein,
    string? PloverType,
    string? PloverMode,
    string? PloverContext,
    DateOnly? Date,
    string DatePrecision,
    string? PlaceName,
    string? PlaceCountry,
    double? Lat,
    double? Lon,
    int NumMentions,
    int NumArticles,
    int NumSources,
    double Confidence,
    string FirstArticle,
    string? FirstUrl);
