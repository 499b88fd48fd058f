using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Identity.Users;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Sync;

public sealed class PeopleSyncTests
{
    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PushPeople_Should_CreateThenLeaveUnchanged_When_TheSameBatchComesTwice(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var first = await app.PushAsync(SyncFixture.Staff("E-1", "SITIS-CS", "Lecturer"), SyncFixture.Student("S-1", "SEM-GEO"));
        first.Summary.ShouldBe(new SyncSummary(2, 0, 0, 0, 0));
        var audits = await app.CountAsync("SELECT COUNT(*) FROM k_audit_log");

        var second = await app.PushAsync(SyncFixture.Staff("E-1", "SITIS-CS", "Lecturer"), SyncFixture.Student("S-1", "SEM-GEO"));

        second.Summary.ShouldBe(new SyncSummary(0, 0, 0, 2, 0));
        (await app.CountAsync("SELECT COUNT(*) FROM k_audit_log")).ShouldBe(audits);
        (await app.CountAsync("SELECT COUNT(*) FROM id_sync_runs")).ShouldBe(2);
        (await app.CountAsync("SELECT COUNT(*) FROM id_sync_run_items WHERE run_id = @id", new { id = second.RunId })).ShouldBe(0);
        var user = await app.QueryAsync(db =>
            Kernel.Data.DbSessionExtensions.QuerySingleOrDefaultAsync<(string FullName, bool IsActive, string? Hash)>(
            db, "SELECT full_name, is_active, password_hash FROM id_users WHERE user_name = 's-1'"));
        user.ShouldBe(("Student S-1", true, null));
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PushPeople_Should_UpdateAndAudit_When_AnAttributeChanges(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.PushAsync(SyncFixture.Student("S-1", "SEM-GEO", year: 1));

        var result = await app.PushAsync(SyncFixture.Student("S-1", "SEM-GEO", year: 2));

        result.Items.Single().Outcome.ShouldBe(SyncOutcome.Updated);
        (await app.CountAsync("SELECT study_year FROM id_sync_people WHERE external_id = 'S-1'")).ShouldBe(2);
        var changes = await app.QueryAsync(db => Kernel.Data.DbSessionExtensions.ExecuteScalarAsync<string>(db,
            "SELECT changes FROM k_audit_log WHERE action = 'Updated' AND entity = 'User' ORDER BY occurred_at DESC LIMIT 1"));
        changes.ShouldNotBeNull().ShouldContain("StudyYear");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PushPeople_Should_LoseTheOldSchoolScopeAtOnce_When_APersonMovesToAnotherSchool(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.RuleAsync(SyncRuleAttribute.Position, "Dean", "Dean", SyncRuleScope.School);
        await app.PushAsync(SyncFixture.Staff("E-7", "SITIS-CS", "dean"));
        var (sitis, sem) = (await app.UnitIdAsync("SITIS"), await app.UnitIdAsync("SEM"));
        var before = await app.AsAsync("e-7", sp => sp.GetRequiredService<IOrganizationScope>().GetAsync());
        before.Contains(sitis).ShouldBeTrue();

        await app.PushAsync(SyncFixture.Staff("E-7", "SEM-GEO", "Dean"));

        var after = await app.AsAsync("e-7", sp => sp.GetRequiredService<IOrganizationScope>().GetAsync());
        after.Contains(sitis).ShouldBeFalse();
        after.Contains(sem).ShouldBeTrue();
        (await app.GrantsAsync("e-7")).ShouldBe(["Dean@SEM:Rule"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Sync_Should_KeepManualGrants_When_RuleGrantsAreWithdrawn(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.RuleAsync(SyncRuleAttribute.Kind, "Staff", "Employee", SyncRuleScope.Unit);
        await app.PushAsync(SyncFixture.Staff("E-2", "SITIS-CS"));
        var userId = await app.QueryAsync(db => Kernel.Data.DbSessionExtensions.ExecuteScalarAsync<Guid>(db,
            "SELECT id FROM id_users WHERE user_name = 'e-2'"));
        var (officer, ektu) = (await app.RoleIdAsync("QualityOfficer"), await app.UnitIdAsync("EKTU"));
        await app.AsAsync("admin", sp => sp.GetRequiredService<IUserAppService>().AssignAsync(userId, officer, ektu));

        await app.PushAsync(SyncFixture.Staff("E-2", "SEM-GEO"));
        (await app.GrantsAsync("e-2")).ShouldBe(["Employee@SEM-GEO:Rule", "QualityOfficer@EKTU:"]);
        await app.DeactivateAsync("E-2");

        (await app.GrantsAsync("e-2")).ShouldBe(["QualityOfficer@EKTU:"]);
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DeactivatePeople_Should_DisableTheAccountOnce_When_APersonLeaves(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await app.RuleAsync(SyncRuleAttribute.Kind, "Student", "Employee", SyncRuleScope.School);
        await app.PushAsync(SyncFixture.Student("S-9", "SEM-GEO"));

        var first = await app.DeactivateAsync("S-9", "NOBODY");
        var second = await app.DeactivateAsync("S-9");

        first.Items.Select(i => i.Outcome).ShouldBe([SyncOutcome.Deactivated, SyncOutcome.Failed]);
        second.Items.Single().Outcome.ShouldBe(SyncOutcome.Unchanged);
        (await app.CountAsync("SELECT COUNT(*) FROM id_users WHERE user_name = 's-9' AND is_active = @no", new { no = false })).ShouldBe(1);
        (await app.GrantsAsync("s-9")).ShouldBeEmpty();
        (await app.CountAsync("SELECT COUNT(*) FROM k_audit_log WHERE action = 'Disabled' AND entity = 'User'")).ShouldBe(1);
        // Back in the source: the same account is active again with its rule grant.
        (await app.PushAsync(SyncFixture.Student("S-9", "SEM-GEO"))).Items.Single().Outcome.ShouldBe(SyncOutcome.Updated);
        (await app.GrantsAsync("s-9")).ShouldBe(["Employee@SEM:Rule"]);
    }

    [Fact]
    public async Task PushPeople_Should_ReportEachBadItemWithALocalizedReason_When_TheBatchHasInvalidItems()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var result = await app.PushAsync(
            SyncFixture.Staff("E-1", "SITIS-CS"),
            SyncFixture.Staff("E-2", "NO-SUCH-UNIT"),
            SyncFixture.Staff("E-1", "SITIS-CS"),
            SyncFixture.Staff("E-3", "SITIS-CS", name: " "),
            SyncFixture.Student("S-1", "SEM-GEO", year: 11),
            SyncFixture.Staff("E-4", "SITIS-CS") with { UserName = "E-1" },
            SyncFixture.Staff("", "SITIS-CS"));

        result.Items.Select(i => (i.Outcome, i.Field)).ShouldBe([
            (SyncOutcome.Created, null), (SyncOutcome.Failed, "UnitExternalId"), (SyncOutcome.Failed, "ExternalId"),
            (SyncOutcome.Failed, "FullName"), (SyncOutcome.Failed, "StudyYear"), (SyncOutcome.Failed, "UserName"),
            (SyncOutcome.Failed, "ExternalId")]);
        result.Items.Where(i => i.Outcome == SyncOutcome.Failed)
            .ShouldAllBe(i => !string.IsNullOrEmpty(i.Message) && !i.Message!.StartsWith("Identity:") && !i.Message.StartsWith("Kernel:"));
        result.Summary.ShouldBe(new SyncSummary(1, 0, 0, 0, 6));
        (await app.CountAsync("SELECT COUNT(*) FROM id_sync_run_items WHERE run_id = @id AND outcome = 'Failed'", new { id = result.RunId }))
            .ShouldBe(6);
    }

    [Fact]
    public async Task PushPeople_Should_NotAdoptTheAccount_When_ItsUserNameBelongsToAnAdministrator()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);

        var result = await app.PushAsync(SyncFixture.Staff("E-1", "SITIS-CS") with { UserName = "admin" });

        result.Items.Single().Outcome.ShouldBe(SyncOutcome.Failed);
        result.Items.Single().Field.ShouldBe("UserName");
        (await app.CountAsync("SELECT COUNT(*) FROM id_sync_people")).ShouldBe(0);
        (await app.CountAsync("SELECT COUNT(*) FROM id_users WHERE user_name = 'admin' AND is_active = 1")).ShouldBe(1);
    }

    [Fact]
    public async Task PushPeople_Should_Refuse_When_TheBatchIsTooLargeEmptyOrTheCallerLacksThePermission()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        var tooMany = Enumerable.Range(0, IdentityConsts.SyncBatchMax + 1).Select(i => SyncFixture.Staff("E" + i, "SITIS")).ToArray();
        (await Should.ThrowAsync<ValidationException>(() => app.PushAsync(tooMany))).Errors["Items"].ShouldBe([IdentityErrorCodes.SyncBatchTooLarge]);
        await Should.ThrowAsync<ValidationException>(() => app.PushAsync());
        var e = await Should.ThrowAsync<QaException>(() =>
            app.AsAsync("teacher1", sp => sp.GetRequiredService<ISyncAppService>().PushPeopleAsync([SyncFixture.Staff("E", "SITIS")])));
        e.Status.ShouldBe(403);
        (await app.CountAsync("SELECT COUNT(*) FROM id_sync_runs")).ShouldBe(0);
    }
}
