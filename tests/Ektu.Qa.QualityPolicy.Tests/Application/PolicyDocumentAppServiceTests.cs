using System.Security.Cryptography;
using System.Text;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy.Tests.Application;

public sealed class PolicyDocumentAppServiceTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UploadEdition_Should_StoreFileWithSha256_When_ContentIsPdf(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        await using var scope = app.Services.CreateAsyncScope();
        var files = scope.ServiceProvider.GetRequiredService<FileStore>();
        var before = await files.CountAsync();

        var edition = await app.UploadAsync(doc.Id, Steps.Pdf);

        edition.Number.ShouldBe(1);
        edition.State.ShouldBe(DocumentState.Draft);
        edition.ContentType.ShouldBe("application/pdf");
        edition.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Steps.Pdf)));
        (await files.CountAsync()).ShouldBe(before + 1);
        var download = await app.AsAsync("aqd", sp => Steps.Docs(sp).DownloadAsync(edition.Id));
        await using (download.Content)
        {
            using var ms = new MemoryStream();
            await download.Content.CopyToAsync(ms);
            ms.ToArray().ShouldBe(Steps.Pdf);
        }
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UploadEdition_Should_RejectAndStoreNothing_When_ExecutableRenamedPdf(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        await using var scope = app.Services.CreateAsyncScope();
        var files = scope.ServiceProvider.GetRequiredService<FileStore>();
        var before = await files.CountAsync();
        var exe = Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0This program cannot be run in DOS mode.");

        var e = await Should.ThrowAsync<ValidationException>(() => app.UploadAsync(doc.Id, exe, "policy.pdf"));

        e.Errors["File"].ShouldBe([ErrorCodes.FileTypeNotAllowed]);
        (await files.CountAsync()).ShouldBe(before);
        (await app.QueryAsync(db =>
            db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_document_editions WHERE document_id = @id", new { id = doc.Id }))).ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UploadEdition_Should_RejectAndStoreNothing_When_ZipBombOrPdfPolyglot(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        await using var scope = app.Services.CreateAsyncScope();
        var files = scope.ServiceProvider.GetRequiredService<FileStore>();
        var before = await files.CountAsync();

        var bomb = await Should.ThrowAsync<ValidationException>(() =>
            app.UploadAsync(doc.Id, TestFiles.ZipBombDocx(50L * 1024 * 1024), "policy.docx"));
        bomb.Errors["File"].ShouldBe([ErrorCodes.FileUnpacksTooLarge]);
        var polyglot = await Should.ThrowAsync<ValidationException>(() => app.UploadAsync(doc.Id, TestFiles.PdfElfPolyglot(), "policy.pdf"));
        polyglot.Errors["File"].ShouldBe([ErrorCodes.FileDamaged]);

        (await files.CountAsync()).ShouldBe(before);
        (await app.QueryAsync(db =>
            db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_document_editions WHERE document_id = @id", new { id = doc.Id }))).ShouldBe(0);
        (await app.UploadAsync(doc.Id, TestFiles.Pdf("real"))).FileName.ShouldBe("policy.pdf");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UploadEdition_Should_Reject_When_FileTooLarge(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        var big = new byte[QualityPolicyConsts.DefaultMaxFileSizeBytes + 1];
        Steps.Pdf.CopyTo(big, 0);

        var e = await Should.ThrowAsync<ValidationException>(() => app.UploadAsync(doc.Id, big));

        e.Errors["File"].ShouldBe([ErrorCodes.FileTooLarge]);
        (await app.QueryAsync(db =>
            db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qp_document_editions WHERE document_id = @id", new { id = doc.Id }))).ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PutInForce_Should_SupersedePreviousEdition_When_NewEditionEnforced(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        var first = await app.EnforceAsync(doc.Id, new DateOnly(2026, 3, 2));
        first.ReviewDueOn.ShouldBe(new DateOnly(2029, 3, 2));

        app.Clock.Advance(TimeSpan.FromDays(30));
        var second = await app.EnforceAsync(doc.Id, new DateOnly(2026, 3, 30));

        second.State.ShouldBe(DocumentState.InForce);
        second.CurrentEdition.ShouldBe(2);
        second.ReviewDueOn.ShouldBe(new DateOnly(2029, 3, 30));
        var editions = await app.AsAsync("aqd", sp => Steps.Docs(sp).GetEditionsAsync(doc.Id));
        editions.Select(e => (e.Number, e.State)).ShouldBe([(1, DocumentState.Superseded), (2, DocumentState.InForce)]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Approve_Should_Throw_When_NoEditionUploaded(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));

        var e = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Steps.Docs(sp).ApproveAsync(doc.Id,
            new ApproveEditionInput { ApprovedOn = new DateOnly(2026, 3, 2), ApprovingBody = "Board", DecisionNumber = "1",
                Version = doc.Version })));

        e.Code.ShouldBe(QualityPolicyErrorCodes.FileRequired);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Cancel_Should_Throw_When_DocumentAlreadyCancelled(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        var cancelled = await app.AsAsync("aqd", sp => Steps.Docs(sp).CancelAsync(doc.Id, doc.Version));
        cancelled.State.ShouldBe(DocumentState.Cancelled);

        var e = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Steps.Docs(sp).CancelAsync(doc.Id, cancelled.Version)));

        e.Code.ShouldBe(QualityPolicyErrorCodes.InvalidTransition);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Update_Should_ThrowConcurrencyConflict_When_VersionStale(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        var input = Steps.Input(doc.OwnerUnitId);
        input.Version = doc.Version;
        input.TitleEn = "First change";
        await app.AsAsync("aqd", sp => Steps.Docs(sp).UpdateAsync(doc.Id, input));

        input.TitleEn = "Second change from a stale form";
        await Should.ThrowAsync<ConcurrencyConflictException>(() => app.AsAsync("aqd", sp => Steps.Docs(sp).UpdateAsync(doc.Id, input)));

        (await app.AsAsync("aqd", sp => Steps.Docs(sp).GetAsync(doc.Id))).TitleEn.ShouldBe("First change");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_ThrowNotFound_When_DocumentOwnedByAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SEM"), "SEM-T-01");
        var edition = await app.UploadAsync(doc.Id, Steps.Pdf);

        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Steps.Docs(sp).GetAsync(doc.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("dean.sitis", sp => Steps.Docs(sp).DownloadAsync(edition.Id)));
        var list = await app.AsAsync("dean.sitis", sp => Steps.Docs(sp).GetListAsync(new DocumentListInput { Search = "SEM-T" }));
        list.Total.ShouldBe(0);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_BeForbidden_When_CallerLacksManagePermission(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var sem = await app.UnitAsync("SEM");

        // The Dean holds no Manage permission: forbidden before any scope question.
        var forbidden = await Should.ThrowAsync<QaException>(() => app.CreateAsync(sem, "X-01", "dean.sitis"));
        forbidden.Status.ShouldBe(403);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_StoreTextLiterally_When_TitleLooksLikeScriptOrSql(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        const string script = "<script>alert('x')</script>";
        const string sql = "'; DROP TABLE qp_documents; --";
        var owner = await app.UnitAsync("SITIS");

        var doc = await app.AsAsync("aqd", sp => Steps.Docs(sp).CreateAsync(new SavePolicyDocumentInput
        {
            Code = "LIT-01", Type = DocumentType.Other, TitleKk = script, TitleRu = sql, TitleEn = "Қазақша әғқңөұүһі", OwnerUnitId = owner,
        }));

        var read = await app.AsAsync("aqd", sp => Steps.Docs(sp).GetAsync(doc.Id));
        read.TitleKk.ShouldBe(script);
        read.TitleRu.ShouldBe(sql);
        read.TitleEn.ShouldBe("Қазақша әғқңөұүһі");
        (await app.AsAsync("aqd", sp => Steps.Docs(sp).GetListAsync(new DocumentListInput { Search = "ҚАЗАҚША" }))).Total.ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetList_Should_MatchPercentAndUnderscoreLiterally_When_SearchHoldsThem(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var owner = await app.UnitAsync("SITIS");
        await app.AsAsync("aqd", sp => Steps.Docs(sp).CreateAsync(new SavePolicyDocumentInput
        {
            Code = "PCT-01", Type = DocumentType.Other, TitleKk = "Жоспар 100% орындалды", TitleRu = "План выполнен на 100%",
                TitleEn = "Plan 100% done", OwnerUnitId = owner,
        }));
        var all = (await app.AsAsync("aqd", sp => Steps.Docs(sp).GetListAsync(new DocumentListInput()))).Total;
        all.ShouldBeGreaterThan(1);

        var percent = await app.AsAsync("aqd", sp => Steps.Docs(sp).GetListAsync(new DocumentListInput { Search = "%" }));
        percent.Items.Select(d => d.Code).ShouldBe(["PCT-01"]);
        (await app.AsAsync("aqd", sp => Steps.Docs(sp).GetListAsync(new DocumentListInput { Search = "_" }))).Total.ShouldBe(0);
        (await app.AsAsync("aqd", sp => Steps.Docs(sp).GetListAsync(new DocumentListInput { Search = "PCT_01" }))).Total.ShouldBe(0);
        (await app.AsAsync("aqd", sp => Steps.Docs(sp).GetListAsync(new DocumentListInput { Search = "pct-01" }))).Total.ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Lifecycle_Should_WriteAuditRows_When_DocumentChanges(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        await app.EnforceAsync(doc.Id, new DateOnly(2026, 3, 2));
        await app.AsAsync("aqd", sp =>
            Steps.Docs(sp)
            .AddChangeAsync(doc.Id, new AddDocumentChangeInput { Pages = "3-4", Reason = "Law changed", ChangedOn = new DateOnly(2026, 3, 2) }));

        var actions = await app.QueryAsync(db => db.QueryAsync<string>(
            "SELECT action FROM k_audit_log WHERE entity = 'PolicyDocument' AND entity_id = @id ORDER BY occurred_at, action", new { id = doc.Id }));
        actions.ShouldBe(["Created", "EditionUploaded", "EditionApproved", "EditionInForce", "ChangeRegistered"], ignoreOrder: true);
        var users = await app.QueryAsync(db =>
            db.QueryAsync<string>("SELECT DISTINCT user_name FROM k_audit_log WHERE entity_id = @id", new { id = doc.Id }));
        users.ShouldBe(["aqd"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AddChange_Should_NumberRowsInOrder_When_Registered(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var doc = await app.CreateAsync(await app.UnitAsync("SITIS"));
        foreach (var reason in new[] { "First", "Second" })
            await app.AsAsync("aqd", sp =>
                Steps.Docs(sp)
                .AddChangeAsync(doc.Id, new AddDocumentChangeInput { Pages = "1", Reason = reason, ChangedOn = new DateOnly(2026, 3, 1) }));

        var rows = await app.AsAsync("aqd", sp => Steps.Docs(sp).GetChangesAsync(doc.Id));

        rows.Select(r => (r.ChangeNumber, r.Reason)).ShouldBe([(1, "First"), (2, "Second")]);
        rows[0].RegisteredBy.ShouldBe("aqd");
        rows[0].RegisteredOn.ShouldBe(new DateOnly(2026, 3, 2));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetOverdueReviews_Should_ListDemoAntiCorruptionPolicy_When_ReviewDatePassed(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var overdue = await app.AsAsync("aqd", sp => Steps.Docs(sp).GetOverdueReviewsAsync(1, 50));

        overdue.Items.Select(d => d.Code).ShouldContain("EKTU-ACP-01");
        overdue.Items.Select(d => d.Code).ShouldNotContain("EKTU-QP-01");
    }
}
