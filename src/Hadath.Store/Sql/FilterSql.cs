using Hadath.Store.Model;

namespace Hadath.Store.Sql;

/// <summary>Turns an <see cref="EventFilter"/> into a parameterised WHERE clause over the events table.</summary>
internal static class FilterSql
{
    public static string Where(EventFilter filter, SqlParameters p, string alias = "")
    {
        var c = new List<string>();
        if (!string.IsNullOrEmpty(filter.Actor))
        {
            var a = p.Add(filter.Actor);
            c.Add($"(starts_with({alias}source_code, {a}) OR starts_with({alias}target_code, {a}))");
        }

        if (!string.IsNullOrEmpty(filter.Source))
        {
            c.Add($"starts_with({alias}source_code, {p.Add(filter.Source)})");
        }

        if (!string.IsNullOrEmpty(filter.Target))
        {
            c.Add($"starts_with({alias}target_code, {p.Add(filter.Target)})");
        }

        if (!string.IsNullOrEmpty(filter.Root))
        {
            c.Add($"{alias}root = {p.Add(filter.Root)}");
        }

        if (!string.IsNullOrEmpty(filter.Code))
        {
            c.Add($"starts_with({alias}cameo, {p.Add(filter.Code)})");
        }

        if (filter.Quad is { } quad)
        {
            c.Add($"{alias}quad_class = {p.Add(quad)}");
        }

        if (filter.From is { } from)
        {
            c.Add($"{alias}event_date >= {p.Add(from)}");
        }

        if (filter.To is { } to)
        {
            c.Add($"{alias}event_date <= {p.Add(to)}");
        }

        if (!string.IsNullOrEmpty(filter.Place))
        {
            var place = p.Add(filter.Place);
            c.Add($"({alias}place_name = {place} OR {alias}place_country = upper({place}))");
        }

        if (!string.IsNullOrEmpty(filter.Plover))
        {
            c.Add($"{alias}plover_type = upper({p.Add(filter.Plover)})");
        }

        return c.Count == 0 ? "TRUE" : string.Join(" AND ", c);
    }
}
