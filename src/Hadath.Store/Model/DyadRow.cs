namespace Hadath.Store.Model;

/// <summary>One source→target pair: how many events, their mean Goldstein score, and their mentions.</summary>
public sealed record DyadRow(string Source, string Target, long Events, double MeanGoldstein, long Mentions);
