using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>A planned meeting's date is corrected from the UI: bounded, guarded by its version, audited, closed once held.</summary>
public sealed class RescheduleTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(Providers))]
    public async Task Reschedule_Should_MoveDateAndAudit_When_MeetingIsPlanned(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, _) = await app.CommissionWithAsync(4);
        var meeting = await app.MeetingAsync(c.Id, Today.AddDays(10));

        var moved = await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).RescheduleAsync(meeting.Id,
            new RescheduleMeetingInput { MeetingDate = Today.AddDays(17), StartTime = "15:30", Version = meeting.Version }));

        (moved.MeetingDate, moved.StartTime).ShouldBe((Today.AddDays(17), "15:30"));
        moved.Version.ShouldBe(meeting.Version + 1);
        var actions = await app.QueryAsync(async s => (await s.QueryAsync<string>(
            "SELECT action FROM k_audit_log WHERE entity_id = @id", new { id = meeting.Id })).ToList());
        actions.ShouldContain("Rescheduled");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Reschedule_Should_Refuse_When_StaleVersionOrDateOutsideWindow(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, _) = await app.CommissionWithAsync(4);
        var meeting = await app.MeetingAsync(c.Id, Today.AddDays(10));
        Task<MeetingDto> Move(DateOnly? date, int version) => app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).RescheduleAsync(meeting.Id,
            new RescheduleMeetingInput { MeetingDate = date, Version = version }));

        foreach (var bad in new DateOnly?[] { new DateOnly(9999, 12, 31), new DateOnly(1, 1, 1), null })
            (await Should.ThrowAsync<ValidationException>(() => Move(bad, meeting.Version))).Errors.Keys.ShouldContain("MeetingDate");
        await Move(Today.AddDays(11), meeting.Version);
        // A second editor who opened the page before the first save.
        (await Should.ThrowAsync<QaException>(() => Move(Today.AddDays(12), meeting.Version))).Status.ShouldBe(409);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Reschedule_Should_Refuse_When_MeetingHasTakenPlace(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(4);
        var meeting = await app.MeetingAsync(c.Id, Today);
        await app.AttendAsync(meeting.Id, members, 4);
        await app.DecisionAsync(meeting.Id);
        var version = await app.VersionAsync(meeting.Id);

        var refused = await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).RescheduleAsync(meeting.Id,
            new RescheduleMeetingInput { MeetingDate = Today.AddDays(7), Version = version })));
        refused.Code.ShouldBe(QaCommissionErrorCodes.MeetingLocked);
    }
}
