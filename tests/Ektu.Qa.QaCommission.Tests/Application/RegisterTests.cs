using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Register;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>004 §7.4–7.5: quarterly status requests and the non-execution ladder.</summary>
public sealed class RegisterTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static async Task<(Guid CommissionId, List<DecisionDto> Decisions)> AdoptedAsync(TestApp app, Guid executor, int count)
    {
        var (c, members) = await app.CommissionWithAsync(3);
        var meeting = await app.MeetingAsync(c.Id, new DateOnly(2026, 3, 2));
        await app.AttendAsync(meeting.Id, members, 3);
        var list = new List<DecisionDto>();
        for (var i = 0; i < count; i++)
        {
            var d = await app.DecisionAsync(meeting.Id, "Decision " + i, executor, new DateOnly(2026, 3, 20));
            list.Add(await app.VoteAsync(meeting.Id, d.Id, Qc.Split(members, 3)));
        }
        return (c.Id, list);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GenerateQuarterlyRequests_Should_CreateOnePerOpenDecision_When_RunTwice(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var executor = await app.UserIdAsync("teacher1");
        var (cid, decisions) = await AdoptedAsync(app, executor, 2);
        var first = decisions[0];
        await app.AsAsync("dean.sitis", sp => Qc.Register(sp).UpdateAsync(first.Id, new UpdateRegisterEntryInput
        { ExecutorUserId = executor, Deadline = first.Deadline, ReportForm = first.ReportForm, Status = ExecutionStatus.Executed,
            ExecutionNote = "Done", Version = first.Version }));

        var bad = await Should.ThrowAsync<ValidationException>(() =>
            app.AsAsync("dean.sitis", sp => Qc.Register(sp).GenerateQuarterlyRequestsAsync(new DateOnly(2026, 3, 30))));
        bad.Errors.Keys.ShouldContain("QuarterEnd");
        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GenerateQuarterlyRequestsAsync(new DateOnly(2026, 3, 31)))).ShouldBe(1);
        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GenerateQuarterlyRequestsAsync(new DateOnly(2026, 3, 31)))).ShouldBe(0);

        var mine = await app.AsAsync("teacher1", sp => Qc.Register(sp).GetMyRequestsAsync());
        mine.Single().DecisionId.ShouldBe(decisions[1].Id);
        var answered = await app.AsAsync("teacher1", sp => Qc.Register(sp).RespondAsync(mine[0].Id, "Half of the syllabi updated", mine[0].Version));
        answered.RespondedBy.ShouldBe("teacher1");
        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GetRequestsAsync(cid))).Single().Response.ShouldBe("Half of the syllabi updated");
        (await app.AsAsync("teacher1", sp => Qc.Register(sp).GetMyNoticesAsync())).ShouldContain(n => n.Kind == "StatusRequest");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RecordViolation_Should_ClimbLadder_When_ExecutorRepeats(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var executor = await app.UserIdAsync("teacher1");
        var (_, decisions) = await AdoptedAsync(app, executor, 2);
        app.Clock.UtcNow = new DateTime(2026, 3, 25, 6, 0, 0, DateTimeKind.Utc);

        // Both decisions are past their deadline: the scan records one Late violation each, once.
        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).ScanOverdueAsync())).ShouldBe(2);
        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).ScanOverdueAsync())).ShouldBe(0);
        var steps =
            (await app.AsAsync("dean.sitis", async sp =>
            (await Qc.Register(sp).GetViolationsAsync(decisions[0].Id)).Concat(await Qc.Register(sp).GetViolationsAsync(decisions[1].Id)).ToList()))
            .OrderBy(v => v.Occurrence).Select(v => v.Step).ToList();
        steps.ShouldBe([LadderStep.Notice, LadderStep.DeanInformed]);

        var third = await app.AsAsync("dean.sitis", sp =>
            Qc.Register(sp).RecordViolationAsync(decisions[0].Id, ViolationKind.Poor, "Syllabi updated without the criteria"));
        third.Step.ShouldBe(LadderStep.OfficialInquiry);
        third.Occurrence.ShouldBe(3);

        var notices = await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GetMyNoticesAsync());
        notices.ShouldContain(n => n.Kind == "Violation.DeanInformed");
        notices.ShouldContain(n => n.Kind == "Violation.OfficialInquiry");
        (await app.AsAsync("teacher1", sp => Qc.Register(sp).GetMyNoticesAsync())).Count(n => n.Kind == "Violation.Notice").ShouldBe(3);

        var inquiry = await app.AsAsync("dean.sitis", sp =>
            Qc.Register(sp).RecordInquiryAsync(third.Id, "15-қ", new DateOnly(2026, 3, 25), third.Version));
        inquiry.InquiryOrderNumber.ShouldBe("15-қ");
        var first = (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GetViolationsAsync(decisions[0].Id)))
            .First(v => v.Step == LadderStep.Notice || v.Step == LadderStep.DeanInformed);
        var notDue = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("dean.sitis", sp => Qc.Register(sp).RecordInquiryAsync(first.Id, "16-қ", new DateOnly(2026, 3, 25), first.Version)));
        notDue.Code.ShouldBe(QaCommissionErrorCodes.InquiryNotDue);

        var register = await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GetRegisterAsync(decisions[0].CommissionId, overdueOnly: true));
        register.Count.ShouldBe(2);
        register.Single(r => r.Decision.Id == decisions[0].Id).LastStep.ShouldBe(LadderStep.OfficialInquiry);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task BulkFollowUp_Should_TouchOnlyTheCallersSchool_When_RunByADean(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (sitis, _) = await AdoptedAsync(app, await app.UserIdAsync("teacher1"), 1);
        var sem = await OtherSchoolDecisionAsync(app, "SEM", await app.UserIdAsync("teacher3"));
        app.Clock.UtcNow = new DateTime(2026, 3, 25, 6, 0, 0, DateTimeKind.Utc);

        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).ScanOverdueAsync())).ShouldBe(1);
        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GenerateQuarterlyRequestsAsync(new DateOnly(2026, 3, 31)))).ShouldBe(1);
        (await app.AsAsync("admin", sp => Qc.Register(sp).GetViolationsAsync(sem.Id))).ShouldBeEmpty();
        (await app.AsAsync("admin", sp => Qc.Register(sp).GetRequestsAsync(sem.CommissionId))).ShouldBeEmpty();
        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GetRequestsAsync(sitis))).Count.ShouldBe(1);

        // University-wide scope reaches the rest; what the dean already did is not done twice.
        (await app.AsAsync("admin", sp => Qc.Register(sp).ScanOverdueAsync())).ShouldBe(1);
        (await app.AsAsync("admin", sp => Qc.Register(sp).GenerateQuarterlyRequestsAsync(new DateOnly(2026, 3, 31)))).ShouldBe(1);
        (await app.AsAsync("admin", sp => Qc.Register(sp).GetViolationsAsync(sem.Id))).Count.ShouldBe(1);
    }

    /// <summary>An adopted decision, due 20 March, of a new commission of another school, set up by the administrator.</summary>
    private static async Task<DecisionDto> OtherSchoolDecisionAsync(TestApp app, string schoolCode, Guid executor)
    {
        var school = await app.UnitAsync(schoolCode);
        var c = await app.AsAsync("admin", sp =>
            Qc.Commissions(sp)
            .CreateAsync(new CreateCommissionInput { SchoolUnitId = school, OrderNumber = "7-ө", OrderDate = new DateOnly(2026, 1, 10) }));
        var members = new List<MemberDto>();
        for (var i = 0; i < 3; i++)
        {
            var uid = await app.NewUserAsync($"sem{i}.{Guid.NewGuid().ToString("N")[..6]}");
            members.Add(await app.AsAsync("admin", async sp =>
                await Qc.Commissions(sp)
                    .AddMemberAsync(c.Id, Qc.Member(uid, (await Qc.Commissions(sp).GetAsync(c.Id)).Version, termStart: new DateOnly(2026, 1, 15)))));
        }
        await app.AsAsync("admin", async sp => await Qc.Commissions(sp).ElectAsync(c.Id, new ElectionInput
        {
            MemberId = members[0].Id, Role = MemberRole.Chair, HeldOn = new DateOnly(2026, 2, 1), VotesFor = 20, VotesAgainst = 3, VotesAbstain = 1,
            Version = (await Qc.Commissions(sp).GetAsync(c.Id)).Version,
        }));
        var meeting = await app.AsAsync("admin", sp => Qc.Meetings(sp).CreateAsync(c.Id, new SaveMeetingInput
        { MeetingDate = new DateOnly(2026, 3, 2), StartTime = "10:00", Format = MeetingFormat.InPerson, Place = "101", ReviewsRegister = true }));
        Task<int> Version() => app.AsAsync("admin", async sp => (await Qc.Meetings(sp).GetAsync(meeting.Id)).Meeting.Version);
        var v = await Version();
        await app.AsAsync("admin", sp => Qc.Meetings(sp).SetAttendanceAsync(meeting.Id, new AttendanceInput
        { Statuses = members.ToDictionary(m => m.Id, _ => AttendanceStatus.Present), Version = v }));
        v = await Version();
        var d = await app.AsAsync("admin", sp => Qc.Meetings(sp).AddDecisionAsync(meeting.Id, new AddDecisionInput
        { Text = "Update the syllabi", ExecutorUserId = executor, Deadline = new DateOnly(2026, 3, 20), ReportForm = "Memo", Version = v }));
        v = await Version();
        return await app.AsAsync("admin", sp => Qc.Meetings(sp).RecordVotesAsync(d.Id, new VotesInput { Votes = Qc.Split(members, 3), Version = v }));
    }
}
