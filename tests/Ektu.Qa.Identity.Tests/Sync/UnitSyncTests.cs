using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Identity.Tests.Sync;

public sealed class UnitSyncTests
{
    private static SyncUnitInput Unit(string id, string code, OrganizationUnitKind kind, string? parent, string name = "Unit") =>
        new(id, code, kind, parent, name + " kk", name + " ru", name + " en");

    private static Task<SyncBatchResult> PushAsync(TestApp app, params SyncUnitInput[] units) =>
        app.AsAsync("admin", sp => sp.GetRequiredService<ISyncAppService>().PushUnitsAsync(units));

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task PushUnits_Should_AdoptByCodeCreateAndThenLeaveUnchanged_When_SentTwice(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        SyncUnitInput[] batch =
        [
            Unit("U-1", "EKTU", OrganizationUnitKind.University, null, "EKTU"),
            Unit("U-2", "SITIS", OrganizationUnitKind.School, "U-1", "SITIS"),
            Unit("U-3", "SITIS-AI", OrganizationUnitKind.Department, "U-2", "AI"),
        ];
        var before = await app.CountAsync("SELECT COUNT(*) FROM id_organization_units");

        var first = await PushAsync(app, batch);
        var second = await PushAsync(app, batch);

        first.Items.Select(i => i.Outcome).ShouldBe([SyncOutcome.Updated, SyncOutcome.Updated, SyncOutcome.Created]);
        second.Summary.ShouldBe(new SyncSummary(0, 0, 0, 3, 0));
        (await app.CountAsync("SELECT COUNT(*) FROM id_organization_units")).ShouldBe(before + 1);
        var ai = await app.UnitIdAsync("SITIS-AI");
        var dean = await app.AsAsync("dean.sitis", sp => sp.GetRequiredService<Kernel.Security.IOrganizationScope>().GetAsync());
        dean.Contains(ai).ShouldBeTrue("a new department of the dean's school is in the dean's scope at once");
    }

    [Fact]
    public async Task PushUnits_Should_RefuseItem_When_ParentIsUnknownCodeTakenOrACycle()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        await PushAsync(app, Unit("U-1", "EKTU", OrganizationUnitKind.University, null), Unit("U-2", "SITIS", OrganizationUnitKind.School, "U-1"));

        var result = await PushAsync(app,
            Unit("U-9", "X-1", OrganizationUnitKind.Department, "U-404"),
            Unit("U-8", "SEM", OrganizationUnitKind.School, "U-1") with { ExternalId = "U-2" },
            Unit("U-1", "EKTU", OrganizationUnitKind.University, "U-2"),
            Unit("U-7", "bad code!", OrganizationUnitKind.Office, "U-1"));

        result.Items.Select(i => (i.Outcome, i.Field)).ShouldBe([
            (SyncOutcome.Failed, "ParentExternalId"), (SyncOutcome.Failed, "Code"), (SyncOutcome.Failed, "ParentExternalId"),
            (SyncOutcome.Failed, "Code")]);
    }

    [Fact]
    public async Task DeactivateUnits_Should_RefusePeopleInTheUnit_When_Deactivated()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite);
        await PushAsync(app, Unit("U-1", "EKTU", OrganizationUnitKind.University, null), Unit("U-5", "LAB", OrganizationUnitKind.Office, "U-1"));
        var result = await app.AsAsync("admin", sp => sp.GetRequiredService<ISyncAppService>().DeactivateUnitsAsync(["U-5", "U-404"]));
        result.Items.Select(i => i.Outcome).ShouldBe([SyncOutcome.Deactivated, SyncOutcome.Failed]);
        (await app.PushAsync(SyncFixture.Staff("E-1", "U-5"))).Items.Single().Field.ShouldBe("UnitExternalId");
        (await app.CountAsync("SELECT COUNT(*) FROM id_organization_units WHERE code = 'LAB'")).ShouldBe(1, "a sync never deletes");
    }
}
