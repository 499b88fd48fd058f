using Ektu.Qa.Identity;
using Ektu.Qa.Improvement;
using Ektu.Qa.Kernel.Modularity;
using Ektu.Qa.QaCommission;
using Ektu.Qa.QualityPolicy;
using Ektu.Qa.Workflow;

namespace Ektu.Qa.TestKit;

/// <summary>The modules the host adds, in the host's order: one line per module.</summary>
public static class TestModules
{
    public static IQaModule[] All() =>
    [
        new IdentityModule(),
        new WorkflowModule(),
        new QualityPolicyModule(),
        new ImprovementModule(),
        new QaCommissionModule(),
        new Ektu.Qa.Reporting.ReportingModule(),
    ];
}
