using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Plans;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>
/// Monitoring events planned on a programme of the register (the demo's SITIS commission; B057 and M094 of SITIS, B071 of
/// SEM): the commission's school bounds the choice and a closed or suspended programme takes no new check.
/// </summary>
public sealed class MonitoringEventProgrammeTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static IPlanAppService Plans(IServiceProvider sp) => sp.GetRequiredService<IPlanAppService>();

    internal static async Task<Guid> SitisCommissionAsync(TestApp app)
    {
        var sitis = await app.UnitAsync("SITIS");
        var list = await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).GetListAsync());
        return list.Single(c => c.SchoolUnitId == sitis && c.State == CommissionState.Active).Id;
    }

    private static SaveMonitoringEventInput Event(Guid? programmeId, string text = "") => new()
    {
        ProgrammeId = programmeId, Programme = text, Title = "Syllabi check", Responsible = "Secretary",
        StartsOn = new DateOnly(2026, 3, 2), EndsOn = new DateOnly(2026, 3, 6),
    };

    private static async Task<string[]> RefusalAsync(TestApp app, Guid commission, SaveMonitoringEventInput input, string field = "ProgrammeId") =>
        (await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Plans(sp).AddEventAsync(commission, input))))
            .Errors[field];

    private static Task SetStatusAsync(TestApp app, Guid programme, string status) => app.AsAsync("admin", sp =>
        sp.GetRequiredService<IDbSession>()
            .ExecuteAsync("UPDATE pm_programmes SET status = @status WHERE id = @programme", new { status, programme }));

    [Theory, MemberData(nameof(Providers))]
    public async Task AddEventAsync_Should_LinkTheProgramme_When_ItIsOfTheCommissionsSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var commission = await SitisCommissionAsync(app);
        var it = await app.ProgrammeIdAsync("B057");
        var e = await app.AsAsync("dean.sitis", sp => Plans(sp).AddEventAsync(commission, Event(it)));
        e.ProgrammeId.ShouldBe(it);
        e.Programme.ShouldBe("B057");
        // Free text alone still plans an event (a programme outside the register), and neither at all is refused.
        var text = await app.AsAsync("dean.sitis", sp => Plans(sp).AddEventAsync(commission, Event(null, "Joint programme with TPU")));
        text.ProgrammeId.ShouldBeNull();
        (await RefusalAsync(app, commission, Event(null), "Programme")).ShouldBe([ErrorCodes.Required]);
        var calendar = await app.AsAsync("dean.sitis", sp => Plans(sp).GetEventsAsync(commission));
        calendar.Single(x => x.Id == e.Id).ProgrammeId.ShouldBe(it);
        calendar.Single(x => x.Id == text.Id).Programme.ShouldBe("Joint programme with TPU");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AddEventAsync_Should_Refuse_When_TheProgrammeIsOfAnotherSchoolOrUnknown(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var commission = await SitisCommissionAsync(app);
        (await RefusalAsync(app, commission, Event(await app.ProgrammeIdAsync("B071")))).ShouldBe([WorkPlanErrorCodes.ProgrammeOtherSchool]);
        (await RefusalAsync(app, commission, Event(Guid.NewGuid()))).ShouldBe([WorkPlanErrorCodes.ProgrammeUnknown]);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AddEventAsync_Should_Refuse_When_TheProgrammeIsClosedOrSuspended(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var commission = await SitisCommissionAsync(app);
        var it = await app.ProgrammeIdAsync("B057");
        await SetStatusAsync(app, it, "Closed");
        (await RefusalAsync(app, commission, Event(it))).ShouldBe([WorkPlanErrorCodes.ProgrammeClosed]);
        await SetStatusAsync(app, it, "Suspended");
        (await RefusalAsync(app, commission, Event(it))).ShouldBe([WorkPlanErrorCodes.ProgrammeClosed]);
        // Approved again (the edge on the other side), and a draft programme: both take a check.
        await SetStatusAsync(app, it, "Approved");
        (await app.AsAsync("dean.sitis", sp => Plans(sp).AddEventAsync(commission, Event(it)))).ProgrammeId.ShouldBe(it);
        var draft = await app.ProgrammeIdAsync("M094");
        (await app.AsAsync("dean.sitis", sp => Plans(sp).AddEventAsync(commission, Event(draft)))).ProgrammeId.ShouldBe(draft);
    }
}
