using Ektu.Qa.Improvement.Appeals;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Related;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

/// <summary>
/// The appeals and commission checks about a programme, each cut by its own module's right and scope: the dean of its school
/// and the quality department see them, a school council without those rights gets 403, another school's staff 404.
/// </summary>
public sealed class ProgrammeRelatedTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static IProgrammeRelatedAppService Related(IServiceProvider sp) => sp.GetRequiredService<IProgrammeRelatedAppService>();

    /// <summary>An appeal and a check about B057, and an appeal and a check about M094 that must not show on B057's lists.</summary>
    internal static async Task<(Guid Programme, Guid Appeal, Guid Check, Guid OtherCheck)> SeedAsync(TestApp app)
    {
        var it = await app.ProgrammeIdAsync("B057");
        var master = await app.ProgrammeIdAsync("M094");
        var unit = await app.UnitAsync("SITIS-CS");
        var sitis = await app.UnitAsync("SITIS");
        Task<AppealDto> Appeal(Guid programme) => app.AsAsync("teacher1", sp => sp.GetRequiredService<IAppealAppService>().SubmitAsync(
            new SubmitAppealInput
            {
                ApplicantKind = ApplicantKind.Student, Kind = AppealKind.Individual, Formality = AppealFormality.Formal, Subject = "Grading",
                Text = "The grading rules differ from the syllabus", UnitId = unit, ProgrammeId = programme,
            }));
        var commission = (await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<ICommissionAppService>().GetListAsync()))
            .Single(c => c.SchoolUnitId == sitis && c.State == CommissionState.Active).Id;
        Task<MonitoringEventDto> Check(Guid programme) => app.AsAsync("dean.sitis", sp => sp.GetRequiredService<IPlanAppService>()
            .AddEventAsync(commission, new SaveMonitoringEventInput
            {
                ProgrammeId = programme, Title = "Assessment criteria check", Responsible = "Secretary",
                StartsOn = new DateOnly(2026, 3, 2), EndsOn = new DateOnly(2026, 3, 13),
            }));
        var appeal = await Appeal(it);
        await Appeal(master);
        var check = await Check(it);
        var other = await Check(master);
        return (it, appeal.Id, check.Id, other.Id);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetAppealsAndChecks_Should_ListThemForDeanAndQualityDepartment_When_TheyNameTheProgramme(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (it, appeal, check, other) = await SeedAsync(app);
        foreach (var user in new[] { "dean.sitis", "aqd" })
        {
            (await app.AsAsync(user, sp => Related(sp).GetAppealsAsync(it))).Select(a => a.Id).ShouldBe([appeal], user);
            // The demo commission's calendar holds two checks of B057 already.
            var checks = (await app.AsAsync(user, sp => Related(sp).GetChecksAsync(it))).Select(c => c.Id).ToList();
            checks.ShouldContain(check, user);
            checks.ShouldNotContain(other, user);
            checks.Count.ShouldBe(3, user);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetAppealsAndChecks_Should_Refuse_When_TheCallerLacksTheRightOrTheProgramme(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (it, _, _, _) = await SeedAsync(app);
        // The school council reads SITIS's programmes but holds neither Improvement's nor QaCommission's right.
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("council.sitis", sp => Related(sp).GetAppealsAsync(it)))).Status.ShouldBe(403);
        (await Should.ThrowAsync<QaException>(() => app.AsAsync("council.sitis", sp => Related(sp).GetChecksAsync(it)))).Status.ShouldBe(403);
        // SEM's staff do not see SITIS's programme at all.
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Related(sp).GetAppealsAsync(it)));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Related(sp).GetChecksAsync(it)));
        // A programme no appeal names answers an empty list, not a refusal.
        var mining = await app.ProgrammeIdAsync("B071");
        (await app.AsAsync("aqd", sp => Related(sp).GetAppealsAsync(mining))).ShouldBeEmpty();
    }
}
