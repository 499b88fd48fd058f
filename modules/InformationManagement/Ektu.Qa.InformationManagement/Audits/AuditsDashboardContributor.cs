using System.Globalization;
using Ektu.Qa.InformationManagement.Permissions;
using Ektu.Qa.Kernel.Localization;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>
/// This year's audits whose auditors are no longer independent, and the findings of this year's audits by class, stacked
/// by the state of their audit.
/// </summary>
internal sealed class AuditsDashboardContributor(IAuditAppService audits, ICurrentUser user, IUserClock clock, IStringLocalizer l)
    : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(InformationManagementPermissions.Audits.Default)) return [];
        var plan = await audits.GetPlanAsync(clock.Today.Year, ct);
        return
        [
            new DashboardCard("InformationManagement:Dashboard.DependentAudits",
                plan.Count(a => a.DependentAuditors.Count > 0).ToString(CultureInfo.CurrentCulture),
                new DashboardLink("InformationManagement", "/Audits/Index", null)),
        ];
    }

    public async Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(InformationManagementPermissions.Audits.Default)) return [];
        var findings = await audits.GetFindingsAsync(clock.Today.Year, ct);
        var classes = Enum.GetValues<FindingClass>();
        var series = findings.Count == 0
            ? []
            : Enum.GetValues<AuditState>().Select(s => new DashboardSeries(l.Enum(s),
                classes.Select(c => (decimal?)findings.Count(f => f.Class == c && f.AuditState == s)).ToList())).ToList();
        return
        [
            new DashboardChart("im-audit-findings", l["InformationManagement:Dashboard.AuditFindings"].Value, DashboardChartKind.Bar,
                findings.Count == 0 ? [] : classes.Select(c => l.Enum(c)).ToList(), series) { Stacked = true },
        ];
    }
}
