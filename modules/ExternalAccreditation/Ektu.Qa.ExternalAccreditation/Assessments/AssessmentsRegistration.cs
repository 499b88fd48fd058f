using Ektu.Qa.Improvement.Capa;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow;
using Ektu.Qa.Workflow.Records;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation.Assessments;

/// <summary>The assessment procedure's registrations: the owned process, its handlers, record card, CAPA sources, demo and API.</summary>
internal static class AssessmentsRegistration
{
    public static IServiceCollection AddAssessments(this IServiceCollection services)
    {
        services.AddScoped<AssessmentRepository>();
        services.AddScoped<AssessmentFileStore>();
        services.AddScoped<AssessmentExport>();
        services.AddScoped<AssessmentAppService>();
        services.AddScoped<IAssessmentAppService>(sp => sp.GetRequiredService<AssessmentAppService>());
        services.AddScoped<IWorkflowServiceHandler, RecordAssessmentDecisionHandler>();
        services.AddScoped<IWorkflowServiceHandler, WithdrawAssessmentHandler>();
        services.AddScoped<IWorkflowServiceHandler, CompleteAssessmentHandler>();
        services.AddSingleton(new WorkflowProcessOwner(AssessmentProcess.Key, ExternalAccreditationContractsModule.ModuleName));
        services.AddScoped<IWorkflowRecordProvider, AssessmentRecord>();
        services.AddScoped<ICapaSourceRecords, AssessmentCapaSources>();
        services.AddScoped<Kernel.Data.IDataSeedContributor, AssessmentDemoSeeder>();
        services.AddSingleton<IEndpointContributor, AssessmentsApi>();
        return services;
    }
}
