using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Procedures;

/// <summary>Everything the improvement procedures add to the host: the service, the nightly planning job, CAPA source, API.</summary>
internal static class ProceduresRegistration
{
    public static IServiceCollection AddProcedures(this IServiceCollection services)
    {
        services.AddScoped<ProcedureRepository>();
        services.AddScoped<EvidenceFileStore>();
        services.AddScoped<ProcedureAppService>();
        services.AddScoped<IProcedureAppService>(sp => sp.GetRequiredService<ProcedureAppService>());
        services.AddScoped<Improvement.Capa.ICapaSourceRecords, ProcedureCapaSources>();
        services.AddQaJob<ProcedureRunPlanJob>(ProcedureRunPlanJob.Key, ProcedureRunPlanJob.Cron);
        services.AddSingleton<IEndpointContributor, ProceduresApi>();
        services.AddScoped<IDataSeedContributor, ProcedureDemoSeeder>();
        return services;
    }
}
