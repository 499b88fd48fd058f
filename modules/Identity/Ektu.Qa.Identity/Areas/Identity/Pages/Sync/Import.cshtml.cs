using Ektu.Qa.Identity.Permissions;
using Ektu.Qa.Identity.Sync;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Identity.Areas.Identity.Pages.Sync;

/// <summary>
/// Import of people from CSV or XLSX: upload (the file is kept and previewed), choose which column is which field (a saved
/// mapping proposes them), import; the run page then offers the per-row result file.
/// </summary>
[Authorize(IdentityPermissions.Sync.Default)]
internal sealed class ImportModel(IPeopleImportAppService import) : QaPageModel
{
    public IReadOnlyList<string> MappingNames { get; private set; } = [];
    public ImportPreviewDto? Preview { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UploadId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? MappingName { get; set; }

    [BindProperty]
    public Dictionary<string, string> Mapping { get; set; } = [];

    [BindProperty]
    public string? SaveAs { get; set; }

    protected override string FieldPrefix => "";

    public Task<IActionResult> OnGetAsync() => TryAsync(async () =>
    {
        await ReloadAsync();
        return Page();
    });

    public Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        await using var content = file?.OpenReadStream();
        var preview = await import.PreviewAsync(file?.FileName, content, MappingName, ct);
        return RedirectToPage(new { uploadId = preview.UploadId, mappingName = MappingName });
    }, ReloadWithoutUploadAsync);

    public Task<IActionResult> OnPostImportAsync(CancellationToken ct) => RunAndRedirectAsync(async () =>
    {
        var result = await import.ImportAsync(UploadId ?? Guid.Empty, Mapping, SaveAs, ct);
        return RedirectToPage("/Sync/Run", new { id = result.RunId });
    }, ReloadAsync);

    /// <summary>The column chosen for a field: the posted choice after a refused import, otherwise the proposal.</summary>
    public string? ColumnOf(string field) => Mapping.Count > 0 ? Mapping.GetValueOrDefault(field) : Preview?.Mapping.GetValueOrDefault(field);

    protected override async Task ReloadAsync()
    {
        MappingNames = await import.GetMappingNamesAsync(HttpContext.RequestAborted);
        if (UploadId is { } id) Preview = await import.GetPreviewAsync(id, MappingName, HttpContext.RequestAborted);
    }

    private Task ReloadWithoutUploadAsync()
    {
        UploadId = null;
        return ReloadAsync();
    }
}
