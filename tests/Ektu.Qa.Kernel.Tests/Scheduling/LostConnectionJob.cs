using System.Collections.Concurrent;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Kernel.Tests.Scheduling;

/// <summary>Writes its row, then loses the connection (an IOException, as a dying server gives) on its first attempt of a fire.</summary>
internal sealed class LostConnectionJob : QaJob
{
    public const string Key = "Test.LostConnection";

    public static readonly ConcurrentDictionary<string, int> Attempts = new();

    protected override async Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var attempt = Attempts.AddOrUpdate(context.FireInstanceId, 1, (_, n) => n + 1);
        await services.GetRequiredService<IDbSession>().ExecuteAsync(
            "INSERT INTO k_settings (name, value, version, updated_at, updated_by) VALUES (@name, @value, 1, @at, 'system')",
            new { name = "test.run." + context.FireInstanceId, value = $"attempt {attempt}", at = DateTime.UtcNow }, ct);
        if (attempt == 1) throw new IOException("Connection reset by peer");
    }
}
