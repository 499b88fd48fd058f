using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Kernel.Settings;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Settings;

[Authorize(IdentityPermissions.Settings.Manage)]
internal sealed class IndexModel(ISettingStore settings) : QaPageModel
{
    public List<(SettingDefinition Definition, string Value)> Values { get; } = [];

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync() => TryAsync(async () => { await ReloadAsync(); return Page(); });

    public Task<IActionResult> OnPostAsync(Dictionary<string, string> values, CancellationToken ct) => TryAsync(async () =>
    {
        foreach (var (name, value) in values) await settings.SetAsync(name, value ?? "", ct);
        return RedirectToPage();
    });

    protected override async Task ReloadAsync()
    {
        Values.Clear();
        foreach (var d in settings.Definitions) Values.Add((d, await settings.GetAsync(d.Name)));
    }
}
