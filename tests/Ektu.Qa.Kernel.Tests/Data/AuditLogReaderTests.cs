using Ektu.Qa.Kernel.Auditing;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Data;

/// <summary>The Kernel's read API over <c>k_audit_log</c>, which Identity's page and Reporting's report now use.</summary>
public sealed class AuditLogReaderTests
{
    private static readonly Guid UnitA = Guid.NewGuid();
    private static readonly Guid UnitB = Guid.NewGuid();

    /// <summary>Five probe entries written in one unit of work (the same instant): three in unit A, one in B, one without.</summary>
    private static Task WriteProbesAsync(TestApp app) => app.AsAsync("admin", async sp =>
    {
        var audit = sp.GetRequiredService<IAuditLog>();
        foreach (var (action, unit) in new[] { ("A1", UnitA), ("A2", UnitA), ("A3", UnitA), ("B1", UnitB) })
            await audit.WriteAsync("Test", "ReaderProbe", Guid.NewGuid(), action, unitId: unit);
        await audit.WriteAsync("Test", "ReaderProbe", Guid.NewGuid(), "None");
    });

    private static Task<T> ReadAsync<T>(TestApp app, Func<IAuditLogReader, Task<T>> read) =>
        app.AsAsync("admin", sp => read(sp.GetRequiredService<IAuditLogReader>()));

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetPageAsync_Should_CountAndPageTheEntriesOfTheScope_When_ScopeIsSomeUnits(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await WriteProbesAsync(app);
        var scope = new UnitScope(false, new HashSet<Guid> { UnitA });

        var page = await ReadAsync(app, r => r.GetPageAsync(new AuditLogQuery(scope) { Entity = "ReaderProbe" }, page: 2, pageSize: 2));

        page.Total.ShouldBe(3, "entries of other units and entries without a unit are outside a unit scope");
        page.Items.Count.ShouldBe(1);
        page.Items.Single().UnitId.ShouldBe(UnitA);
        page.Items.Single().Module.ShouldBe("Test");
        page.Items.Single().UserName.ShouldBe("admin");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetPageAsync_Should_Filter_When_ActionUserAndDaysAreGiven(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await WriteProbesAsync(app);
        var now = app.Clock.UtcNow;
        var all = new AuditLogQuery(UnitScope.Everything) { Entity = "ReaderProbe" };

        (await ReadAsync(app, r => r.GetPageAsync(all with { Action = " B1 ", UserName = "ADMIN" }, 1, 50))).Total.ShouldBe(1);
        (await ReadAsync(app, r => r.GetPageAsync(all with { UserName = "aqd" }, 1, 50))).Total.ShouldBe(0);
        (await ReadAsync(app, r => r.GetPageAsync(all with { FromUtc = now, ToUtc = now.AddSeconds(1) }, 1, 50))).Total.ShouldBe(5);
        (await ReadAsync(app, r => r.GetPageAsync(all with { ToUtc = now }, 1, 50))).Total.ShouldBe(0, "the upper bound is exclusive");
    }

    [Theory, MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task GetOlderAsync_Should_ReturnEveryEntryOnce_When_PagingByKeysetOverEntriesOfOneInstant(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await WriteProbesAsync(app);
        var query = new AuditLogQuery(UnitScope.Everything) { Entity = "ReaderProbe" };

        var seen = new List<AuditLogRecord>();
        AuditLogRecord? after = null;
        for (var round = 0; round < 10; round++)
        {
            var page = await ReadAsync(app, r => r.GetOlderAsync(query, after, 2));
            seen.AddRange(page);
            if (page.Count < 2) break;
            after = page[^1];
        }

        seen.Select(e => e.Action).Order(StringComparer.Ordinal).ShouldBe(["A1", "A2", "A3", "B1", "None"]);
        seen.Select(e => e.Id).ShouldBeUnique();
    }
}
