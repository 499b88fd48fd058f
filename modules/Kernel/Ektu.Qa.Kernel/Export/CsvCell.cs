namespace Ektu.Qa.Kernel.Export;

/// <summary>
/// One CSV cell, written so that a spreadsheet opening the file never runs it (CSV formula injection): text that starts
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading <c>'</c>, which Excel and
/// LibreOffice read as "this is text". Numbers stay numbers: a negative amount is the writer's own output, not user text.
/// Every CSV writer goes through here.
/// </summary>
public static class CsvCell
{
    /// <summary>The cell for a value: numbers as <paramref name="formatted"/>, everything else neutralised, then quoted.</summary>
    public static string For(object? value, string formatted, string separator) =>
        Quote(IsNumber(value) ? formatted : Neutralise(formatted), separator);

    /// <summary>Text with a leading formula trigger made inert by a leading apostrophe.</summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>RFC 4180 quoting when the text holds the separator, a quote or a line break.</summary>
    public static string Quote(string text, string separator) =>
        text.Contains(separator, StringComparison.Ordinal) || text.Contains('"') || text.Contains('\n') || text.Contains('\r')
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;

    private static bool IsNumber(object? value) =>
        value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal;
}
