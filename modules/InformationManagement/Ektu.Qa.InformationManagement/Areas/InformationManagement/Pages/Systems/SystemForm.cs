using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Systems;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Systems;

/// <summary>What the system form offers: the input and, for a new system, the units in scope as owners.</summary>
internal sealed class SystemForm
{
    public required SaveInfoSystemInput Input { get; init; }
    public IReadOnlyList<OrganizationUnitDto> Units { get; init; } = [];
    public bool Editing { get; init; }
}
