namespace Hadath.Store.Model;

/// <summary>The period <c>hadath stats timeline</c> counts by.</summary>
public enum TimeBucket
{
    Day,
    Week,
    Month,
}
