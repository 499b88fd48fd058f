using Ektu.Qa.ProgrammeMonitoring.Effectiveness;
using Ektu.Qa.ProgrammeMonitoring.Procedures;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.ProgrammeMonitoring.Reviews;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

/// <summary>Short ways to reach the monitoring services and the demo programmes of the two schools.</summary>
internal static class MonitoringSteps
{
    public static IProgrammeReviewAppService Reviews(IServiceProvider sp) => sp.GetRequiredService<IProgrammeReviewAppService>();

    public static IProcedureAppService Procedures(IServiceProvider sp) => sp.GetRequiredService<IProcedureAppService>();

    public static IEffectivenessAppService Effectiveness(IServiceProvider sp) => sp.GetRequiredService<IEffectivenessAppService>();

    /// <summary>The demo programme of a school found by its group code (B057 is SITIS's, B071 SEM's).</summary>
    public static Task<Guid> ProgrammeAsync(this TestApp app, string groupCode) => app.AsAsync("admin", async sp =>
        (await Steps.Programmes(sp).GetListAsync(new ProgrammeListInput(Search: groupCode))).Single(p => p.GroupCode == groupCode).Id);
}
