using Ektu.Qa.Identity;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.QaCommission.Meetings;
using Ektu.Qa.QaCommission.Register;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>Common steps: a SITIS commission created by the dean with <c>n</c> fresh staff members, each step its own unit of work.</summary>
internal static class Qc
{
    public static ICommissionAppService Commissions(IServiceProvider sp) => sp.GetRequiredService<ICommissionAppService>();

    public static IMeetingAppService Meetings(IServiceProvider sp) => sp.GetRequiredService<IMeetingAppService>();

    public static IDecisionRegisterAppService Register(IServiceProvider sp) => sp.GetRequiredService<IDecisionRegisterAppService>();

    public static Task<Guid> UnitAsync(this TestApp app, string code) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == code).Id);

    public static Task<Guid> UserIdAsync(this TestApp app, string userName) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUsersByNameAsync([userName])).Single().Id);

    public static Task<Guid> NewUserAsync(this TestApp app, string userName) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IUserAppService>()
            .CreateAsync(new SaveUserInput { UserName = userName, FullName = "Staff " + userName, Password = "Admin123!x" })).Id);

    public static SaveMemberInput Member(Guid userId, int version, MemberKind kind = MemberKind.AcademicStaff, DateOnly? termStart = null) => new()
    {
        UserId = userId, TermStart = termStart, Kind = kind, YearsInHigherEducation = 8, HasProgrammeExperience = true,
            PdCompletedOn = new DateOnly(2025, 5, 1),
        CriteriaEvidence = "HR file", Version = version,
    };

    /// <summary>A new commission of the school; the demo data's commission of the school is dissolved first (one active per school).</summary>
    public static async Task<CommissionDto> CreateCommissionAsync(this TestApp app, Guid school)
    {
        foreach (var old in await app.AsAsync("dean.sitis", sp => Commissions(sp).GetListAsync()))
        {
            if (old.SchoolUnitId != school || old.State != CommissionState.Active) continue;
            await app.AsAsync("dean.sitis", sp =>
                Commissions(sp).DissolveAsync(old.Id,
                new DissolveCommissionInput { OrderNumber = "1-д", OrderDate = new DateOnly(2026, 1, 9), Version = old.Version }));
        }
        return await app.AsAsync("dean.sitis", sp =>
            Commissions(sp)
                .CreateAsync(new CreateCommissionInput { SchoolUnitId = school, OrderNumber = "45-ө", OrderDate = new DateOnly(2026, 1, 10) }));
    }

    /// <summary>A commission with <paramref name="size"/> new members: [0] chair, [1] deputy, [2] secretary.</summary>
    public static async Task<(CommissionDto Commission, List<MemberDto> Members)> CommissionWithAsync(this TestApp app, int size)
    {
        var school = await app.UnitAsync("SITIS");
        var c = await app.CreateCommissionAsync(school);
        var members = new List<MemberDto>();
        for (var i = 0; i < size; i++)
        {
            var uid = await app.NewUserAsync($"qc{i:00}.{Guid.NewGuid().ToString("N")[..6]}");
            members.Add(await app.AsAsync("dean.sitis", async sp =>
                await Commissions(sp)
                    .AddMemberAsync(c.Id, Member(uid, (await Commissions(sp).GetAsync(c.Id)).Version, termStart: new DateOnly(2026, 1, 15)))));
        }
        var roles = new[] { MemberRole.Chair, MemberRole.DeputyChair, MemberRole.Secretary };
        for (var i = 0; i < Math.Min(3, size); i++)
        {
            var role = roles[i];
            var m = members[i];
            await app.AsAsync("dean.sitis", async sp => await Commissions(sp).ElectAsync(c.Id, new ElectionInput
            {
                MemberId = m.Id, Role = role, HeldOn = new DateOnly(2026, 2, 1), VotesFor = 20, VotesAgainst = 3, VotesAbstain = 1,
                    Version = (await Commissions(sp).GetAsync(c.Id)).Version,
            }));
        }
        var all = await app.AsAsync("dean.sitis", sp => Commissions(sp).GetMembersAsync(c.Id));
        return (c, members.Select(m => all.Single(x => x.Id == m.Id)).ToList());
    }

    public static Task<MeetingDto> MeetingAsync(this TestApp app, Guid commissionId, DateOnly date) => app.AsAsync("dean.sitis", sp =>
        Meetings(sp).CreateAsync(commissionId, new SaveMeetingInput { MeetingDate = date, StartTime = "14:00", Format = MeetingFormat.InPerson,
            Place = "301", ReviewsRegister = true }));

    public static Task<int> VersionAsync(this TestApp app, Guid meetingId) =>
        app.AsAsync("dean.sitis", async sp => (await Meetings(sp).GetAsync(meetingId)).Meeting.Version);

    /// <summary>The first <paramref name="present"/> members present (skipping <paramref name="absent"/>), the rest absent.</summary>
    public static async Task<MeetingDto> AttendAsync(this TestApp app, Guid meetingId, IEnumerable<MemberDto> members,
        int present, params int[] absent)
    {
        var list = members.ToList();
        var statuses = new Dictionary<Guid, AttendanceStatus>();
        var n = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var here = !absent.Contains(i) && n < present;
            if (here) n++;
            statuses[list[i].Id] = here ? AttendanceStatus.Present : AttendanceStatus.Absent;
        }
        var v = await app.VersionAsync(meetingId);
        return await app.AsAsync("dean.sitis", sp =>
            Meetings(sp).SetAttendanceAsync(meetingId, new AttendanceInput { Statuses = statuses, Version = v }));
    }

    /// <summary>A draft decision with its register fields (004 §7.4.1); without an executor the school itself executes it.</summary>
    public static async Task<DecisionDto> DecisionAsync(this TestApp app, Guid meetingId, string text = "Approve the monitoring plan",
        Guid? executor = null, DateOnly? deadline = null)
    {
        var v = await app.VersionAsync(meetingId);
        var unit = executor == null ? await app.UnitAsync("SITIS") : (Guid?)null;
        return await app.AsAsync("dean.sitis", sp => Meetings(sp).AddDecisionAsync(meetingId, new AddDecisionInput
        {
            Text = text, ExecutorUserId = executor, ExecutorUnitId = unit, Deadline = deadline ?? new DateOnly(2027, 6, 30),
                ReportForm = "Memo", Version = v,
        }));
    }

    public static async Task<DecisionDto> VoteAsync(this TestApp app, Guid meetingId, Guid decisionId, Dictionary<Guid, VoteChoice> votes)
    {
        var v = await app.VersionAsync(meetingId);
        return await app.AsAsync("dean.sitis", sp => Meetings(sp).RecordVotesAsync(decisionId, new VotesInput { Votes = votes, Version = v }));
    }

    public static Dictionary<Guid, VoteChoice> Split(IEnumerable<MemberDto> voters, int forCount, IEnumerable<int>? forIndexes = null)
    {
        var list = voters.ToList();
        var fors = (forIndexes ?? Enumerable.Range(0, forCount)).ToHashSet();
        return list.Select((m, i) => (m, i)).ToDictionary(x => x.m.Id, x => fors.Contains(x.i) ? VoteChoice.For : VoteChoice.Against);
    }
}
