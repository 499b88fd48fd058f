using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Assessments;
using Ektu.Qa.ExternalAccreditation.Certifications;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.ExternalAccreditation.PublicResults;
using Ektu.Qa.ExternalAccreditation.Rankings;
using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.ExternalAccreditation.SelfAssessment;
using Ektu.Qa.ExternalAccreditation.Web;
using Ektu.Qa.Identity;
using Ektu.Qa.Improvement;
using Ektu.Qa.Kernel;
using Ektu.Qa.Kernel.Menus;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring;
using Ektu.Qa.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.ExternalAccreditation;

/// <summary>
/// Standard 10, cyclical external quality assurance: accreditation agencies as reference data (<c>Agencies/</c>),
/// institutional and specialised accreditations with their decisions, validity, expiry warnings and post-accreditation
/// monitoring (<c>Accreditations/</c>); accreditation readiness — experts' recommendations and the evidence library
/// (<c>Readiness/</c>, moved here from QaCommission, which reads it through <see cref="IReadinessIntegrationService"/>).
/// Certificates of management systems with their annual inspection audits (<c>Certifications/</c>). The external assessment
/// procedure on the shipped <c>ea-external-assessment</c> process, its documents and improvement plan raised as CAPA items
/// (<c>Assessments/</c>). Rankings with the programmes' top-5 share (<c>Rankings/</c>); the self-assessment report builder
/// over agencies' standards mapped to ESG (<c>SelfAssessment/</c>); final results for the public reporting (<c>PublicResults/</c>).
/// Identity (schools, scope), ProgrammeMonitoring (the programmes an accreditation covers), Workflow (the procedure's process)
/// and Improvement (CAPA items) are reached through their Contracts only.
/// </summary>
[DependsOn(typeof(KernelModule), typeof(IdentityContractsModule), typeof(ProgrammeMonitoringContractsModule), typeof(WorkflowContractsModule),
    typeof(ImprovementContractsModule))]
public sealed class ExternalAccreditationModule : IQaModule
{
    public string Name => ExternalAccreditationContractsModule.ModuleName;

    public string TablePrefix => "ea_";

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<IPermissionDefinitionProvider, ExternalAccreditationPermissionDefinitionProvider>();
        services.AddSingleton<IMenuContributor, ExternalAccreditationMenuContributor>();
        services.AddScoped<IDashboardContributor, ExternalAccreditationDashboardContributor>();
        services.AddAgencies();
        services.AddAccreditations();
        services.AddReadiness();
        services.AddCertifications();
        services.AddAssessments();
        services.AddRankings();
        services.AddSelfAssessment();
        services.AddScoped<IPublicResultsIntegrationService, PublicResultsIntegrationService>();
    }
}
