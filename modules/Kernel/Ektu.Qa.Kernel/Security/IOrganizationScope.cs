namespace Ektu.Qa.Kernel.Security;

/// <summary>
/// The organisation units whose records the current user may see: the units where they hold a role and every unit
/// below them; a role at the root unit sees all. Implemented by the Identity module.
/// </summary>
public interface IOrganizationScope
{
    Task<UnitScope> GetAsync(CancellationToken ct = default);
}
