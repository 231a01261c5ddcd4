namespace Hadath.Store.Model;

/// <summary>Events per period, split by QuadClass (1 verbal cooperation … 4 material conflict), and their mentions.</summary>
public sealed record TimelineRow(DateOnly Period, long Quad1, long Quad2, long Quad3, long Quad4, long Events, long Mentions);
