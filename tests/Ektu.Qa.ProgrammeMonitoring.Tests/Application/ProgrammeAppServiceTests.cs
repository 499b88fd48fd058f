using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.TestKit;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

public sealed class ProgrammeAppServiceTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_StartDraftWithOpenFirstVersionAndAudit_When_ContentIsValid(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);

        var p = await app.CreateAsync("dean.sitis");

        p.Programme.Status.ShouldBe(ProgrammeStatus.Draft);
        p.Programme.GroupCode.ShouldBe("B058");
        p.Programme.SchoolName.ShouldNotBeEmpty();
        p.Versions.ShouldHaveSingleItem().State.ShouldBe(VersionState.Open);
        p.Latest.Content.Outcomes.Count.ShouldBe(4);
        (await app.QueryAsync(db => db.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM k_audit_log WHERE entity_id = @id AND action = 'Created'", new { id = p.Programme.Id.ToString() }))).ShouldBe(1);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revise_Should_WriteANewVersionAndReplaceTheOld_When_VersionIsOpen(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var p = await app.CreateAsync();

        var v2 = await app.ReviseAsync(p.Programme.Id, 1, c => c with { Credits = 241 });

        v2.Number.ShouldBe(2);
        v2.ParentNumber.ShouldBe(1);
        v2.Content.Credits.ShouldBe(241);
        var details = await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(p.Programme.Id));
        details.Versions.Select(v => (v.Number, v.State)).ShouldBe([(2, VersionState.Open), (1, VersionState.Replaced)]);
        details.Programme.OpenProposals.ShouldBe(1);
        var replaced = await Should.ThrowAsync<QaException>(() => app.ReviseAsync(p.Programme.Id, 1, c => c));
        replaced.Code.ShouldBe(ProgrammeErrorCodes.NotOpen);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revise_Should_Answer409AndKeepTheVersion_When_VersionIsApproved(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ApprovedAsync();

        var e = await Should.ThrowAsync<QaException>(() => app.ReviseAsync(id, 1, c => c with { TitleEn = "Changed" }));

        e.Status.ShouldBe(409);
        e.Code.ShouldBe(ProgrammeErrorCodes.VersionFrozen);
        var v1 = await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetVersionAsync(id, 1));
        v1.Content.TitleEn.ShouldBe("Information Technology");
        v1.State.ShouldBe(VersionState.Approved);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Approve_Should_SupersedePreviousAndRefuseTheStaleProposal_When_TwoProposalsWereOpen(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ApprovedAsync();
        var a = await app.AsAsync("aqd", sp => Steps.Programmes(sp).ProposeAsync(id, 1));
        var b = await app.AsAsync("aqd", sp => Steps.Programmes(sp).ProposeAsync(id, 1));
        var a2 = await app.ReviseAsync(id, a.Number, c => c with { Credits = 250 });
        var b2 = await app.ReviseAsync(id, b.Number, c => c with { Credits = 260, TitleKk = "Жаңа атау" });

        var conflicts = await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetConflictsAsync(id));
        conflicts.ShouldHaveSingleItem().ShouldBe(new ProposalConflictDto(a2.Number, b2.Number, "Programme.Credits", "250", "260"));

        await app.AsAsync("aqd", sp => Steps.Programmes(sp).ApproveAsync(id, a2.Number));
        var stale = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Steps.Programmes(sp).ApproveAsync(id, b2.Number)));
        stale.Code.ShouldBe(ProgrammeErrorCodes.StaleProposal);
        var details = await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id));
        details.Programme.ApprovedNumber.ShouldBe(a2.Number);
        details.Programme.Status.ShouldBe(ProgrammeStatus.Approved);
        details.Versions.Single(v => v.Number == 1).State.ShouldBe(VersionState.Superseded);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Diff_Should_ShowFieldRowAndLanguageGap_When_ProposalChangesKazakhTitleAndRemovesACourse(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ApprovedAsync();
        var p = await app.AsAsync("aqd", sp => Steps.Programmes(sp).ProposeAsync(id, 1));
        var v = await app.ReviseAsync(id, p.Number, c => c with
        {
            TitleKk = "Ақпараттық жүйелер", Courses = c.Courses.Where(x => x.Code != "DBS201").ToList(),
        });

        var d = await app.AsAsync("aqd", sp => Steps.Programmes(sp).DiffAsync(id, 1, v.Number));

        d.Changes.ShouldContain(c => c.Section == DiffSection.Programme && c.Field == "TitleKk" && c.After == "Ақпараттық жүйелер");
        d.Changes.ShouldContain(c => c.Section == DiffSection.Course && c.Key == "DBS201" && c.Kind == ChangeKind.Removed);
        d.LanguageGaps.ShouldHaveSingleItem().Unchanged.ShouldBe(["ru", "en"]);
        d.OrphanedOutcomes.ShouldBe([2]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Get_Should_Answer404_When_ProgrammeBelongsToAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var p = await app.CreateAsync();

        await Should.ThrowAsync<EntityNotFoundException>(() => app.AsAsync("teacher3", sp => Steps.Programmes(sp).GetAsync(p.Programme.Id)));
        var seen = await app.AsAsync("teacher3", sp => Steps.Programmes(sp).GetListAsync(new ProgrammeListInput()));
        seen.ShouldNotContain(x => x.Id == p.Programme.Id);
        (await app.AsAsync("dean.sitis", sp => Steps.Programmes(sp).GetAsync(p.Programme.Id))).Programme.Id.ShouldBe(p.Programme.Id);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetPage_Should_SplitTheScopedListInItsOrder_When_ItHasMoreRowsThanAPage(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.CreateAsync();
        var all = await app.AsAsync("dean.sitis", sp => Steps.Programmes(sp).GetListAsync(new ProgrammeListInput()));
        all.Count.ShouldBeGreaterThanOrEqualTo(2);

        var pages = new List<ProgrammeDto>();
        for (var page = 1; page <= all.Count; page++)
        {
            var r = await app.AsAsync("dean.sitis", sp => Steps.Programmes(sp).GetPageAsync(new ProgrammeListInput(), page, 1));
            r.Total.ShouldBe(all.Count);
            r.PageCount.ShouldBe(all.Count);
            pages.Add(r.Items.ShouldHaveSingleItem());
        }
        pages.Select(p => p.Id).ShouldBe(all.Select(p => p.Id));
        pages.ShouldAllBe(p => p.SchoolName != "");
        // A page past the end is empty but keeps the total; the other school's dean sees none of these.
        (await app.AsAsync("dean.sitis", sp => Steps.Programmes(sp).GetPageAsync(new ProgrammeListInput(), all.Count + 1, 1))).Items.ShouldBeEmpty();
        var other = await app.AsAsync("teacher3", sp => Steps.Programmes(sp).GetPageAsync(new ProgrammeListInput(), 1, 500));
        other.Items.ShouldNotContain(x => all.Select(a => a.Id).Contains(x.Id));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_RefuseTheDepartment_When_ItIsInAnotherSchoolOrOutOfScope(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var content = await app.SitisContentAsync();
        var mining = await app.UnitAsync("SEM-MIN");

        var e = await Should.ThrowAsync<ValidationException>(() =>
            app.AsAsync("aqd", sp => Steps.Programmes(sp).CreateAsync(content with { DepartmentId = mining })));
        e.Errors["DepartmentId"].ShouldBe([ProgrammeErrorCodes.DepartmentNotInSchool]);
        var sem = content with { SchoolId = await app.UnitAsync("SEM"), DepartmentId = mining };
        var foreign = await Should.ThrowAsync<ValidationException>(() => app.AsAsync("dean.sitis", sp => Steps.Programmes(sp).CreateAsync(sem)));
        foreign.Errors.Keys.ShouldContain("DepartmentId");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RecordRegisterEvent_Should_MoveInAndOutOfTheRegisterInDateOrder_When_ProgrammeIsApproved(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var id = await app.ApprovedAsync();
        var today = DateOnly.FromDateTime(app.Clock.UtcNow);
        async Task<ProgrammeDto> Record(RegisterEventKind kind, DateOnly on) => await app.AsAsync("aqd", async sp =>
            await Steps.Programmes(sp).RecordRegisterEventAsync(id,
                new RegisterEventInput(kind, on, "Order 15", (await Steps.Programmes(sp).GetAsync(id)).Programme.Version)));

        (await Record(RegisterEventKind.Included, today.AddDays(-5))).Status.ShouldBe(ProgrammeStatus.InNationalRegister);
        var early = await Should.ThrowAsync<QaException>(() => Record(RegisterEventKind.Excluded, today.AddDays(-6)));
        early.Code.ShouldBe(ProgrammeErrorCodes.RegisterOrder);
        (await Record(RegisterEventKind.Excluded, today)).Status.ShouldBe(ProgrammeStatus.Closed);

        var details = await app.AsAsync("aqd", sp => Steps.Programmes(sp).GetAsync(id));
        details.RegisterEvents.Select(e => e.Kind).ShouldBe([RegisterEventKind.Included, RegisterEventKind.Excluded]);
        var closed = await Should.ThrowAsync<QaException>(() => app.AsAsync("aqd", sp => Steps.Programmes(sp).ProposeAsync(id, 1)));
        closed.Code.ShouldBe(ProgrammeErrorCodes.ProgrammeClosed);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Move_Should_Answer409_When_StatusVersionIsStale(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var p = await app.CreateAsync();

        var moved = await app.AsAsync("aqd", sp =>
            Steps.Programmes(sp).MoveAsync(p.Programme.Id, new StatusChangeInput(ProgrammeStatus.InApproval, p.Programme.Version)));

        moved.Status.ShouldBe(ProgrammeStatus.InApproval);
        await Should.ThrowAsync<ConcurrencyConflictException>(() =>
            app.AsAsync("aqd", sp =>
                Steps.Programmes(sp).MoveAsync(p.Programme.Id, new StatusChangeInput(ProgrammeStatus.Draft, p.Programme.Version))));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_Should_Refuse403_When_UserMayOnlyRead(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var content = await app.SitisContentAsync();

        var e = await Should.ThrowAsync<QaException>(() => app.AsAsync("teacher1", sp => Steps.Programmes(sp).CreateAsync(content)));

        e.Status.ShouldBe(403);
    }
}
