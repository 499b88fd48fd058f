using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Documents;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Tests.Application;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Documents;

/// <summary>
/// 004 §7.7: the commission's documents kept per academic year (1 September – 31 August), the signed-minutes
/// scan download, and another school's commission answering 404.
/// </summary>
public sealed class DocumentArchiveTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static IDocumentArchiveAppService Archive(IServiceProvider sp) => sp.GetRequiredService<IDocumentArchiveAppService>();

    private static byte[] Pdf(string marker) => TestFiles.Pdf(marker);

    private static UploadFileInput Upload(string name, byte[] bytes, int version) =>
        new() { FileName = name, Content = new MemoryStream(bytes), Version = version };

    private static async Task<byte[]> ReadAsync(FileDownload f)
    {
        await using var s = f.Content;
        using var ms = new MemoryStream();
        await s.CopyToAsync(ms);
        return ms.ToArray();
    }

    /// <summary>A commission (order of 10 January 2026) with meetings on 31 August and 1 September 2026, each with a material, both held.</summary>
    private static async Task<(CommissionDto Commission, MeetingDto August, MeetingDto September, Guid EvidenceId)> TwoYearsAsync(TestApp app)
    {
        app.Clock.UtcNow = new DateTime(2026, 9, 10, 5, 0, 0, DateTimeKind.Utc);
        // The archive also lists the school's readiness evidence: the demo library goes, so the years are this test's own.
        foreach (var sql in new[]
                 { "DELETE FROM ea_sa_evidence_links", "UPDATE ea_ranking_entries SET evidence_id = NULL", "DELETE FROM ea_evidence_documents" })
            await app.QueryAsync(db => db.InUnitOfWorkAsync(() => db.ExecuteAsync(sql)));
        var (c, members) = await app.CommissionWithAsync(3);
        var version = (await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).GetAsync(c.Id))).Version;
        await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).UploadOrderAsync(c.Id, Upload("order-45.pdf", Pdf("order"), version)));

        var august = await app.MeetingAsync(c.Id, new DateOnly(2026, 8, 31));
        var september = await app.MeetingAsync(c.Id, new DateOnly(2026, 9, 1));
        foreach (var (m, name) in new[] { (august, "agenda-august.pdf"), (september, "agenda-september.pdf") })
        {
            var v = await app.VersionAsync(m.Id);
            await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).UploadMaterialAsync(m.Id, null, Upload(name, Pdf(name), v)));
        }
        await app.AttendAsync(september.Id, members, 3);
        var d = await app.DecisionAsync(september.Id, "Approve the autumn monitoring schedule");
        d = await app.VoteAsync(september.Id, d.Id, Qc.Split(members, 3));
        var evidence = await app.AsAsync("dean.sitis", sp =>
            Qc.Register(sp).AddEvidenceAsync(d.Id, "Schedule published", Upload("schedule.pdf", Pdf("evidence"), 0)));
        foreach (var m in new[] { august, september })
        {
            var v = await app.VersionAsync(m.Id);
            await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).CloseAsync(m.Id, v));
        }
        return (c, august, september, evidence.Id);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetDocuments_Should_PlaceEachDocumentInItsAcademicYear_When_Dated31AugustAnd1September(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, august, september, evidenceId) = await TwoYearsAsync(app);

        var all = await app.AsAsync("dean.sitis", sp => Archive(sp).GetDocumentsAsync(c.Id, new DocumentFilter()));
        all.Years.ShouldBe([2026, 2025]);
        all.Documents.Count.ShouldBe(all.Documents.Count(d => d.AcademicYear is 2025 or 2026));

        var y2025 = await app.AsAsync("dean.sitis", sp => Archive(sp).GetDocumentsAsync(c.Id, new DocumentFilter { AcademicYear = 2025 }));
        y2025.Documents.Select(d => d.Kind).Order().ShouldBe([DocumentKind.Order, DocumentKind.Material, DocumentKind.Minutes]);
        y2025.Documents.Single(d => d.Kind == DocumentKind.Material).FileName.ShouldBe("agenda-august.pdf");
        y2025.Documents.Single(d => d.Kind == DocumentKind.Minutes).Id.ShouldBe(august.Id);
        y2025.Documents.Single(d => d.Kind == DocumentKind.Order).Date.ShouldBe(new DateOnly(2026, 1, 10));

        var y2026 = await app.AsAsync("dean.sitis", sp => Archive(sp).GetDocumentsAsync(c.Id, new DocumentFilter { AcademicYear = 2026 }));
        y2026.Documents.Select(d => d.Kind).Order().ShouldBe([DocumentKind.Material, DocumentKind.Minutes, DocumentKind.ExecutionEvidence]);
        y2026.Documents.Single(d => d.Kind == DocumentKind.Material).FileName.ShouldBe("agenda-september.pdf");
        y2026.Documents.Single(d => d.Kind == DocumentKind.Minutes).Id.ShouldBe(september.Id);
        y2026.Documents.Single(d => d.Kind == DocumentKind.ExecutionEvidence).Id.ShouldBe(evidenceId);
        all.Documents.Count.ShouldBe(y2025.Documents.Count + y2026.Documents.Count);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetDocuments_Should_ListOnlyTheKindAndTitleAsked_When_Filtered(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, _, _, evidenceId) = await TwoYearsAsync(app);

        var materials = await app.AsAsync("dean.sitis", sp =>
            Archive(sp).GetDocumentsAsync(c.Id, new DocumentFilter { Kind = DocumentKind.Material }));
        materials.Documents.Select(d => d.FileName).ShouldBe(["agenda-september.pdf", "agenda-august.pdf"]); // newest first
        materials.Years.ShouldBe([2026, 2025]); // the years stay the whole archive's, for the year picker

        var both = await app.AsAsync("dean.sitis", sp =>
            Archive(sp).GetDocumentsAsync(c.Id, new DocumentFilter { Kind = DocumentKind.Material, AcademicYear = 2025 }));
        both.Documents.Single().FileName.ShouldBe("agenda-august.pdf");

        var search = await app.AsAsync("dean.sitis", sp => Archive(sp).GetDocumentsAsync(c.Id, new DocumentFilter { Search = "AUTUMN monitoring" }));
        search.Documents.Single().Kind.ShouldBe(DocumentKind.ExecutionEvidence);

        // Every listed file downloads through its kind's method, bytes as uploaded.
        var material = materials.Documents[1];
        (await app.AsAsync("dean.sitis", async sp => await ReadAsync(await Qc.Meetings(sp).DownloadMaterialAsync(material.Id))))
            .ShouldBe(Pdf("agenda-august.pdf"));
        (await app.AsAsync("dean.sitis", async sp =>
            await ReadAsync(await Qc.Register(sp).DownloadEvidenceAsync(evidenceId)))).ShouldBe(Pdf("evidence"));
        (await app.AsAsync("dean.sitis", async sp => await ReadAsync(await Qc.Commissions(sp).DownloadOrderAsync(c.Id)))).ShouldBe(Pdf("order"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetDocuments_Should_AnswerNotFound_When_CommissionOfAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, _, september, evidenceId) = await TwoYearsAsync(app);

        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("teacher3", sp => Archive(sp).GetDocumentsAsync(c.Id, new DocumentFilter())));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Qc.Register(sp).DownloadEvidenceAsync(evidenceId)));
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("dean.sitis", sp => Archive(sp).GetDocumentsAsync(Guid.NewGuid(), new DocumentFilter())));
        (await app.AsAsync("aqd", sp => Archive(sp).GetDocumentsAsync(c.Id, new DocumentFilter()))).Documents.ShouldNotBeEmpty();
            // the university-wide scope sees it
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task DownloadSignedScan_Should_ReturnTheUploadedBytes_When_ScanUploaded(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, august, _, _) = await TwoYearsAsync(app);
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).DownloadSignedScanAsync(august.Id)));

        var bytes = Pdf("signed by the chair and the secretary");
        var v = await app.VersionAsync(august.Id);
        await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).UploadSignedScanAsync(august.Id, Upload("minutes-1-2026-signed.pdf", bytes, v)));

        var file = await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).DownloadSignedScanAsync(august.Id));
        file.FileName.ShouldBe("minutes-1-2026-signed.pdf");
        file.ContentType.ShouldBe("application/pdf");
        (await ReadAsync(file)).ShouldBe(bytes);
        var listed = await app.AsAsync("dean.sitis", sp =>
            Archive(sp).GetDocumentsAsync(c.Id, new DocumentFilter { Kind = DocumentKind.SignedMinutes }));
        listed.Documents.Single().AcademicYear.ShouldBe(2025);
        listed.Documents.Single().Id.ShouldBe(august.Id);

        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Qc.Meetings(sp).DownloadSignedScanAsync(august.Id)));
    }
}
