namespace Ektu.Qa.Kernel.Web;

/// <summary>A module's figures and charts on the dashboard, already filtered by the user's permissions and scope.</summary>
public interface IDashboardContributor
{
    /// <summary>Where the contributor's cards stand on the page: lower first (a person's own work before the overviews).</summary>
    int Order => 0;

    Task<IReadOnlyList<DashboardCard>> GetCardsAsync(CancellationToken ct = default);

    /// <summary>Trends over time, in the user's time zone; a module without any contributes none.</summary>
    Task<IReadOnlyList<DashboardChart>> GetChartsAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<DashboardChart>>([]);
}
