using DocumentFormat.OpenXml.Wordprocessing;

namespace Ektu.Qa.Kernel.Export;

/// <summary>
/// The paragraphs of the university's Word documents beside <see cref="WordTable"/>'s tables, in the same Times New Roman:
/// headings by level, body text (12 pt), centred lines under a title, "label: value" lines with the label bold, bullets.
/// Every module's .docx writer builds its text here, so the documents look alike.
/// </summary>
public static class WordText
{
    /// <summary>Body text, in half-points (12 pt).</summary>
    public const int TextSize = 24;

    /// <summary>The document's title, in half-points (14 pt); a part's heading is between it and the text.</summary>
    private const int TitleSize = 28, PartSize = 26;

    /// <summary>A bullet's indent in twips: the bullet hangs in it, wrapped lines start at it.</summary>
    private const int BulletIndent = 284;

    /// <summary>
    /// A bold heading: level 1 is the document's title (14 pt, centred), level 2 a part (13 pt), level 3 and below a
    /// section (12 pt, the text's size).
    /// </summary>
    public static Paragraph Heading(string text, int level) => level switch
    {
        <= 1 => Centered(text, bold: true, size: TitleSize),
        2 => WordTable.Line(text, true, PartSize),
        _ => WordTable.Line(text, true, TextSize),
    };

    /// <summary>A paragraph of body text.</summary>
    public static Paragraph Text(string text, bool italic = false, int size = TextSize) => WordTable.Line(text, false, size, italic);

    /// <summary>One paragraph per line of a multi-line text (as typed in a text area: \n or \r\n).</summary>
    public static IEnumerable<Paragraph> Lines(string text, int size = TextSize) =>
        text.Split('\n').Select(line => Text(line.TrimEnd('\r'), size: size));

    /// <summary>A centred line, under a title: the record's name (bold), its version or date (italic).</summary>
    public static Paragraph Centered(string text, bool bold = false, bool italic = false, int size = TextSize) =>
        Justify(WordTable.Line(text, bold, size, italic), JustificationValues.Center);

    /// <summary>A "label: value" line: the label bold, the value plain.</summary>
    public static Paragraph Label(string label, string value, int size = TextSize) =>
        new(WordTable.TextRun(label + ": ", true, size), WordTable.TextRun(value, false, size));

    /// <summary>An item of a list: a bullet hanging in the indent, wrapped lines under the text.</summary>
    public static Paragraph Bullet(string text, int size = TextSize)
    {
        var p = WordTable.Line("• " + text, false, size);
        p.PrependChild(new ParagraphProperties(new Indentation { Left = Twips(BulletIndent), Hanging = Twips(BulletIndent) }));
        return p;
    }

    private static Paragraph Justify(Paragraph p, JustificationValues value)
    {
        p.PrependChild(new ParagraphProperties(new Justification { Val = value }));
        return p;
    }

    private static string Twips(int w) => w.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
