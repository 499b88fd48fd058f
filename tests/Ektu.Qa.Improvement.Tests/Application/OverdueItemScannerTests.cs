using Ektu.Qa.Improvement.Overdue;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Tests.Application;
using Ektu.Qa.Improvement.Tests.Capa;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Tests.Application;

/// <summary>The daily overdue scan with a fake clock: nothing on the deadline day, one notice the day after, none again.</summary>
public sealed class OverdueItemScannerTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static Task ScanAsync(TestApp app, DateOnly day)
    {
        app.Clock.UtcNow = day.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
        return app.AsAsync("admin", sp => sp.GetRequiredService<OverdueItemScanner>().ScanAsync("system", CancellationToken.None));
    }

    private static Task<int> NoticesAsync(TestApp app, Guid userId, string titleKey, Guid itemId) => app.QueryAsync(db => db.ExecuteScalarAsync<int>(
        "SELECT COUNT(*) FROM k_notifications WHERE user_id = @userId AND title_key = @titleKey AND link LIKE @link",
        new { userId, titleKey, link = "%" + itemId + "%" }));

    [Theory, MemberData(nameof(Providers))]
    public async Task ScanAsync_Should_NotifyCapaOwnerOnce_When_DeadlinePassed(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var item = await CapaAppServiceTests.NewItemAsync(app);
        var owner = await app.UserIdAsync("teacher1");
        item.Deadline.ShouldBe(new DateOnly(2026, 4, 30));

        await ScanAsync(app, item.Deadline);
        (await NoticesAsync(app, owner, "Improvement:Overdue.Capa", item.Id)).ShouldBe(0);
        await ScanAsync(app, item.Deadline.AddDays(1));
        (await NoticesAsync(app, owner, "Improvement:Overdue.Capa", item.Id)).ShouldBe(1);
        await ScanAsync(app, item.Deadline.AddDays(2));
        (await NoticesAsync(app, owner, "Improvement:Overdue.Capa", item.Id)).ShouldBe(1);

        var mails = await app.QueryAsync(db => db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM k_mail_outbox WHERE text_body LIKE @p",
            new { p = "%Syllabi lack assessment criteria%" }));
        mails.ShouldBe(1);
        (await app.QueryAsync(db =>
            db.QueryAsync<string>("SELECT action FROM k_audit_log WHERE entity = 'CapaItem' AND entity_id = @id AND action = 'OverdueNotified'",
            new { id = item.Id.ToString() })))
            .Count.ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ScanAsync_Should_NotifyOnceAfterMissedEffectivenessCheck_When_ImplementedItemIsNotChecked(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var item = await CapaAppServiceTests.NewItemAsync(app, checkAfterDays: 30);
        var started = await app.AsAsync("teacher1", sp => CapaAppServiceTests.Capa(sp).MoveAsync(item.Id,
            new CapaTransitionInput { Target = CapaState.InProgress, Version = item.Version }));
        var done = await app.AsAsync("teacher1", sp => CapaAppServiceTests.Capa(sp).MoveAsync(item.Id,
            new CapaTransitionInput { Target = CapaState.Implemented, Version = started.Version }));
        var due = done.CheckDueOn!.Value;
        var owner = await app.UserIdAsync("teacher1");

        await ScanAsync(app, due);
        (await NoticesAsync(app, owner, "Improvement:Overdue.CapaCheck", item.Id)).ShouldBe(0);
        await ScanAsync(app, due.AddDays(1));
        (await NoticesAsync(app, owner, "Improvement:Overdue.CapaCheck", item.Id)).ShouldBe(1);
        await ScanAsync(app, due.AddDays(2));
        (await NoticesAsync(app, owner, "Improvement:Overdue.CapaCheck", item.Id)).ShouldBe(1);
        (await NoticesAsync(app, owner, "Improvement:Overdue.Capa", item.Id)).ShouldBe(0);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ScanAsync_Should_NotifyLevelHandlerOnce_When_AppealPassesItsTerm(string provider)
    {
        await using var app = await TestApp.StartAsync(provider, now: new DateTime(2026, 4, 6, 6, 0, 0, DateTimeKind.Utc));
        var unit = await app.UnitAsync("SITIS-CS");
        var appeal = await app.AsAsync("teacher1", sp => sp.GetRequiredService<IAppealAppService>().SubmitAsync(new SubmitAppealInput
        {
            ApplicantKind = ApplicantKind.Staff, Kind = AppealKind.Individual, Formality = AppealFormality.Formal, Subject = "Exam schedule",
            Text = "Two exams on one day", UnitId = unit,
        }));
        appeal.Level.ShouldBe(AppealLevel.Department);
        var head = await app.UserIdAsync("head.cs");

        await ScanAsync(app, appeal.DueOn);
        (await NoticesAsync(app, head, "Improvement:Overdue.Appeal", appeal.Id)).ShouldBe(0);
        await ScanAsync(app, appeal.DueOn.AddDays(1));
        (await NoticesAsync(app, head, "Improvement:Overdue.Appeal", appeal.Id)).ShouldBe(1);
        await ScanAsync(app, appeal.DueOn.AddDays(2));
        (await NoticesAsync(app, head, "Improvement:Overdue.Appeal", appeal.Id)).ShouldBe(1);
        // The applicant is not the handler.
        (await NoticesAsync(app, await app.UserIdAsync("teacher1"), "Improvement:Overdue.Appeal", appeal.Id)).ShouldBe(0);
    }
}
