namespace Hadath.Coding.Model;

/// <summary>How precisely an event date is known.</summary>
public enum DatePrecision
{
    None,
    Day,
    Month,
    Year,
}
