using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

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

    /// <summary>About one character of 11-point text, plus cell padding counted per column.</summary>
    private const int TwipsPerChar = 115, CellPadding = 230;

    /// <summary>A column never gets fewer characters than this, nor more before its text wraps.</summary>
    private const int MinChars = 3, MaxChars = 45;

    /// <summary>The text width of a page: A4 portrait or landscape, less the margins.</summary>
    public static int TextWidth(bool landscape) => (landscape ? LongSide : ShortSide) - 2 * Margin;

    /// <summary>True when the columns' content would not fit a portrait page without breaking words.</summary>
    public static bool NeedsLandscape(IReadOnlyList<string[]> rows) => Desired(rows).Sum() > TextWidth(false);

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
    /// are proportional to each column's content (its longest word as a floor, its longest cell up to a cap).
    /// </summary>
    public static Table Build(IReadOnlyList<string[]> rows, Func<string, bool, Paragraph> cell, bool landscape)
    {
        var widths = Fit(Desired(rows), TextWidth(landscape));
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
                    cell(text, header)));
            }
            table.AppendChild(row);
        }
        return table;
    }

    private static string Twips(int w) => w.ToString(CultureInfo.InvariantCulture);

    /// <summary>Each column's natural width in twips: no narrower than its longest word, no wider than the cap.</summary>
    private static int[] Desired(IReadOnlyList<string[]> rows)
    {
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var chars = new int[columns];
        foreach (var row in rows)
            for (var c = 0; c < row.Length; c++)
            {
                var text = row[c] ?? "";
                var word = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
                chars[c] = Math.Max(chars[c], Math.Max(word, Math.Min(text.Length, MaxChars)));
            }
        return chars.Select(n => Math.Max(n, MinChars) * TwipsPerChar + CellPadding).ToArray();
    }

    /// <summary>Scales the natural widths down to the text width when they exceed it; a narrower table keeps them.</summary>
    private static int[] Fit(int[] desired, int available)
    {
        var sum = desired.Sum();
        if (sum <= available) return desired;
        // Shrinking proportionally would starve short columns first; take the excess from the wide ones only.
        var floor = MinChars * TwipsPerChar + CellPadding;
        var widths = desired.ToArray();
        var excess = sum - available;
        var shrinkable = widths.Sum(w => w - floor);
        for (var i = 0; i < widths.Length; i++)
            widths[i] -= shrinkable <= 0 ? 0 : (int)((long)(widths[i] - floor) * excess / shrinkable) + 1;
        return widths.Select(w => Math.Max(w, floor)).ToArray();
    }
}
