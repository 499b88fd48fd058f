using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.ProgrammeMonitoring.Programmes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Accreditations;

/// <summary>A new accreditation (or the renewal of one, <c>?renewOf=</c>), or the decision and validity of an existing one.</summary>
[Authorize(ExternalAccreditationPermissions.Accreditations.Manage)]
internal sealed class EditModel(IAccreditationAppService accreditations, IAgencyAppService agencies, IUnitDirectory units,
    IProgrammeIntegrationService programmes) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? RenewOf { get; set; }
    [BindProperty] public SaveAccreditationInput Input { get; set; } = new();

    public IReadOnlyList<AgencyDto> Agencies { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public IReadOnlyList<ProgrammeDto> Programmes { get; private set; } = [];
    public IReadOnlyList<AccreditationDto> Renewable { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        if (Id is { } id) Input = From((await accreditations.GetAsync(id, ct)).Accreditation);
        else if (RenewOf is { } renewed)
        {
            var a = (await accreditations.GetAsync(renewed, ct)).Accreditation;
            Input = From(a);
            Input.Decision = AccreditationDecision.Pending;
            Input.DecidedOn = Input.ValidFrom = Input.ValidTo = Input.FollowUpDueOn = null;
            Input.Conditions = Input.Recommendations = null;
            Input.RenewalOfId = a.Id;
            Input.Version = 0;
        }
        await LoadAsync(ct);
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var a = Id is { } id ? await accreditations.UpdateAsync(id, Input, ct) : await accreditations.CreateAsync(Input, ct);
        return RedirectToPage("/Accreditations/Details", new { id = a.Id });
    }, () => LoadAsync(ct));

    protected override Task ReloadAsync() => LoadAsync(HttpContext.RequestAborted);

    private async Task LoadAsync(CancellationToken ct)
    {
        Agencies = (await agencies.GetListAsync(ct)).Where(a => a.IsActive || a.Id == Input.AgencyId).ToList();
        Units = (await units.InScopeAsync(ct)).Where(u => u.Kind is OrganizationUnitKind.School or OrganizationUnitKind.University).ToList();
        var scope = await units.ScopeAsync(ct);
        Programmes = (await programmes.GetProgrammesAsync(ct)).Where(p => scope.Contains(p.SchoolId) && p.Status != ProgrammeStatus.Closed)
            .OrderBy(p => p.GroupCode, StringComparer.Ordinal).ToList();
        Renewable = (await accreditations.GetListAsync(new AccreditationFilter(), ct))
            .Where(a => a.Id != Id && a.Decision is AccreditationDecision.Accredited or AccreditationDecision.Conditional).ToList();
    }

    private static SaveAccreditationInput From(AccreditationDto a) => new()
    {
        UnitId = a.UnitId, AgencyId = a.AgencyId, Kind = a.Kind, Reach = a.Reach, Decision = a.Decision, DecidedOn = a.DecidedOn,
        ValidFrom = a.ValidFrom, ValidTo = a.ValidTo, FollowUpDueOn = a.FollowUpDueOn, Conditions = a.Conditions,
        Recommendations = a.Recommendations, RenewalOfId = a.RenewalOfId, ProgrammeIds = [.. a.ProgrammeIds], Version = a.Version,
    };
}
