using Ektu.Qa.ExternalAccreditation;
using Ektu.Qa.Identity;
using Ektu.Qa.Improvement;
using Ektu.Qa.InformationManagement;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.ProgrammeMonitoring;
using Ektu.Qa.QaCommission;
using Ektu.Qa.QualityPolicy;
using Ektu.Qa.Reporting;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.TestKit;

/// <summary>The modules the host adds, by name as the host lists them (their order follows from [DependsOn]).</summary>
public static class TestModules
{
    public static IQaModule[] All() =>
    [
        new ExternalAccreditationModule(),
        new IdentityModule(),
        new ImprovementModule(),
        new InformationManagementModule(),
        new ProgrammeMonitoringModule(),
        new QaCommissionModule(),
        new QualityPolicyModule(),
        new ReportingModule(),
        new WorkflowModule(),
    ];
}
