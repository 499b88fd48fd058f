namespace Ektu.Qa.Workflow.Engine.Expressions;

internal static class Templates
{
    /// <summary>Top-level <c>${…}</c> occurrences; the end is found by brace matching that skips quoted strings (as the shared dialect
    /// says).</summary>
    public static List<(int Start, int End, string Inner)> Find(string text)
    {
        var result = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0) break;
            var depth = 1;
            var j = start + 2;
            char? quote = null;
            for (; j < text.Length; j++)
            {
                var ch = text[j];
                if (quote is not null)
                {
                    if (ch == '\\') { j++; continue; }
                    if (ch == quote) quote = null;
                    continue;
                }
                if (ch is '"' or '\'' or '`') { quote = ch; continue; }
                if (ch == '{') depth++;
                else if (ch == '}' && --depth == 0) break;
            }
            if (depth != 0) break;
            result.Add((start, j + 1, text.Substring(start + 2, j - start - 2)));
            i = j + 1;
        }
        return result;
    }
}
