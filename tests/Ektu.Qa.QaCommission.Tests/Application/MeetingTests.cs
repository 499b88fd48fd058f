using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.TestKit;
using DocumentFormat.OpenXml.Packaging;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>Attendance, quorum, votes and minutes through the app services on a real database (SQLite and MariaDB).</summary>
public sealed class MeetingTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    // The fake clock stands at 2026-03-02 (Monday); meetings are on that day unless the test moves it.
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Theory, MemberData(nameof(Providers))]
    public async Task AddDecision_Should_RequireQuorum_When_TenMembersAndFourOrFivePresent(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(10);
        var meeting = await app.MeetingAsync(c.Id, Today);

        var four = await app.AttendAsync(meeting.Id, members, 4);
        four.MemberCount.ShouldBe(10);
        four.HasQuorum.ShouldBeFalse();
        var refused = await Should.ThrowAsync<QaException>(() => app.DecisionAsync(meeting.Id));
        refused.Code.ShouldBe(QaCommissionErrorCodes.NoQuorum);

        var five = await app.AttendAsync(meeting.Id, members, 5);
        five.HasQuorum.ShouldBeTrue();
        (await app.DecisionAsync(meeting.Id)).Outcome.ShouldBe(DecisionOutcome.NotVoted);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RecordVotes_Should_LetChairBreakTie_When_FiveFive(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(10);
        var meeting = await app.MeetingAsync(c.Id, Today);
        await app.AttendAsync(meeting.Id, members, 10);
        var d1 = await app.DecisionAsync(meeting.Id, "First");
        var d2 = await app.DecisionAsync(meeting.Id, "Second");

        // The chair is members[0]; the secretary (members[2]) votes as an equal.
        var withChair = await app.VoteAsync(meeting.Id, d1.Id, Qc.Split(members, 5, [0, 2, 4, 6, 8]));
        (withChair.VotesFor, withChair.VotesAgainst, withChair.Outcome).ShouldBe((5, 5, DecisionOutcome.Adopted));
        var againstChair = await app.VoteAsync(meeting.Id, d2.Id, Qc.Split(members, 5, [1, 2, 4, 6, 8]));
        (againstChair.VotesFor, againstChair.VotesAgainst, againstChair.Outcome).ShouldBe((5, 5, DecisionOutcome.Rejected));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RecordVotes_Should_LetDeputyBreakTie_When_ChairAbsent(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(10);
        var meeting = await app.MeetingAsync(c.Id, Today);
        var m = await app.AttendAsync(meeting.Id, members, 8, 0);
        m.PresidingMemberId.ShouldBe(members[1].Id);
        var d = await app.DecisionAsync(meeting.Id);
        // 8 present: deputy (index 1) and 3 others for, 3 against, 1 abstains → 4 of 8 is exactly half, the deputy decides.
        var voters = members.Skip(1).Take(8).ToList();
        var votes = Qc.Split(voters, 4, [0, 1, 2, 3]);
        votes[voters[7].Id] = VoteChoice.Abstain;
        var r = await app.VoteAsync(meeting.Id, d.Id, votes);
        (r.VotesFor, r.VotesAgainst, r.VotesAbstain, r.Outcome).ShouldBe((4, 3, 1, DecisionOutcome.Adopted));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RecordVotes_Should_UseAppointedActingChair_When_ChairAndDeputyAbsent(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(6);
        var meeting = await app.MeetingAsync(c.Id, Today);
        var m = await app.AttendAsync(meeting.Id, members, 4, 0, 1);
        m.HasQuorum.ShouldBeTrue();
        m.PresidingMemberId.ShouldBeNull();
        var appointee = members[3];
        var acting = await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).AppointActingChairAsync(meeting.Id,
            new ActingChairInput { MemberId = appointee.Id, OrderNumber = "77-ө", OrderDate = Today, Version = m.Version }));
        acting.PresidingMemberId.ShouldBe(appointee.Id);
        var d = await app.DecisionAsync(meeting.Id);
        var present = members.Skip(2).ToList(); // secretary (2), appointee (3), 4, 5
        var r = await app.VoteAsync(meeting.Id, d.Id, Qc.Split(present, 2, [0, 1]));
        r.Outcome.ShouldBe(DecisionOutcome.Adopted);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RecordVotes_Should_RefuseExpert_When_ExpertVotes(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(4);
        var meeting = await app.MeetingAsync(c.Id, Today);
        await app.AttendAsync(meeting.Id, members, 4);
        var expert = await app.AsAsync("dean.sitis", async sp =>
            await Qc.Meetings(sp).AddExpertAsync(meeting.Id, "Employer representative", "KazZinc", await app.VersionAsync(meeting.Id)));
        var d = await app.DecisionAsync(meeting.Id);
        var votes = Qc.Split(members, 4);
        votes[expert.Id] = VoteChoice.For;
        var e = await Should.ThrowAsync<QaException>(() => app.VoteAsync(meeting.Id, d.Id, votes));
        e.Code.ShouldBe(QaCommissionErrorCodes.ExpertHasNoVote);
        (await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).GetAsync(meeting.Id))).Decisions.Single().Outcome.ShouldBe(DecisionOutcome.NotVoted);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task MarkMaterialsSent_Should_FlagLate_When_TwoWorkingDaysBeforeAcrossWeekend(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, _) = await app.CommissionWithAsync(3);
        // Clock: Thursday 2026-03-05, 10:00 in Almaty. Women's Day falls on Sunday 8 March, so Monday 9 March is its moved
        // day off. Meeting on Wednesday 11 March: Tue 10, Fri 6, Thu 5 → three working days, on time. Meeting on Tuesday
        // 10 March: Fri 6, Thu 5 → two, late (neither the weekend nor the moved day off counts).
        app.Clock.UtcNow = new DateTime(2026, 3, 5, 5, 0, 0, DateTimeKind.Utc);
        var onTime = await app.MeetingAsync(c.Id, new DateOnly(2026, 3, 11));
        var late = await app.MeetingAsync(c.Id, new DateOnly(2026, 3, 10));
        (await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).MarkMaterialsSentAsync(onTime.Id, onTime.Version))).MaterialsLate.ShouldBeFalse();
        (await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).MarkMaterialsSentAsync(late.Id, late.Version))).MaterialsLate.ShouldBeTrue();

        // Nauryz 2026: Saturday 21 and Sunday 22 March move their days off to Tuesday 24 and Wednesday 25 (Labour Code
        // art. 85), Monday 23 is the holiday itself. Meeting on Thursday 26 March: Wed 25, Tue 24 and Mon 23 are off, so
        // Fri 20, Thu 19, Wed 18 → sent on Wednesday 18 is on time, on Thursday 19 it is late.
        var nauryz = await app.MeetingAsync(c.Id, new DateOnly(2026, 3, 26));
        var nauryzLate = await app.MeetingAsync(c.Id, new DateOnly(2026, 3, 26));
        app.Clock.UtcNow = new DateTime(2026, 3, 18, 5, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("dean.sitis", sp => Qc.Meetings(sp).MarkMaterialsSentAsync(nauryz.Id, nauryz.Version))).MaterialsLate.ShouldBeFalse();
        app.Clock.UtcNow = new DateTime(2026, 3, 19, 5, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("dean.sitis", sp =>
            Qc.Meetings(sp).MarkMaterialsSentAsync(nauryzLate.Id, nauryzLate.Version))).MaterialsLate.ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Minutes_Should_BeNumberedSignedAndLocked_When_MeetingCompletes(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var school = await app.UnitAsync("SITIS");
        var c = await app.CreateCommissionAsync(school);
        var users = new[] { "teacher1", "teacher2", "head.cs" };
        var ids = new List<Guid>();
        foreach (var u in users)
        {
            var uid = await app.UserIdAsync(u);
            ids.Add((await app.AsAsync("dean.sitis", async sp =>
                await Qc.Commissions(sp)
                .AddMemberAsync(c.Id, Qc.Member(uid, (await Qc.Commissions(sp).GetAsync(c.Id)).Version, termStart: new DateOnly(2026, 1, 15))))).Id);
        }
        foreach (var (memberId, role) in new[] { (ids[0], Commissions.MemberRole.Chair), (ids[1], Commissions.MemberRole.Secretary) })
            await app.AsAsync("dean.sitis", async sp => await Qc.Commissions(sp).ElectAsync(c.Id, new Commissions.ElectionInput
            { MemberId = memberId, Role = role, HeldOn = Today, VotesFor = 3, Version = (await Qc.Commissions(sp).GetAsync(c.Id)).Version }));
        var members = await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).GetMembersAsync(c.Id));
        var meeting = await app.MeetingAsync(c.Id, Today);
        await app.AsAsync("dean.sitis", async sp =>
            await Qc.Meetings(sp).AddAgendaItemAsync(meeting.Id, "Monitoring results", "Secretary", await app.VersionAsync(meeting.Id)));
        await app.AttendAsync(meeting.Id, members, 3);
        var d = await app.DecisionAsync(meeting.Id, "Revise syllabi");
        await app.VoteAsync(meeting.Id, d.Id, Qc.Split(members, 3));

        // The secretary (teacher2, an Employee) runs the meeting as an officer of the commission.
        var held = await app.AsAsync("teacher2", async sp => await Qc.Meetings(sp).CloseAsync(meeting.Id, await app.VersionAsync(meeting.Id)));
        (held.MinutesNumber, held.MinutesYear).ShouldBe((1, 2026));
        var notSignatory = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("head.cs", async sp => await Qc.Meetings(sp).SignAsync(meeting.Id, await app.VersionAsync(meeting.Id))));
        notSignatory.Code.ShouldBe(QaCommissionErrorCodes.NotSignatory);
        await app.AsAsync("teacher1", async sp => await Qc.Meetings(sp).SignAsync(meeting.Id, await app.VersionAsync(meeting.Id)));
        var signed = await app.AsAsync("teacher2", async sp => await Qc.Meetings(sp).SignAsync(meeting.Id, await app.VersionAsync(meeting.Id)));
        signed.State.ShouldBe(MeetingState.Signed);
        signed.ChairSignedAt.ShouldNotBeNull();
        var locked = await Should.ThrowAsync<QaException>(() => app.DecisionAsync(meeting.Id, "Late addition"));
        locked.Code.ShouldBe(QaCommissionErrorCodes.MeetingLocked);
        var sent = await app.AsAsync("teacher2", async sp => await Qc.Meetings(sp).SendMinutesAsync(meeting.Id, await app.VersionAsync(meeting.Id)));
        sent.MinutesSentAt.ShouldNotBeNull();
        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GetMyNoticesAsync())).ShouldContain(n => n.Kind == "MinutesSent");

        foreach (var lang in new[] { MinutesLanguage.Kk, MinutesLanguage.Ru })
        {
            var file = await app.AsAsync("teacher1", sp => Qc.Meetings(sp).GetMinutesAsync(meeting.Id, lang));
            using var doc = WordprocessingDocument.Open(file.Content, false);
            var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
            text.ShouldContain("№ 1");
            text.ShouldContain("Revise syllabi");
            text.ShouldContain(lang == MinutesLanguage.Kk ? "ХАТТАМА" : "ПРОТОКОЛ");
            text.ShouldContain(members.Single(x => x.Id == ids[0]).FullName);
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Dashboard_Should_FlagMeetingGap_When_TwoMonthsAndOneDayPass(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(3);
        var meeting = await app.MeetingAsync(c.Id, new DateOnly(2026, 3, 2));
        await app.AttendAsync(meeting.Id, members, 3);
        await app.AsAsync("dean.sitis", async sp => await Qc.Meetings(sp).CloseAsync(meeting.Id, await app.VersionAsync(meeting.Id)));
        app.Clock.UtcNow = new DateTime(2026, 5, 2, 6, 0, 0, DateTimeKind.Utc);
        (await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GetDashboardAsync(c.Id))).MeetingOverdue.ShouldBeFalse();
        app.Clock.UtcNow = new DateTime(2026, 5, 3, 6, 0, 0, DateTimeKind.Utc);
        var d = await app.AsAsync("dean.sitis", sp => Qc.Register(sp).GetDashboardAsync(c.Id));
        d.MeetingOverdue.ShouldBeTrue();
        d.QuorumHistory.Single().HasQuorum.ShouldBeTrue();
        d.LastRegisterReview.ShouldBe(new DateOnly(2026, 3, 2));
    }
}
