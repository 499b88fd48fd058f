using System.Text.Json;
using Ektu.Qa.Identity;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Host.Pages;

/// <summary>The dashboard: each module's cards and charts the user may see.</summary>
public sealed class IndexModel(ICurrentUser user, IIdentityIntegrationService identity, IEnumerable<IDashboardContributor> contributors)
    : PageModel
{
    /// <summary>The person's name, as the header shows it; the login only for an account without one.</summary>
    public string UserName { get; private set; } = "";

    public List<DashboardCard> Cards { get; } = [];

    public List<DashboardChart> Charts { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = user.Id is { } id ? (await identity.GetUsersAsync([id], ct)).FirstOrDefault() : null;
        UserName = me is { FullName.Length: > 0 } ? me.FullName : user.UserName ?? "";
        foreach (var c in contributors.OrderBy(c => c.Order))
        {
            Cards.AddRange(await c.GetCardsAsync(ct));
            Charts.AddRange(await c.GetChartsAsync(ct));
        }
    }

    /// <summary>What <c>frontend/site.js</c> draws from a canvas's <c>data-chart</c> (no inline script: the CSP forbids one).</summary>
    public static string ChartData(DashboardChart chart) => JsonSerializer.Serialize(new
    {
        kind = chart.Kind == DashboardChartKind.Line ? "line" : "bar",
        labels = chart.Labels,
        series = chart.Series.Select(s => new { name = s.Name, values = s.Values }),
        unit = chart.Unit,
        stacked = chart.Stacked,
    });
}
