using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.Kernel.Paging;
using Microsoft.AspNetCore.Mvc;

namespace Ektu.Qa.Kernel.Web;

/// <summary>
/// "Export to Excel" of a list page: the rows of the current filter through the Kernel's streaming writer, sent as an
/// attachment named <c>{name}-{yyyyMMdd-HHmm}.xlsx</c>. The zip is written synchronously, so it goes to a temporary file
/// that is deleted on close and is then copied to the response asynchronously (Kestrel forbids synchronous writes).
/// </summary>
public sealed class ExcelFileResult<T>(string fileName, string sheetName, IReadOnlyList<ExcelColumn<T>> columns, IEnumerable<T> rows) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var ct = context.HttpContext.RequestAborted;
        await using var tmp =
            new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await Task.Run(() => ExcelWriter.Write(tmp, sheetName, columns, rows.Take(PagedExport.MaxRows)), ct);
        tmp.Position = 0;
        var response = context.HttpContext.Response;
        response.ContentType = FileInspector.ContentType("xlsx");
        response.ContentLength = tmp.Length;
        response.Headers.ContentDisposition = $"attachment; filename={fileName}-{DateTime.UtcNow:yyyyMMdd-HHmm}.xlsx";
        await tmp.CopyToAsync(response.Body, ct);
    }
}
