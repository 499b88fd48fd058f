using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Improvement.Tests.Application;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Improvement.Tests.Capa;

/// <summary>The one item of a record: raised once however often and however concurrently it is asked for.</summary>
public sealed class CapaRaiseOnceTests
{
    public static TheoryData<string> Providers => TestDatabases.Providers;

    private static ICapaIntegrationService Capa(IServiceProvider sp) => sp.GetRequiredService<ICapaIntegrationService>();

    private static async Task<SaveCapaItemInput> InputAsync(TestApp app, Guid sourceId) => new()
    {
        UnitId = await app.UnitAsync("SITIS-CS"), Source = CapaSources.Monitoring, SourceId = sourceId,
        Problem = "Attendance below the threshold", CorrectiveAction = "Review the timetable", OwnerUserId = await app.UserIdAsync("teacher1"),
        Deadline = new DateOnly(2026, 5, 1),
    };

    private static Task<long> CountAsync(TestApp app, Guid sourceId) => app.QueryAsync(db =>
        db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM imp_capa_items WHERE source_id = @sourceId", new { sourceId }));

    [Theory, MemberData(nameof(Providers))]
    public async Task RaiseOnceAsync_Should_ReturnTheFirstItem_When_RaisedTwice(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var input = await InputAsync(app, Guid.NewGuid());

        var first = await app.AsAsync("dean.sitis", sp => Capa(sp).RaiseOnceAsync(input));
        var second = await app.AsAsync("dean.sitis", sp => Capa(sp).RaiseOnceAsync(input));

        first.IsNew.ShouldBeTrue();
        second.IsNew.ShouldBeFalse();
        second.Item.Id.ShouldBe(first.Item.Id);
        second.Item.OwnerName.ShouldNotBeEmpty();
        (await CountAsync(app, input.SourceId!.Value)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RaiseOnceAsync_Should_FindAnItemRaisedBeforeTheSoleKey_When_RaisedAgain(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var input = await InputAsync(app, Guid.NewGuid());
        var plain = await app.AsAsync("dean.sitis", sp => Capa(sp).RaiseAsync(input));

        var again = await app.AsAsync("dean.sitis", sp => Capa(sp).RaiseOnceAsync(input));

        again.IsNew.ShouldBeFalse();
        again.Item.Id.ShouldBe(plain.Id);
        (await CountAsync(app, input.SourceId!.Value)).ShouldBe(1);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task RaiseOnceAsync_Should_RaiseOneItem_When_TwoRequestsRaiseAtOnce(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var input = await InputAsync(app, Guid.NewGuid());
        var firstRaised = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // The first request raises and holds its unit of work open; the second looks for the item before the first commits,
        // so it does not see it and inserts too: the database's key has to turn it back to the first one's item.
        var first = app.AsAsync("dean.sitis", async sp =>
        {
            var raised = await Capa(sp).RaiseOnceAsync(input);
            firstRaised.SetResult();
            await release.Task;
            return raised;
        });
        await firstRaised.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var second = app.AsAsync("dean.sitis", sp => Capa(sp).RaiseOnceAsync(input));
        await Task.WhenAny(second, Task.Delay(500));
        release.SetResult();
        var results = await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(60));

        results.Count(r => r.IsNew).ShouldBe(1);
        results[1].Item.Id.ShouldBe(results[0].Item.Id);
        (await CountAsync(app, input.SourceId!.Value)).ShouldBe(1);
    }
}
