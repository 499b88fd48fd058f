using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Register;
using Ektu.Qa.QaCommission.Reports;
using Ektu.Qa.QaCommission.Tests.Application;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Reports;

/// <summary>
/// The analytical report on the demo data: the demo commission of SITIS held one meeting 28 days before "today" with two
/// decisions, the first past its deadline 3 days ago.
/// </summary>
public sealed class SemiAnnualReportTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static ISemiAnnualReportAppService Reports(IServiceProvider sp) => sp.GetRequiredService<ISemiAnnualReportAppService>();

    private static Task<CommissionDto> DemoCommissionAsync(TestApp app) =>
        app.AsAsync("dean.sitis", async sp => (await Reports(sp).GetReportableAsync()).Single(c => c.State == CommissionState.Active));

    private static SemiAnnualReportInput Input(Guid id, SemiAnnualKind kind, MinutesLanguage language = MinutesLanguage.Ru) =>
        new() { CommissionId = id, AcademicYear = 2025, Kind = kind, Language = language };

    private static async Task<string> DocxAsync(TestApp app, SemiAnnualReportInput input)
    {
        var file = await app.AsAsync("dean.sitis", sp => Reports(sp).GetDocumentAsync(input));
        await using (file.Content) return Xlsx.DocxText(file.Content);
    }

    private static async Task<List<string[]>> AnnexAsync(TestApp app, SemiAnnualReportInput input)
    {
        var file = await app.AsAsync("dean.sitis", sp => Reports(sp).GetAnnexAsync(input));
        await using (file.Content) return Xlsx.Rows(file.Content);
    }

    private static string Figure(List<string[]> annex, string item) => annex.Single(r => r.Length > 3 && r[1] == item)[3];

    [Theory, MemberData(nameof(Providers))]
    public async Task GetDocumentAsync_Should_Include31JanuaryMeetingInInterim_When_MeetingFallsOnPeriodEnd(string provider)
    {
        // Today 28 Feb 2026: the demo meeting is on 31 January, the interim period's last day.
        await using var app = await TestApp.StartAsync(provider, now: new DateTime(2026, 2, 28, 6, 0, 0, DateTimeKind.Utc));
        var c = await DemoCommissionAsync(app);
        var text = await DocxAsync(app, Input(c.Id, SemiAnnualKind.Interim));
        text.ShouldContain("Аналитический отчёт");
        text.ShouldContain("Проведено заседаний: 1;");
        text.ShouldContain("01.09.2025 – 31.01.2026");
        (await AnnexAsync(app, Input(c.Id, SemiAnnualKind.Interim)))[0].ShouldBe(["Раздел", "Показатель", "Дата", "Значение", "Подробности"]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetAnnexAsync_Should_Exclude1FebruaryMeetingFromInterimButNotFinal_When_MeetingFallsAfterSemester(string provider)
    {
        // Today 1 Mar 2026: the demo meeting is on 1 February — after the interim period, inside the final one.
        await using var app = await TestApp.StartAsync(provider, now: new DateTime(2026, 3, 1, 6, 0, 0, DateTimeKind.Utc));
        var c = await DemoCommissionAsync(app);
        var interim = await AnnexAsync(app, Input(c.Id, SemiAnnualKind.Interim));
        Figure(interim, "Проведено заседаний").ShouldBe("0");
        interim.ShouldContain(r => r[0] == "Риски" && r[1] == "За период не проведено ни одного заседания.");

        var final = await AnnexAsync(app, Input(c.Id, SemiAnnualKind.Final));
        Figure(final, "Проведено заседаний").ShouldBe("1");
        var register = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IDecisionRegisterAppService>().GetRegisterAsync(c.Id));
        Figure(final, "Принято решений").ShouldBe(register.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The first demo decision's deadline (3 days before 1 March) has passed: overdue, a risk with its CAPA proposal.
        var overdue = register.Count(e => e.IsOverdue);
        overdue.ShouldBeGreaterThan(0);
        Figure(final, "Просрочено решений").ShouldBe(overdue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var risk = final.Single(r => r[0] == "Риски" && r[1].StartsWith("Просрочено", StringComparison.Ordinal));
        risk[4].ShouldStartWith("Рассмотреть");
        final.Count(r => r[0] == "Решения и их исполнение").ShouldBe(register.Count);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetDocumentAsync_Should_WriteKazakh_When_KazakhChosen(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await DemoCommissionAsync(app);
        var kk = await DocxAsync(app, Input(c.Id, SemiAnnualKind.Final, MinutesLanguage.Kk));
        kk.ShouldContain("Талдамалық есеп");
        kk.ShouldContain("Күшті жақтары");
        kk.ShouldNotContain("Аналитический отчёт");
        var annex = await AnnexAsync(app, Input(c.Id, SemiAnnualKind.Final, MinutesLanguage.Kk));
        annex[0][0].ShouldBe("Бөлім");
        Figure(annex, "Өткізілген отырыстар").ShouldBe("1");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SendAsync_Should_MailBothFilesToSchoolRoleHoldersAndRecordReport_When_DeanSends(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await DemoCommissionAsync(app);
        var sent = await app.AsAsync("dean.sitis", sp => Reports(sp).SendAsync(Input(c.Id, SemiAnnualKind.Final, MinutesLanguage.Kk)));
        sent.Recipients.ShouldBeGreaterThanOrEqualTo(2);
        sent.DocxChecksum.Length.ShouldBe(64);

        var mails = await app.QueryAsync(db => db.QueryAsync<MailRow>("SELECT id, to_addresses AS ToAddresses, subject FROM k_mail_outbox"));
        var mail = mails.Single(m => m.Subject.Contains("талдамалық есебі", StringComparison.Ordinal));
        mail.ToAddresses.ShouldContain("dean.sitis@ektu.kz");
        mail.ToAddresses.ShouldContain("aqd@ektu.kz");
        var files = await app.QueryAsync(db =>
            db.QueryAsync<string>("SELECT file_name FROM k_mail_attachments WHERE mail_id = @id ORDER BY position", new { id = mail.Id }));
        files.ShouldBe(["qa-report-2025-2026-final-kk.docx", "qa-report-2025-2026-final-kk-annex.xlsx"]);
        var sizes = await app.QueryAsync(db =>
            db.QueryAsync<byte[]>("SELECT content FROM k_mail_attachments WHERE mail_id = @id ORDER BY position", new { id = mail.Id }));
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(sizes[0])).ShouldBe(sent.DocxChecksum);
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(sizes[1])).ShouldBe(sent.XlsxChecksum);

        // The files are kept as sent: downloaded later they are the same bytes, not a report generated again.
        foreach (var (annex, checksum) in new[] { (false, sent.DocxChecksum), (true, sent.XlsxChecksum) })
        {
            var kept = await app.AsAsync("dean.sitis", sp => Reports(sp).DownloadSentAsync(sent.Id, annex));
            using var copy = new MemoryStream();
            await using (kept.Content) await kept.Content.CopyToAsync(copy);
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(copy.ToArray())).ShouldBe(checksum);
            kept.FileName.ShouldBe(annex ? "qa-report-2025-2026-final-kk-annex.xlsx" : "qa-report-2025-2026-final-kk.docx");
        }
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Reports(sp).DownloadSentAsync(sent.Id, false)));

        var history = await app.AsAsync("dean.sitis", sp => Reports(sp).GetHistoryAsync(c.Id));
        history.Single().Id.ShouldBe(sent.Id);
        history.Single().Kind.ShouldBe(SemiAnnualKind.Final);
        (await app.QueryAsync(db =>
            db.QueryAsync<string>("SELECT action FROM k_audit_log WHERE entity = 'QcReport' AND entity_id = @id", new { id = sent.Id.ToString() })))
            .ShouldBe(["Sent"]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetDocumentAsync_Should_AllowChairAndHideFromOthers_When_CallerIsNotPermitted(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await DemoCommissionAsync(app);
        // teacher1 chairs the demo commission: an officer may prepare the report without the Reports permission.
        var file = await app.AsAsync("teacher1", sp => Reports(sp).GetDocumentAsync(Input(c.Id, SemiAnnualKind.Final)));
        await using (file.Content) Xlsx.DocxText(file.Content).ShouldContain("Аналитический отчёт");
        (await app.AsAsync("teacher1", sp => Reports(sp).GetReportableAsync())).Select(x => x.Id).ShouldContain(c.Id);
        // teacher3 is neither a member nor in the school's scope: the commission does not exist for them.
        await Should.ThrowAsync<EntityNotFoundException>(() =>
            app.AsAsync("teacher3", sp => Reports(sp).GetDocumentAsync(Input(c.Id, SemiAnnualKind.Final))));
        (await app.AsAsync("teacher3", sp => Reports(sp).GetReportableAsync())).ShouldBeEmpty();
        var bad = await Should.ThrowAsync<ValidationException>(() =>
            app.AsAsync("dean.sitis", sp => Reports(sp).GetDocumentAsync(new SemiAnnualReportInput { CommissionId = c.Id, AcademicYear = 1999 })));
        bad.Errors.Keys.ShouldContain("AcademicYear");
    }

    private sealed class MailRow
    {
        public Guid Id { get; init; }
        public string ToAddresses { get; init; } = "";
        public string Subject { get; init; } = "";
    }
}
