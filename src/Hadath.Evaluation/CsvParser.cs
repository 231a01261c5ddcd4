using System.Text;

namespace Hadath.Evaluation;

/// <summary>
/// RFC 4180 CSV: fields separated by commas; a field in double quotes may hold commas, line breaks
/// and doubled quotes (""). Records end at CRLF, LF or CR. Departures from the RFC (a quote inside
/// an unquoted field, text after a closing quote, an unclosed quote) are errors naming the line,
/// because guessing would shift columns silently.
/// </summary>
internal static class CsvParser
{
    public static IReadOnlyList<CsvRecord> Parse(string text, string file)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var atFieldStart = true;
        var fieldWasQuoted = false;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            // A blank line is no record: a record of one empty field means nothing in a tabular file.
            if (!(fields.Count == 1 && fields[0].Length == 0 && !fieldWasQuoted))
            {
                records.Add(new CsvRecord(recordLine, [.. fields]));
            }

            fields.Clear();
            atFieldStart = true;
            fieldWasQuoted = false;
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (atFieldStart && c == '"')
            {
                fieldWasQuoted = true;
                atFieldStart = false;
                var openedOn = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new EvaluationDataException(file, openedOn, "a quoted field is never closed");
                    }

                    var q = text[i];
                    if (q == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    if (q == '\n' || (q == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')))
                    {
                        line++;
                    }

                    field.Append(q);
                    i++;
                }

                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    throw new EvaluationDataException(file, line, $"unexpected '{text[i]}' after a closing quote");
                }

                continue;
            }

            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    fieldWasQuoted = false;
                    i++;
                    break;
                case '\r' or '\n':
                    EndRecord();
                    i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    recordLine = line;
                    break;
                case '"':
                    throw new EvaluationDataException(file, line, "a double quote inside an unquoted field (RFC 4180 wants the field quoted and the quote doubled)");
                default:
                    field.Append(c);
                    atFieldStart = false;
                    i++;
                    break;
            }
        }

        if (!atFieldStart || fields.Count > 0 || fieldWasQuoted)
        {
            EndRecord();
        }

        return records;
    }
}
