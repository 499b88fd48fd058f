using System.Globalization;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ExternalAccreditation.Rankings;

/// <summary>
/// The latest share of programmes in the national top 5, and the university's positions in the ranked (not banded)
/// rankings over the editions, one line per ranking: a falling line is a rising university.
/// </summary>
internal sealed class RankingsDashboardContributor(IRankingAppService rankings, ICurrentUser user, IStringLocalizer l) : IDashboardContributor
{
    public async Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(ExternalAccreditationPermissions.Rankings.Default)) return [];
        var latest = (await rankings.GetTopFiveSharesAsync(ct)).OrderByDescending(t => t.Year).FirstOrDefault();
        if (latest == null) return [];
        return [new DashboardCard("ExternalAccreditation:Rankings.TopFiveCard", latest.Percent.ToString(CultureInfo.CurrentCulture) + " %",
            new DashboardLink("ExternalAccreditation", "/Rankings/Index"))];
    }

    public async Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default)
    {
        if (!await user.HasPermissionAsync(ExternalAccreditationPermissions.Rankings.Default)) return [];
        var ranked = (await rankings.GetEntriesAsync(null, ct)).Where(e => e.ProgrammeId == null && e.Position != null).ToList();
        var years = ranked.Select(e => e.Year).Distinct().Order().ToList();
        var series = ranked.GroupBy(e => e.SystemCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DashboardSeries(g.Key, years.Select(y => (decimal?)g.FirstOrDefault(e => e.Year == y)?.Position).ToList()))
            .ToList();
        return [new DashboardChart("ea-ranking-positions", l["ExternalAccreditation:Rankings.PositionsChart"], DashboardChartKind.Line,
            years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(), series)];
    }
}
