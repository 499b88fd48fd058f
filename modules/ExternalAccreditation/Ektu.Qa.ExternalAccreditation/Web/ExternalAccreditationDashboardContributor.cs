using System.Globalization;
using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Timing;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ExternalAccreditation.Web;

/// <summary>
/// Accreditations in the caller's scope that reached an expiry warning, the share of programmes accredited, and the
/// expiry timeline: valid accreditations by the quarter their validity ends, over the next two years.
/// </summary>
internal sealed class ExternalAccreditationDashboardContributor(IAccreditationAppService accreditations, ICurrentUser user, IUserClock clock,
    IStringLocalizer l) : IDashboardContributor
{
    private const int Quarters = 8;

    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(ExternalAccreditationPermissions.Accreditations.Default)) return [];
        var expiring = await accreditations.GetListAsync(new AccreditationFilter { ExpiringOnly = true }, ct);
        var coverage = await accreditations.GetCoverageAsync(ct);
        var share = AccreditationRules.Percent(coverage.Sum(c => c.Accredited), coverage.Sum(c => c.Programmes));
        return
        [
            new DashboardCard("ExternalAccreditation:Dashboard.Expiring", expiring.Count.ToString(CultureInfo.CurrentCulture),
                new DashboardLink("ExternalAccreditation", "/Accreditations/Index", new Dictionary<string, string> { ["ExpiringOnly"] = "true" })),
            new DashboardCard("ExternalAccreditation:Dashboard.AccreditedShare", share.ToString(CultureInfo.CurrentCulture) + " %",
                new DashboardLink("ExternalAccreditation", "/Accreditations/Index")),
        ];
    }

    public async Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(ExternalAccreditationPermissions.Accreditations.Default)) return [];
        var today = clock.Today;
        var start = new DateOnly(today.Year, (today.Month - 1) / 3 * 3 + 1, 1);
        var live = (await accreditations.GetListAsync(new AccreditationFilter(), ct))
            .Where(a => a.ValidTo is { } to && to >= today
                && a.Status is AccreditationStatus.Valid or AccreditationStatus.Expiring or AccreditationStatus.RenewalInProgress).ToList();
        var labels = new List<string>();
        var values = new List<decimal?>();
        for (var q = 0; q < Quarters; q++)
        {
            var from = start.AddMonths(3 * q);
            var to = from.AddMonths(3);
            labels.Add($"{from.Year} Q{(from.Month - 1) / 3 + 1}");
            values.Add(live.Count(a => a.ValidTo >= from && a.ValidTo < to));
        }
        if (values.All(v => v == 0)) labels.Clear();
        var coverage = (await accreditations.GetCoverageAsync(ct)).Where(c => c.Programmes > 0).ToList();
        return
        [
            new DashboardChart("ea-expiry-timeline", l["ExternalAccreditation:Dashboard.ExpiryTimeline"], DashboardChartKind.Bar, labels,
                [new DashboardSeries(l["ExternalAccreditation:Dashboard.Ending"], values)]),
            new DashboardChart("ea-accredited-by-school", l["ExternalAccreditation:Rankings.AccreditedBySchool"], DashboardChartKind.Bar,
                coverage.Select(c => c.SchoolName).ToList(),
                [new DashboardSeries(l["ExternalAccreditation:Rankings.AccreditedPercent"], coverage.Select(c => (decimal?)c.Percent).ToList())])
            { Unit = "%" },
        ];
    }
}
