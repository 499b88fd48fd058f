using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Kernel.Export;

/// <summary>
/// Word tables and page sections that validate against the Office Open XML schema (children in schema order, a
/// <c>w:tblGrid</c>, fixed layout) and read well: each column's width follows its content, so a short number column
/// stays narrow and a text column gets the room instead of every word breaking in equal slices. Every module's .docx
/// writer builds its tables here.
/// </summary>
public static class WordTable
{
    /// <summary>A4 in twentieths of a point, with 2 cm margins.</summary>
    private const int ShortSide = 11906, LongSide = 16838, Margin = 1134;

    private const string Font = "Times New Roman";

    /// <summary>
    /// The advance of an average character as a share of the font size: Times New Roman runs at about 0.5 em in Cyrillic
    /// and Latin text, bold a little wider; these margins keep a measured word inside its column when printed.
    /// </summary>
    private const double CharEm = 0.55, BoldEm = 0.62;

    /// <summary>Cell padding in twips (Word's default 108 each side, and the border), counted per column.</summary>
    private const int CellPadding = 230;

    /// <summary>A column never gets fewer characters than this, nor more before its text wraps.</summary>
    private const int MinChars = 3, MaxChars = 45;

    /// <summary>The smallest text a table shrinks to (half-points, 8 pt) so that its longest words still fit.</summary>
    private const int MinSize = 16;

    /// <summary>The share of the width kept for text beyond the longest words when a table has to be made smaller.</summary>
    private const double RoomToShare = 0.2;

    /// <summary>The text width of a page: A4 portrait or landscape, less the margins.</summary>
    public static int TextWidth(bool landscape) => (landscape ? LongSide : ShortSide) - 2 * Margin;

    /// <summary>True when the columns' content in text of <paramref name="size"/> half-points would not fit a portrait page.</summary>
    public static bool NeedsLandscape(IReadOnlyList<string[]> rows, int size)
    {
        var (_, natural) = Measure(rows);
        return natural.Sum(n => n * size * 10 + CellPadding) > TextWidth(false);
    }

    /// <summary>The section that ends a body: A4 in the given orientation with its margins (must be the body's last child).</summary>
    public static SectionProperties Section(bool landscape) => new(
        new PageSize
        {
            Width = (uint)(landscape ? LongSide : ShortSide), Height = (uint)(landscape ? ShortSide : LongSide),
            Orient = landscape ? PageOrientationValues.Landscape : PageOrientationValues.Portrait,
        },
        new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 708, Footer = 708, Gutter = 0 });

    /// <summary>
    /// A bordered table over the page's text width; the first row is the header (repeated on every page). Column widths
    /// follow each column's content: never narrower than its longest word, wider up to its longest cell as room allows.
    /// When the longest words leave too little room at the preferred <paramref name="size"/> (half-points), the table's
    /// text is made smaller (down to 8 pt), rather than breaking words or squeezing text columns. Cells are written in Times New Roman, header row
    /// bold.
    /// </summary>
    public static Table Build(IReadOnlyList<string[]> rows, bool landscape, int size)
    {
        var (floor, natural) = Measure(rows);
        var available = TextWidth(landscape) - floor.Length * CellPadding;
        // Text too long for one line wraps; a text column squeezed to its longest word wraps at every word: when the
        // floors leave less than a fifth of the width to share, a smaller size reads better than a ribbon of words.
        var fit = (int)(available * (1 - RoomToShare) / (floor.Sum() * 10));
        if (natural.Sum() * size * 10 > available && fit < size) size = Math.Max(MinSize, fit);
        var widths = Fit(floor, natural, size * 10, available);
        var total = widths.Sum();
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(total) },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed }));
        table.AppendChild(new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        for (var r = 0; r < rows.Count; r++)
        {
            var header = r == 0;
            var row = header ? new TableRow(new TableRowProperties(new TableHeader())) : new TableRow();
            for (var c = 0; c < widths.Length; c++)
            {
                var text = c < rows[r].Length ? rows[r][c] ?? "" : "";
                row.AppendChild(new TableCell(
                    new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = Twips(widths[c]) }),
                    Line(text, header, size)));
            }
            table.AppendChild(row);
        }
        return table;
    }

    /// <summary>A paragraph of one run in Times New Roman (the font of the university's documents), <paramref name="size"/> in half-points.</summary>
    public static Paragraph Line(string text, bool bold, int size, bool italic = false) => new(TextRun(text, bold, size, italic));

    /// <summary>A run of text in Times New Roman, <paramref name="size"/> in half-points (<see cref="WordText"/> joins several in a line).</summary>
    internal static Run TextRun(string text, bool bold, int size, bool italic = false)
    {
        // Children in schema order (rFonts, b, i, sz): Word repairs a file whose run properties are out of order.
        var props = new RunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font });
        if (bold) props.Append(new Bold());
        if (italic) props.Append(new Italic());
        props.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        // Stored text may predate the input checks: a control character would make the whole document fail to save.
        return new Run(props, new Text(InputText.ForXml(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static string Twips(int w) => w.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Each column's longest word (its floor) and its longest cell up to the cap (its natural width), in ems of the text
    /// size; header words are bold.
    /// </summary>
    private static (double[] Floor, double[] Natural) Measure(IReadOnlyList<string[]> rows)
    {
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var floor = Enumerable.Repeat(MinChars * CharEm, columns).ToArray();
        var natural = floor.ToArray();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c] ?? "";
                var em = r == 0 ? BoldEm : CharEm;
                var word = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
                floor[c] = Math.Max(floor[c], word * em);
                natural[c] = Math.Max(natural[c], Math.Max(word, Math.Min(text.Length, MaxChars)) * em);
            }
        return (floor, natural);
    }

    /// <summary>
    /// Column widths in twips for text of <paramref name="em"/> twips: natural widths when they fit; otherwise every
    /// column keeps its floor and the room left is shared in proportion to what each column would like beyond it.
    /// </summary>
    private static int[] Fit(double[] floor, double[] natural, double em, int available)
    {
        var lo = floor.Select(f => f * em).ToArray();
        var hi = natural.Select(n => n * em).ToArray();
        double[] widths;
        if (hi.Sum() <= available) widths = hi;
        else if (lo.Sum() <= available)
        {
            var share = (available - lo.Sum()) / (hi.Sum() - lo.Sum());
            widths = lo.Select((l, i) => l + (hi[i] - l) * share).ToArray();
        }
        else widths = lo.Select(l => l * available / lo.Sum()).ToArray(); // only at the smallest size: nothing better fits
        return widths.Select(w => (int)w + CellPadding).ToArray();
    }
}
