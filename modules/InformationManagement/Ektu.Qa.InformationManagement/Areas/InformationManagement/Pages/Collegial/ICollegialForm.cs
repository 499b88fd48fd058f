using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.InformationManagement.Collegial;

namespace Ektu.Qa.InformationManagement.Areas.InformationManagement.Pages.Collegial;

/// <summary>What the shared fields of the new and edit forms read: the input, and the units to pick from (new only).</summary>
internal interface ICollegialForm
{
    SaveCollegialAnalysisInput Input { get; }

    IReadOnlyList<OrganizationUnitDto>? Units { get; }
}
