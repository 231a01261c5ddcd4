namespace Hadath.Store.Sql;

/// <summary>
/// Collects the values of a statement and hands out their positional placeholders ($1, $2, …),
/// which DuckDB and PostgreSQL both understand. User input only ever reaches SQL through here.
/// </summary>
internal sealed class SqlParameters
{
    private readonly List<object?> _values = [];

    public IReadOnlyList<object?> Values => _values;

    public string Add(object? value)
    {
        _values.Add(value);
        return "$" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
