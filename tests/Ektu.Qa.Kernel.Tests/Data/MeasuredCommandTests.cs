using System.Diagnostics.Metrics;
using Dapper;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Observability;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Kernel.Tests.Data;

/// <summary>A repository's own Dapper call (multi-mapping, a script) counts in <c>ektu_qa.db.commands</c> like the session's.</summary>
public sealed class MeasuredCommandTests
{
    private static readonly AsyncLocal<bool> Mine = new();

    [Fact]
    public async Task MeasuredAsync_Should_CountTheCommandAndItsDuration_When_ARepositoryRunsItsOwnDapperCall()
    {
        await using var app = await TestApp.StartAsync(TestDatabases.Sqlite, demo: false);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IDbSession>();
        var (commands, durations) = (0L, 0L);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == QaMetrics.MeterName && instrument.Name.StartsWith("ektu_qa.db.command", StringComparison.Ordinal))
                    l.EnableMeasurementEvents(instrument);
            },
        };
        // Only this test's flow: other tests of the assembly run commands at the same time.
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => { if (Mine.Value) Interlocked.Increment(ref commands); });
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => { if (Mine.Value) Interlocked.Increment(ref durations); });
        listener.Start();
        Mine.Value = true;

        var pairs = await db.MeasuredAsync(cn => cn.QueryAsync<long, long, (long, long)>(
            db.Command("SELECT 1 AS a, 2 AS b", null, default), (a, b) => (a, b), splitOn: "b"));

        pairs.Single().ShouldBe((1L, 2L));
        commands.ShouldBe(1);
        durations.ShouldBe(1);
    }
}
