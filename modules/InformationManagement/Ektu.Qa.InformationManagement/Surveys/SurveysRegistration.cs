using Ektu.Qa.InformationManagement.Data;
using Ektu.Qa.Kernel.Data;
using Ektu.Qa.Kernel.Scheduling;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>Everything the surveys feature adds to the host.</summary>
internal static class SurveysRegistration
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddSingleton(new SettingDefinition(SurveySettings.MinGroupSize, "5", SettingKind.Integer, 3, 100));
        services.AddScoped<TemplateRepository>();
        services.AddScoped<SurveyRepository>();
        services.AddScoped<SurveyPopulation>();
        services.AddScoped<SurveyCounts>();
        services.AddScoped<SurveyResults>();
        services.AddScoped<ISurveyAppService, SurveyAppService>();
        services.AddScoped<SurveyReminders>();
        services.AddScoped<IDataSeedContributor, SurveyDemoSeeder>();
        services.AddScoped<IDashboardContributor, SurveysDashboardContributor>();
        services.AddSingleton<IEndpointContributor, SurveysApi>();
        services.AddSingleton<Reporting.Definitions.IReportDefinitionProvider, SurveyRegisterReport>();
        services.AddQaJob<SurveyReminderJob>(SurveyReminderJob.Key, SurveyReminderJob.Cron);
        return services;
    }
}
