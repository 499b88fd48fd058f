using Ektu.Qa.Kernel.Files;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Kernel.Web;

/// <summary>Sends a <see cref="FileDownload"/> from an endpoint or a page, as an attachment with its own name.</summary>
public static class FileDownloadResults
{
    public static IResult ToResult(this FileDownload file) => Results.File(file.Content, file.ContentType, file.FileName);

    public static FileStreamResult ToActionResult(this FileDownload file) =>
        new(file.Content, file.ContentType) { FileDownloadName = file.FileName };
}
