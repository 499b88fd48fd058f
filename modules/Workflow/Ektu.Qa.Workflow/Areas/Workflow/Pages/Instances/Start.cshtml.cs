using System.Text.Json;
using System.Text.Json.Nodes;
using Ektu.Qa.Identity;
using Ektu.Qa.Identity.OrganizationUnits;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Security;
using Ektu.Qa.Kernel.Web;
using Ektu.Qa.Workflow.Definitions;
using Ektu.Qa.Workflow.Instances;
using Ektu.Qa.Workflow.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Workflow.Areas.Workflow.Pages.Instances;

/// <summary>
/// Starts a published process by hand for a business record of a unit in scope. Modules start theirs in code, so
/// their processes are not offered (and the app service refuses them).
/// </summary>
[Authorize(WorkflowPermissions.Instances.Start)]
internal sealed class StartModel(
    IProcessInstanceAppService instances, IProcessDefinitionAppService definitions, IIdentityIntegrationService identity, IOrganizationScope scope,
    IEnumerable<WorkflowProcessOwner> owners) : QaPageModel
{
    [BindProperty] public string ProcessKey { get; set; } = "";
    [BindProperty] public string BusinessKey { get; set; } = "";
    [BindProperty] public Guid UnitId { get; set; }
    [BindProperty] public string? Variables { get; set; }

    public IReadOnlyList<ProcessDefinitionDto> Processes { get; private set; } = [];
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        await ReloadAsync();
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        RunAndRedirectAsync(async () =>
        {
            var started = await instances.StartAsync(new StartProcessInput
            {
                ProcessKey = ProcessKey, BusinessKey = BusinessKey, UnitId = UnitId, Variables = ParseVariables(),
            }, ct);
            return RedirectToPage("/Instances/Details", new { id = started.Id });
        });

    protected override async Task ReloadAsync()
    {
        var owned = owners.Select(o => o.ProcessKey).ToHashSet(StringComparer.Ordinal);
        Processes = (await definitions.GetListAsync()).Where(d => d.PublishedNumber != null && !owned.Contains(d.ProcessKey)).ToList();
        var units = await scope.GetAsync();
        Units = (await identity.GetUnitsAsync()).Where(u => units.Contains(u.Id)).ToList();
    }

    private JsonObject? ParseVariables()
    {
        if (string.IsNullOrWhiteSpace(Variables)) return null;
        try
        {
            return JsonNode.Parse(Variables) as JsonObject ?? throw ValidationException.For(nameof(Variables), WorkflowErrorCodes.InvalidVariables);
        }
        catch (JsonException)
        {
            throw ValidationException.For(nameof(Variables), WorkflowErrorCodes.InvalidVariables);
        }
    }
}
