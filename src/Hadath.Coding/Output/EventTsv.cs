using System.Globalization;
using Hadath.Coding.Model;

namespace Hadath.Coding.Output;

/// <summary>A GDELT-style table: GDELT 2.0 event column names where they apply, then Hadath's evidence columns.</summary>
public static class EventTsv
{
    public const string Header = "GLOBALEVENTID\tSQLDATE\tActor1Code\tActor1Name\tActor1CountryCode\tActor2Code\tActor2Name\tActor2CountryCode\tIsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tNumMentions\tActionGeo_FullName\tActionGeo_CountryCode\tActionGeo_Lat\tActionGeo_Long\tSOURCEURL\tEvidenceField\tEvidenceStart\tEvidenceEnd\tEvidenceText";

    public static string Row(CodedEvent e, int index)
    {
        var inv = CultureInfo.InvariantCulture;
        var date = e.Date.Value is { } d ? d.ToString("yyyyMMdd", inv) : string.Empty;
        string Clean(string? s) => (s ?? string.Empty).Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
        return string.Join('\t',
            $"{e.ArticleId}#{index.ToString(inv)}", date, e.Source.Code, Clean(e.Source.Text), Clean(Lexicon.Model.ActorCodes.Country(e.Source.Code)),
            e.Target?.Code ?? string.Empty, Clean(e.Target?.Text), Clean(e.Target is null ? null : Lexicon.Model.ActorCodes.Country(e.Target.Code)),
            e.Sentence == 0 ? "1" : "0", e.Cameo, e.Cameo.Length > 3 ? e.Cameo[..3] : e.Cameo, e.Root, e.QuadClass.ToString(inv), e.Goldstein.ToString(inv),
            e.Mentions.Count.ToString(inv), Clean(e.Place?.Name), e.Place?.Country ?? string.Empty, e.Place?.Lat.ToString(inv) ?? string.Empty,
            e.Place?.Lon.ToString(inv) ?? string.Empty, Clean(e.ArticleId), e.Evidence.Field, e.Evidence.Start.ToString(inv), e.Evidence.End.ToString(inv), Clean(e.Evidence.Text));
    }
}
