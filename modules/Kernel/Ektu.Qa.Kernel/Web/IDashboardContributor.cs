namespace Ektu.Qa.Kernel.Web;

/// <summary>A module's figures on the dashboard, already filtered by the user's permissions and scope.</summary>
public interface IDashboardContributor
{
    Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default);
}
