using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Sync;

public sealed class PeopleImportTests
{
    private static readonly Dictionary<string, string> Mapping = new()
    {
        [ImportFields.ExternalId] = "Student id", [ImportFields.Kind] = "Kind", [ImportFields.FullName] = "Name",
        [ImportFields.UnitExternalId] = "Unit", ["Programme"] = "Programme", ["StudyYear"] = "Year",
    };

    private static async Task<SyncBatchResult> ImportAsync(TestApp app, byte[] file, string name = "people.csv", string? saveAs = null)
    {
        var preview = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IPeopleImportAppService>().PreviewAsync(name, new MemoryStream(file), null));
        return await app.AsAsync("admin", sp => sp.GetRequiredService<IPeopleImportAppService>().ImportAsync(preview.UploadId, Mapping, saveAs));
    }

    private static byte[] Csv(IEnumerable<string> rows) =>
        Encoding.UTF8.GetBytes("Student id;Kind;Name;Unit;Programme;Year\n" + string.Join("\n", rows));

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Import_Should_ChangeNothingTheSecondTime_When_TwentyThousandPeopleAreImportedTwice(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.RuleAsync(SyncRuleAttribute.Kind, "Student", "Employee", SyncRuleScope.School);
        var file = Csv(Enumerable.Range(1, 20_000)
            .Select(i => $"S{i:00000};Student;Student {i};{(i % 2 == 0 ? "SITIS-CS" : "SEM-GEO")};6B06101;{i % 4 + 1}"));

        var first = await ImportAsync(app, file);
        var audits = await app.CountAsync("SELECT COUNT(*) FROM k_audit_log");
        var grants = await app.CountAsync("SELECT COUNT(*) FROM id_user_roles");
        var second = await ImportAsync(app, file);

        first.Summary.ShouldBe(new SyncSummary(20_000, 0, 0, 0, 0));
        second.Summary.ShouldBe(new SyncSummary(0, 0, 0, 20_000, 0));
        (await app.CountAsync("SELECT COUNT(*) FROM k_audit_log")).ShouldBe(audits);
        (await app.CountAsync("SELECT COUNT(*) FROM id_user_roles")).ShouldBe(grants);
        (await app.CountAsync("SELECT COUNT(*) FROM id_sync_run_items WHERE run_id = @id", new { id = second.RunId })).ShouldBe(0);
        (await app.CountAsync("SELECT COUNT(*) FROM id_user_roles WHERE source = 'Rule'")).ShouldBe(20_000);
    }

    [Fact]
    public async Task Import_Should_ReportBadRowsByFileRowInTheResultFile_When_SomeRowsAreInvalid()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var file = Csv(
            ["S1;Student;One;SEM-GEO;6B;1", "S2;Nobody;Two;SEM-GEO;6B;1", "", "S3;Обучающийся;Three;SEM-GEO;6B;x", "S4;staff;Four;NOWHERE;;"]);

        var result = await ImportAsync(app, file, saveAs: "registrar");

        result.Items.Select(i => (i.Index + 1, i.Outcome, i.Field)).ShouldBe([
            (2, SyncOutcome.Created, null), (3, SyncOutcome.Failed, "Kind"), (5, SyncOutcome.Failed, "StudyYear"),
            (6, SyncOutcome.Failed, "UnitExternalId")]);
        var download = await app.AsAsync("admin", sp => sp.GetRequiredService<IPeopleImportAppService>().GetResultFileAsync(result.RunId));
        using var content = new MemoryStream();
        await download.Content.CopyToAsync(content);
        using var doc = SpreadsheetDocument.Open(new MemoryStream(content.ToArray()), false);
        var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Row>().Count();
        rows.ShouldBe(5, "a header and one row per data row");
        (await app.AsAsync("admin", sp => sp.GetRequiredService<IPeopleImportAppService>().GetMappingNamesAsync())).ShouldBe(["registrar"]);
    }

    [Fact]
    public async Task Import_Should_ReadAnXlsxWorkbookAndProposeTheSavedMapping_When_Uploaded()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        await ImportAsync(app, Csv(["S1;Student;One;SEM-GEO;6B;1"]), saveAs: "registrar");
        using var xlsx = new MemoryStream();
        ExcelWriter.Write(xlsx, "People",
            [new ExcelColumn<int>("Student id", i => "X" + i), new ExcelColumn<int>("Kind", _ => "Student"),
             new ExcelColumn<int>("Name", i => "N" + i),
             new ExcelColumn<int>("Unit", _ => "SITIS-CS"), new ExcelColumn<int>("Programme", _ => "6B"), new ExcelColumn<int>("Year", i => i)],
            [1, 2, 3]);

        var preview = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IPeopleImportAppService>().PreviewAsync("people.xlsx", new MemoryStream(xlsx.ToArray()), "registrar"));
        var result = await app.AsAsync("admin", sp =>
            sp.GetRequiredService<IPeopleImportAppService>().ImportAsync(preview.UploadId, preview.Mapping, null));

        preview.RowCount.ShouldBe(3);
        preview.Mapping.ShouldBe(Mapping, ignoreOrder: true);
        result.Summary.Created.ShouldBe(3);
    }

    [Theory]
    [InlineData("PK\u0003\u0004 not a zip", "x.xlsx")]
    [InlineData("\0\u0001binary", "x.csv")]
    [InlineData("a;\"unclosed\n", "x.csv")]
    public async Task Preview_Should_RefuseWithALocalizedCode_When_TheFileIsNotATable(string content, string name)
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("admin", sp =>
            sp.GetRequiredService<IPeopleImportAppService>().PreviewAsync(name, new MemoryStream(Encoding.UTF8.GetBytes(content)), null)));
        e.Errors["File"].ShouldBe([IdentityErrorCodes.ImportUnreadable]);
    }

    [Fact]
    public async Task Import_Should_Refuse_When_ARequiredFieldIsNotMapped()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var preview = await app.AsAsync("admin", sp => sp.GetRequiredService<IPeopleImportAppService>()
            .PreviewAsync("p.csv", new MemoryStream(Csv(["S1;Student;One;SEM-GEO;6B;1"])), null));
        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("admin", sp => sp.GetRequiredService<IPeopleImportAppService>()
            .ImportAsync(preview.UploadId, new Dictionary<string, string> { [ImportFields.ExternalId] = "Nope" }, null)));
        e.Errors.Keys.ShouldBe(["Mapping.ExternalId", "Mapping.Kind", "Mapping.FullName", "Mapping.UnitExternalId"], ignoreOrder: true);
        e.Errors["Mapping.ExternalId"].ShouldBe([IdentityErrorCodes.ImportUnknownColumn]);
    }
}
