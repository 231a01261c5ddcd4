namespace Hadath.Store.Export;

/// <summary>The output formats of <c>hadath query</c>.</summary>
public enum QueryFormat
{
    Table,
    Jsonl,
    Tsv,
    Csv,
}
