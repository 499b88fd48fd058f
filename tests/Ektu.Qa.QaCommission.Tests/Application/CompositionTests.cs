using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.QaCommission.Commissions;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.QaCommission.Tests.Application;

/// <summary>004 §4: the hard rules of composition, criteria, terms and elections.</summary>
public sealed class CompositionTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task AddMember_Should_RefuseDean_When_DeanProposed(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.CreateCommissionAsync(await app.UnitAsync("SITIS"));
        var dean = await app.UserIdAsync("dean.sitis");
        var e = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).AddMemberAsync(c.Id, Qc.Member(dean, c.Version))));
        e.Code.ShouldBe(QaCommissionErrorCodes.DeanCannotBeMember);
        (await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).GetMembersAsync(c.Id))).ShouldBeEmpty();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AddMember_Should_RefuseStudent_When_OnProgrammeCommittee(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var school = await app.UnitAsync("SITIS");
        var c = await app.CreateCommissionAsync(school);
        var onBbbk = await app.NewUserAsync("student.a");
        var free = await app.NewUserAsync("student.b");
        await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).AddProgrammeCommitteeMemberAsync(school, onBbbk));
        var e = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).AddMemberAsync(c.Id, Qc.Member(onBbbk, c.Version, MemberKind.Student))));
        e.Code.ShouldBe(QaCommissionErrorCodes.StudentOnProgrammeCommittee);
        var ok = await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).AddMemberAsync(c.Id, Qc.Member(free, c.Version, MemberKind.Student)));
        ok.Kind.ShouldBe(MemberKind.Student);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task AddMember_Should_NeedOverrideReason_When_CriteriaUnmet(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.CreateCommissionAsync(await app.UnitAsync("SITIS"));
        var uid = await app.NewUserAsync("junior");
        var input = Qc.Member(uid, c.Version);
        input.YearsInHigherEducation = 4;
        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).AddMemberAsync(c.Id, input)));
        e.Errors.Keys.ShouldContain(nameof(SaveMemberInput.CriteriaOverrideReason));
        input.CriteriaOverrideReason = "Only specialist in the new programme";
        var m = await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).AddMemberAsync(c.Id, input));
        m.Criteria.Single(x => !x.Met).Key.ShouldBe("QaCommission:Criterion.Years");
        m.TermEnd.ShouldBe(new DateOnly(2029, 3, 2));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task GetMembers_Should_WarnAndDropMember_When_TermEnds(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.CreateCommissionAsync(await app.UnitAsync("SITIS"));
        var uid = await app.NewUserAsync("veteran");
        await app.AsAsync("dean.sitis", sp =>
            Qc.Commissions(sp).AddMemberAsync(c.Id, Qc.Member(uid, c.Version, termStart: new DateOnly(2023, 4, 20))));
        // Term ends 2026-04-20; today 2026-03-02 is 49 days before: within the 60-day warning.
        var m = (await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).GetMembersAsync(c.Id))).Single();
        (m.IsActive, m.TermEndingSoon).ShouldBe((true, true));
        app.Clock.UtcNow = new DateTime(2026, 4, 20, 6, 0, 0, DateTimeKind.Utc);
        m = (await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).GetMembersAsync(c.Id))).Single();
        (m.IsActive, m.TermEndingSoon).ShouldBe((false, false));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Elect_Should_ComputeOutcome_When_CouncilVotes(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (c, members) = await app.CommissionWithAsync(3);
        members[0].Role.ShouldBe(MemberRole.Chair);
        var lost = await app.AsAsync("dean.sitis", async sp => await Qc.Commissions(sp).ElectAsync(c.Id, new ElectionInput
        { MemberId = members[1].Id, Role = MemberRole.Chair, VotesFor = 10, VotesAgainst = 10,
            Version = (await Qc.Commissions(sp).GetAsync(c.Id)).Version }));
        lost.IsElected.ShouldBeFalse();
        lost.Body.ShouldBe(ElectingBody.SchoolCouncil);
        var won = await app.AsAsync("dean.sitis", async sp => await Qc.Commissions(sp).ElectAsync(c.Id, new ElectionInput
        { MemberId = members[1].Id, Role = MemberRole.Chair, VotesFor = 11, VotesAgainst = 10,
            Version = (await Qc.Commissions(sp).GetAsync(c.Id)).Version }));
        won.IsElected.ShouldBeTrue();
        var after = await app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).GetMembersAsync(c.Id));
        after.Single(x => x.Id == members[1].Id).Role.ShouldBe(MemberRole.Chair);
        after.Single(x => x.Id == members[0].Id).Role.ShouldBe(MemberRole.Member);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Get_Should_AnswerNotFound_When_AnotherSchoolsStaff(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var c = await app.CreateCommissionAsync(await app.UnitAsync("SITIS"));
        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Qc.Commissions(sp).GetAsync(c.Id)));
        (await app.AsAsync("teacher3", sp => Qc.Commissions(sp).GetListAsync())).ShouldNotContain(x => x.Id == c.Id);
        (await app.AsAsync("aqd", sp => Qc.Commissions(sp).GetAsync(c.Id))).SchoolUnitId.ShouldBe(c.SchoolUnitId);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Create_Should_RefuseSecondActiveCommission_When_SchoolHasOne(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var school = await app.UnitAsync("SITIS");
        var c = await app.CreateCommissionAsync(school);
        var e = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp =>
            Qc.Commissions(sp)
                .CreateAsync(new CreateCommissionInput { SchoolUnitId = school, OrderNumber = "46-ө", OrderDate = new DateOnly(2026, 2, 10) })));
        e.Errors[nameof(CreateCommissionInput.SchoolUnitId)].ShouldContain(QaCommissionErrorCodes.CommissionExists);
        var dissolved = await app.AsAsync("dean.sitis", sp =>
            Qc.Commissions(sp)
            .DissolveAsync(c.Id, new DissolveCommissionInput { OrderNumber = "99-ө", OrderDate = new DateOnly(2026, 3, 1), Version = c.Version }));
        dissolved.State.ShouldBe(CommissionState.Dissolved);
        var again = await app.AsAsync("dean.sitis", sp =>
            Qc.Commissions(sp)
                .CreateAsync(new CreateCommissionInput { SchoolUnitId = school, OrderNumber = "47-ө", OrderDate = new DateOnly(2026, 3, 2) }));
        again.State.ShouldBe(CommissionState.Active);
        var uid = await app.NewUserAsync("late.editor");
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("dean.sitis", sp => Qc.Commissions(sp).AddMemberAsync(again.Id, Qc.Member(uid, again.Version + 1))));
    }
}
