using DocumentFormat.OpenXml.Packaging;
using Ektu.Qa.Reporting.Definitions;
using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Reporting.Tests.Data;

/// <summary><see cref="ReportDefinition.WriteDocx"/>: a definition's own Word document replaces the table in DOCX only.</summary>
public sealed class NarrativeDocxTests
{
    private sealed class NarrativeProvider : IReportDefinitionProvider
    {
        public IEnumerable<ReportDefinition> GetDefinitions() =>
        [
            new ReportDefinition
            {
                Key = "Test.Narrative",
                NameKey = "Reporting:Report.AuditLog",
                Permission = Permissions.ReportingPermissions.Reports.Run,
                ColumnKeys = ["Reporting:Column.Action"],
                Rows = Rows,
                WriteDocx = (context, output, ct) =>
                {
                    using var doc = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
                    var main = doc.AddMainDocumentPart();
                    main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                        new DocumentFormat.OpenXml.Wordprocessing.Paragraph(new DocumentFormat.OpenXml.Wordprocessing.Run(
                            new DocumentFormat.OpenXml.Wordprocessing.Text("Narrative at "
                                + context.NowUtc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))))));
                    main.Document.Save();
                    return Task.CompletedTask;
                },
            },
        ];

        private static async IAsyncEnumerable<object?[]> Rows(ReportContext context,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            await Task.Yield();
            yield return ["table row"];
        }
    }

    private static async Task<string> RunAsync(TestApp app, ReportFormat format)
    {
        var run = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IReportAppService>().RunAsync(new RunReportInput { ReportKey = "Test.Narrative", Format = format }));
        (await app.Services.GetRequiredService<ReportRunner>().ExecuteAsync(run.Id, CancellationToken.None)).ShouldBeTrue();
        return await (await app.AsAsync("admin", sp => sp.GetRequiredService<IReportAppService>().DownloadAsync(run.Id))).ToTempFileAsync();
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task WriteDocx_Should_ReplaceTableInDocxOnly_When_DefinitionWritesItsOwnDocument(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, configure: b =>
        {
            b.Configuration["Reporting:ArchivePath"] = Path.Combine(Path.GetTempPath(), "ektu-qa-tests", "reports-" + Guid.NewGuid().ToString("N"));
            b.Services.AddSingleton<IReportDefinitionProvider, NarrativeProvider>();
        });

        using (var doc = WordprocessingDocument.Open(await RunAsync(app, ReportFormat.Docx), false))
        {
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            text.ShouldBe("Narrative at 2026-03-02");
            doc.MainDocumentPart.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().ShouldBeEmpty();
        }
        var csv = await File.ReadAllLinesAsync(await RunAsync(app, ReportFormat.Csv));
        csv.Where(l => l.Length > 0).Skip(1).ShouldBe(["table row"]);
    }
}
