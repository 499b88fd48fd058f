using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.Host.Pages;

/// <summary>The dashboard: each module's cards the user may see.</summary>
public sealed class IndexModel(ICurrentUser user, IEnumerable<IDashboardContributor> contributors) : PageModel
{
    public string UserName => user.UserName ?? "";

    public List<DashboardCard> Cards { get; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        foreach (var c in contributors) Cards.AddRange(await c.GetCardsAsync(ct));
    }
}
