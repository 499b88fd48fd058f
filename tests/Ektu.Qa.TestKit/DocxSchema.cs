using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Ektu.Qa.TestKit;

/// <summary>Checks a generated Word file against the Office Open XML schema and reads its page and column widths.</summary>
public static class DocxSchema
{
    /// <summary>Every schema error as "path: description"; empty when the file validates.</summary>
    public static List<string> Errors(Stream docx)
    {
        docx.Position = 0;
        using var doc = WordprocessingDocument.Open(docx, false);
        return new OpenXmlValidator().Validate(doc).Select(e => e.Path?.XPath + ": " + e.Description).ToList();
    }

    /// <summary>The page orientation of the last section and the grid widths (twips) of each table.</summary>
    public static (bool Landscape, List<int[]> Grids) Layout(Stream docx)
    {
        docx.Position = 0;
        using var doc = WordprocessingDocument.Open(docx, false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var size = body.Elements<W.SectionProperties>().LastOrDefault()?.GetFirstChild<W.PageSize>();
        var grids = body.Descendants<W.Table>().Select(t => t.GetFirstChild<W.TableGrid>()?.Elements<W.GridColumn>()
            .Select(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToArray() ?? []).ToList();
        return (size?.Orient?.Value == W.PageOrientationValues.Landscape && size.Width!.Value > size.Height!.Value, grids);
    }
}
