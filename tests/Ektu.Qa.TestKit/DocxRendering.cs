using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Ektu.Qa.TestKit;

/// <summary>One page of a document as LibreOffice lays it out: size in points and the words it shows, in reading order.</summary>
public sealed record RenderedPage(double Width, double Height, IReadOnlyList<string> Words)
{
    public bool Landscape => Width > Height;
}

/// <summary>
/// Opens a generated Word file the way a person would: LibreOffice (headless, build/install-libreoffice.sh) lays it out
/// and prints it to PDF, which PdfPig reads back. Schema validity says the file opens; this says it reads well — the page
/// orientation, and no word broken across lines because a column was too narrow.
/// </summary>
public static class DocxRendering
{
    private static string Soffice => Environment.GetEnvironmentVariable("EKTU_QA_SOFFICE") is { Length: > 0 } p ? p : "/usr/bin/soffice";

    public static async Task<IReadOnlyList<RenderedPage>> RenderAsync(Stream docx)
    {
        var dir = Directory.CreateTempSubdirectory("ektu-qa-render-").FullName;
        try
        {
            var input = Path.Combine(dir, "document.docx");
            docx.Position = 0;
            await using (var file = File.Create(input)) await docx.CopyToAsync(file);
            // A private profile per call: concurrent conversions would otherwise wait on one another's profile lock.
            var start = new ProcessStartInfo(Soffice)
            {
                ArgumentList =
                {
                    "-env:UserInstallation=" + new Uri(Path.Combine(dir, "profile")).AbsoluteUri,
                    "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir, input,
                },
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardOutput.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            var pdf = Path.Combine(dir, "document.pdf");
            if (!File.Exists(pdf)) throw new InvalidOperationException($"LibreOffice wrote no PDF (exit {process.ExitCode}): {await stderr}");
            using var read = PdfDocument.Open(pdf);
            return read.GetPages()
                .Select(p => new RenderedPage(p.Width, p.Height, p.GetWords().Select(w => w.Text).ToList()))
                .ToList();
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { /* a profile file still held: temp is cleaned later */ }
        }
    }

    /// <summary>The words of the document's tables (each paragraph's text split at white space), as the writer put them.</summary>
    public static IReadOnlyList<string> TableWords(Stream docx)
    {
        docx.Position = 0;
        using var doc = WordprocessingDocument.Open(docx, false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<W.Table>().SelectMany(t => t.Descendants<W.Paragraph>())
            .SelectMany(p => p.InnerText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToList();
    }

    /// <summary>
    /// Table words LibreOffice did not print whole: a word split over two lines in a narrow column shows as two fragments.
    /// </summary>
    public static IReadOnlyList<string> BrokenWords(Stream docx, IReadOnlyList<RenderedPage> pages)
    {
        var printed = pages.SelectMany(p => p.Words).ToHashSet(StringComparer.Ordinal);
        return TableWords(docx).Where(w => w.Length > 1 && !printed.Contains(w)).Distinct().ToList();
    }
}
