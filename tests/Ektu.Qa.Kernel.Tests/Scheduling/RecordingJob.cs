using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Security;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Ektu.Qa.Kernel.Tests.Scheduling;

/// <summary>Writes one k_settings row per fire (a write needs the job's unit of work); fails when told to.</summary>
internal sealed class RecordingJob : QaJob
{
    public const string Key = "Test.Recording";

    protected override async Task RunAsync(IServiceProvider services, IJobExecutionContext context, CancellationToken ct)
    {
        var user = services.GetRequiredService<ICurrentUser>();
        await services.GetRequiredService<IDbSession>().ExecuteAsync(
            "INSERT INTO k_settings (name, value, version, updated_at, updated_by) VALUES (@name, @value, 1, @at, @by)",
            new { name = "test.run." + context.FireInstanceId, value = context.MergedJobDataMap.GetString("tag") ?? "", at = DateTime.UtcNow,
                by = user.UserName }, ct);
        if (context.MergedJobDataMap.GetString("fail") == "yes") throw new InvalidOperationException("the generator failed");
    }
}
