using Ektu.Qa.Identity.Roles;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>Rules of 004 §4 and §7.3–7.4 that hold whenever they are checked, not only when a record is entered (SQLite and MariaDB).</summary>
public sealed class RulesOverTimeTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    // The fake clock stands at 2026-03-02 (Monday).
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(Providers))]
    public async Task RecordVotes_Should_Refuse_When_MeetingDayHasNotCome(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(3);
        var nextMonth = await app.MeetingAsync(c.Id, Today.AddMonths(1));
        await app.AttendAsync(nextMonth.Id, members, 3);
        var d = await app.DecisionAsync(nextMonth.Id);
        var e = await Should.ThrowAsync<QaException>(() => app.VoteAsync(nextMonth.Id, d.Id, Qc.Split(members, 3)));
        e.Code.ShouldBe(QaCommissionErrorCodes.MeetingNotTakenPlace);

        var today = await app.MeetingAsync(c.Id, Today);
        await app.AttendAsync(today.Id, members, 3);
        var onTheDay = await app.DecisionAsync(today.Id);
        (await app.VoteAsync(today.Id, onTheDay.Id, Qc.Split(members, 3))).Outcome.ShouldBe(DecisionOutcome.Adopted);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RecordVotes_Should_RequireEveryPresentVoter_When_OneVoteIsMissing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(5);
        var meeting = await app.MeetingAsync(c.Id, Today);
        await app.AttendAsync(meeting.Id, members, 5);
        var d = await app.DecisionAsync(meeting.Id);
        // Three for of the four who voted would pass; the fifth present member has not voted, so nothing is computed.
        var votes = Qc.Split(members.Take(4), 3);
        var e = await Should.ThrowAsync<ValidationException>(() => app.VoteAsync(meeting.Id, d.Id, votes));
        e.Errors["Votes"].ShouldBe([QaCommissionErrorCodes.VoteMissing]);
        votes[members[4].Id] = VoteChoice.Abstain;
        var r = await app.VoteAsync(meeting.Id, d.Id, votes);
        (r.VotesFor, r.VotesAgainst, r.VotesAbstain, r.Outcome).ShouldBe((3, 1, 1, DecisionOutcome.Adopted));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RecordVotes_Should_RejectTwoTwoOne_When_ChairVotesFor(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(5);
        var meeting = await app.MeetingAsync(c.Id, Today);
        await app.AttendAsync(meeting.Id, members, 5);
        var d = await app.DecisionAsync(meeting.Id);
        // The chair (index 0) and one other for, two against, one abstains: 2 of 5 is not more than half.
        var votes = Qc.Split(members, 2, [0, 1]);
        votes[members[4].Id] = VoteChoice.Abstain;
        (await app.VoteAsync(meeting.Id, d.Id, votes)).Outcome.ShouldBe(DecisionOutcome.Rejected);
        // One of the four present: 2 for of 4 is exactly half, and the chair's vote for decides.
        var four = await app.MeetingAsync(c.Id, Today);
        await app.AttendAsync(four.Id, members, 4);
        var d4 = await app.DecisionAsync(four.Id);
        var v4 = Qc.Split(members.Take(4), 2, [0, 1]);
        v4[members[3].Id] = VoteChoice.Abstain;
        (await app.VoteAsync(four.Id, d4.Id, v4)).Outcome.ShouldBe(DecisionOutcome.Adopted);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AddDecision_Should_RequireExecutorDeadlineAndReportForm_When_Missing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(3);
        var meeting = await app.MeetingAsync(c.Id, Today);
        await app.AttendAsync(meeting.Id, members, 3);
        var v = await app.VersionAsync(meeting.Id);
        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp =>
            Qc.Meetings(sp).AddDecisionAsync(meeting.Id, new AddDecisionInput { Text = "Revise the syllabi", Version = v })));
        e.Errors.Keys.ShouldBe(["ExecutorUserId", "Deadline", "ReportForm"], ignoreOrder: true);
        var early = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).AddDecisionAsync(meeting.Id,
            new AddDecisionInput { Text = "Revise the syllabi", ExecutorUserId = members[1].UserId, Deadline = Today.AddDays(-1),
                ReportForm = "Memo", Version = v })));
        early.Errors["Deadline"].ShouldBe([QaCommissionErrorCodes.DeadlineBeforeMeeting]);
        var ok = await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).AddDecisionAsync(meeting.Id,
            new AddDecisionInput { Text = "Revise the syllabi", ExecutorUserId = members[1].UserId, Deadline = Today,
                ReportForm = "Memo", Version = v }));
        (ok.ExecutorUserId, ok.Deadline, ok.ReportForm).ShouldBe((members[1].UserId, Today, "Memo"));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task MaterialsLate_Should_WaitForTheLastDay_When_MeetingIsSeventeenDaysAhead(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, _) = await app.CommissionWithAsync(3);
        // Thursday 19 March: Wed 18, Tue 17, Mon 16 → the last day to send is Monday 16 March.
        var meeting = await app.MeetingAsync(c.Id, Today.AddDays(17));
        meeting.MaterialsLate.ShouldBeFalse();
        app.Clock.UtcNow = new DateTime(2026, 3, 16, 12, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).GetAsync(meeting.Id))).Meeting.MaterialsLate.ShouldBeFalse();
        app.Clock.UtcNow = new DateTime(2026, 3, 17, 5, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).GetAsync(meeting.Id))).Meeting.MaterialsLate.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Sign_Should_NeedTwoDifferentPeople_When_SecretaryPresides(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var school = await app.UnitAsync("SITIS");
        var c = await app.CreateCommissionAsync(school);
        var ids = new List<Guid>();
        foreach (var u in new[] { "teacher1", "teacher2", "head.cs" })
        {
            var uid = await app.UserIdAsync(u);
            ids.Add((await app.AsAsync("dean.sitis", async sp => await Qc.Commissions(sp).AddMemberAsync(c.Id,
                Qc.Member(uid, (await Qc.Commissions(sp).GetAsync(c.Id)).Version, termStart: new DateOnly(2026, 1, 15))))).Id);
        }
        foreach (var (memberId, role) in new[] { (ids[0], MemberRole.Chair), (ids[1], MemberRole.Secretary) })
            await app.AsAsync("dean.sitis", async sp => await Qc.Commissions(sp).ElectAsync(c.Id, new ElectionInput
            { MemberId = memberId, Role = role, HeldOn = Today, VotesFor = 3, Version = (await Qc.Commissions(sp).GetAsync(c.Id)).Version }));
        var members = await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).GetMembersAsync(c.Id));
        var meeting = await app.MeetingAsync(c.Id, Today);
        // The chair (teacher1) is absent and there is no deputy: the dean appoints the secretary (teacher2) to preside.
        var m = await app.AttendAsync(meeting.Id, members.OrderBy(x => ids.IndexOf(x.Id)), 2, 0);
        m = await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).AppointActingChairAsync(meeting.Id,
            new ActingChairInput { MemberId = ids[1], OrderNumber = "12-ө", OrderDate = Today, Version = m.Version }));
        m.PresidingMemberId.ShouldBe(ids[1]);
        await app.AsAsync("teacher2", async sp => await Qc.Meetings(sp).CloseAsync(meeting.Id, await app.VersionAsync(meeting.Id)));

        var alone = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("teacher2", async sp => await Qc.Meetings(sp).SignAsync(meeting.Id, await app.VersionAsync(meeting.Id))));
        alone.Code.ShouldBe(QaCommissionErrorCodes.ActingSecretaryNeeded);
        var same = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("dean.sitis", async sp => await Qc.Meetings(sp).AppointActingSecretaryAsync(meeting.Id,
            new ActingSecretaryInput { MemberId = ids[1], Version = await app.VersionAsync(meeting.Id) })));
        same.Code.ShouldBe(QaCommissionErrorCodes.SameSignatory);
        var acting = await app.AsAsync("dean.sitis", async sp => await Qc.Meetings(sp).AppointActingSecretaryAsync(meeting.Id,
            new ActingSecretaryInput { MemberId = ids[2], Version = await app.VersionAsync(meeting.Id) }));
        acting.ActingSecretaryMemberId.ShouldBe(ids[2]);

        await app.AsAsync("teacher2", async sp => await Qc.Meetings(sp).SignAsync(meeting.Id, await app.VersionAsync(meeting.Id)));
        var twice = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("teacher2", async sp => await Qc.Meetings(sp).SignAsync(meeting.Id, await app.VersionAsync(meeting.Id))));
        twice.Code.ShouldBe(QaCommissionErrorCodes.AlreadySigned);
        var signed = await app.AsAsync("head.cs", async sp => await Qc.Meetings(sp).SignAsync(meeting.Id, await app.VersionAsync(meeting.Id)));
        signed.State.ShouldBe(MeetingState.Signed);
        signed.ChairSignedBy.ShouldBe("teacher2");
        signed.SecretarySignedBy.ShouldBe("head.cs");
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Members_Should_LeaveQuorumAndVotes_When_StudentMemberLaterJoinsProgrammeCommittee(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(3);
        var school = await app.UnitAsync("SITIS");
        var studentUser = await app.NewUserAsync("student.later");
        var student = await app.AsAsync("dean.sitis", async sp => await Qc.Commissions(sp).AddMemberAsync(c.Id,
            Qc.Member(studentUser, (await Qc.Commissions(sp).GetAsync(c.Id)).Version, MemberKind.Student, new DateOnly(2026, 1, 15))));
        var meeting = await app.MeetingAsync(c.Id, Today);
        meeting.MemberCount.ShouldBe(4);

        await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).AddProgrammeCommitteeMemberAsync(school, studentUser));
        var listed = await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).GetMembersAsync(c.Id));
        listed.Single(x => x.Id == student.Id).SuspendedReason.ShouldBe("QaCommission:Suspended.ProgrammeCommittee");
        listed.Where(x => x.Id != student.Id).ShouldAllBe(x => x.SuspendedReason == null);
        var details = await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).GetAsync(meeting.Id));
        details.Meeting.MemberCount.ShouldBe(3);
        details.Attendance.Single(a => a.MemberId == student.Id).SuspendedReason.ShouldNotBeNull();

        var v = await app.VersionAsync(meeting.Id);
        var e = await Should.ThrowAsync<QaException>(() => app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).SetAttendanceAsync(meeting.Id,
            new AttendanceInput { Statuses = new() { [student.Id] = AttendanceStatus.Present }, Version = v })));
        e.Code.ShouldBe(QaCommissionErrorCodes.MemberSuspended);
        (await app.AttendAsync(meeting.Id, members, 2)).HasQuorum.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Members_Should_LeaveQuorumAndVotes_When_MemberLaterGetsDeanRole(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(4);
        var meeting = await app.MeetingAsync(c.Id, Today);
        await app.AttendAsync(meeting.Id, members, 4);
        var d = await app.DecisionAsync(meeting.Id);

        var school = await app.UnitAsync("SITIS");
        await app.AsAsync("admin", async sp =>
        {
            var dean = (await sp.GetRequiredService<IRoleAppService>().GetListAsync()).Single(r => r.Name == "Dean");
            return await sp.GetRequiredService<IUserAppService>().AssignAsync(members[3].UserId, dean.Id, school);
        });
        var details = await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).GetAsync(meeting.Id));
        (details.Meeting.MemberCount, details.Meeting.PresentCount).ShouldBe((3, 3));
        var e = await Should.ThrowAsync<QaException>(() => app.VoteAsync(meeting.Id, d.Id, Qc.Split(members, 4)));
        e.Code.ShouldBe(QaCommissionErrorCodes.MemberSuspended);
        (await app.VoteAsync(meeting.Id, d.Id, Qc.Split(members.Take(3), 2))).Outcome.ShouldBe(DecisionOutcome.Adopted);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Elect_Should_AcceptStudentChair_When_SchoolCouncilElectsThem(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, _) = await app.CommissionWithAsync(2);
        var studentUser = await app.NewUserAsync("student.chair");
        var student = await app.AsAsync("dean.sitis", async sp => await Qc.Commissions(sp).AddMemberAsync(c.Id,
            Qc.Member(studentUser, (await Qc.Commissions(sp).GetAsync(c.Id)).Version, MemberKind.Student, new DateOnly(2026, 1, 15))));
        // 004 §4.3 elects the chair «СҚЕК мүшелерінің арасынан» — from among the members, with no exception for students.
        var e = await app.AsAsync("dean.sitis", async sp => await Qc.Commissions(sp).ElectAsync(c.Id, new ElectionInput
        { MemberId = student.Id, Role = MemberRole.Chair, HeldOn = Today, VotesFor = 12, VotesAgainst = 3,
            Version = (await Qc.Commissions(sp).GetAsync(c.Id)).Version }));
        e.IsElected.ShouldBeTrue();
    }
}
