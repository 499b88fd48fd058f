using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ProgrammeMonitoring.Programmes;

/// <summary>Everything the programme register adds to the host.</summary>
internal static class ProgrammesRegistration
{
    public static IServiceCollection AddProgrammes(this IServiceCollection services)
    {
        services.AddScoped<ProgrammeUnits>();
        services.AddScoped<ProgrammeRepository>();
        services.AddScoped<ProgrammeExport>();
        services.AddScoped<ProgrammeAppService>();
        services.AddScoped<IProgrammeAppService>(sp => sp.GetRequiredService<ProgrammeAppService>());
        services.AddScoped<IProgrammeIntegrationService, ProgrammeIntegrationService>();
        services.AddSingleton<IEndpointContributor, ProgrammesApi>();
        services.AddSingleton<Reporting.Definitions.IReportDefinitionProvider, ProgrammeRegisterReport>();
        return services;
    }
}
