using Ektu.Qa.Kernel.Web;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.QualityPolicy.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ektu.Qa.QualityPolicy.Areas.QualityPolicy.Pages.Documents;

/// <summary>Uploads the next edition's file (PDF or DOCX, checked by content).</summary>
[Authorize(QualityPolicyPermissions.Documents.Manage)]
internal sealed class UploadModel(IPolicyDocumentAppService documents) : QaPageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public UploadForm Input { get; set; } = new();
    public PolicyDocumentDto Document { get; private set; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => TryAsync(async () =>
    {
        Document = await documents.GetAsync(Id, ct);
        Input.Version = Document.Version;
        return Page();
    });

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAndRedirectAsync(
        async () =>
        {
            await using var content = Input.File?.OpenReadStream();
            var input = new UploadEditionInput { FileName = Input.File?.FileName ?? "", Content = content, Version = Input.Version };
            await documents.UploadEditionAsync(Id, input, ct);
        },
        () => RedirectToPage("/Documents/Details", new { id = Id }),
        async () => Document = await documents.GetAsync(Id, ct));

    /// <summary>The posted form: the file and the document version it was chosen against.</summary>
    internal sealed class UploadForm
    {
        public IFormFile? File { get; set; }
        public int Version { get; set; }
    }
}
