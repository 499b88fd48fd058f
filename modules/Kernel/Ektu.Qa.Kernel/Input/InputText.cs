namespace Ektu.Qa.Kernel.Input;

/// <summary>
/// Text a person enters: control characters (U+0000–U+001F except tab, CR and LF) have no place in it, and XML 1.0
/// (every DOCX and XLSX part) cannot hold them at all, so one stored character would break every document that shows it.
/// Nor have the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, they reverse what follows
/// them on screen, so "report\u202Excod.exe" reads as "reportexe.docx".
/// </summary>
public static class InputText
{
    public static bool HasControlCharacters(string? text)
    {
        if (text == null) return false;
        foreach (var c in text)
            if (c < ' ' ? c != '\t' && c != '\r' && c != '\n' : c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                return true;
        return false;
    }

    /// <summary>
    /// The text with every character XML 1.0 cannot hold replaced by U+FFFD (control characters, lone surrogates,
    /// U+FFFE/U+FFFF): what a document writer uses, so data stored before input was checked still renders.
    /// </summary>
    public static string ForXml(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var i = 0;
        while (i < text.Length && IsValidAt(text, i, out var width)) i += width;
        if (i == text.Length) return text;
        var b = new System.Text.StringBuilder(text.Length);
        b.Append(text, 0, i);
        while (i < text.Length)
        {
            if (IsValidAt(text, i, out var width)) b.Append(text, i, width);
            else b.Append('\uFFFD');
            i += width;
        }
        return b.ToString();
    }

    private static bool IsValidAt(string text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { width = 2; return true; }
            return false;
        }
        if (char.IsLowSurrogate(c)) return false;
        return c >= ' ' ? c != '\uFFFE' && c != '\uFFFF' : c == '\t' || c == '\r' || c == '\n';
    }
}
