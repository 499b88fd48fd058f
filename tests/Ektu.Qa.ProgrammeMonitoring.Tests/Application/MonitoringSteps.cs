using Ektu.Qa.ProgrammeMonitoring.Effectiveness;
using Ektu.Qa.ProgrammeMonitoring.Procedures;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Ektu.Qa.ProgrammeMonitoring.Reviews;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Tests.Application;

/// <summary>Short ways to reach the monitoring services.</summary>
internal static class MonitoringSteps
{
    public static IProgrammeReviewAppService Reviews(IServiceProvider sp) => sp.GetRequiredService<IProgrammeReviewAppService>();

    public static IProcedureAppService Procedures(IServiceProvider sp) => sp.GetRequiredService<IProcedureAppService>();

    public static IEffectivenessAppService Effectiveness(IServiceProvider sp) => sp.GetRequiredService<IEffectivenessAppService>();
}
