using Ektu.Qa.Kernel.Errors;
using System.Globalization;
using Ektu.Qa.Kernel.Input;
using Ektu.Qa.Kernel.Web.Uploads;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Web;

/// <summary>Reading a multipart form by hand (upload endpoints) with the same answers as bound input.</summary>
public static class QaHttpRequestExtensions
{
    /// <summary>
    /// The request's form, or null when it is not one. A truncated or malformed multipart body is the caller's error (400),
    /// not the server's; a value or file name with control characters is refused as typed text is.
    /// </summary>
    public static async Task<IFormCollection?> ReadQaFormAsync(this HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType) return null;
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException)
        {
            throw;
        }
        catch (Exception e) when (e is InvalidDataException or IOException && !ct.IsCancellationRequested)
        {
            throw new BadHttpRequestException("Malformed form body.", StatusCodes.Status400BadRequest, e);
        }
        var check = new Check();
        foreach (var (key, values) in form)
            check.That(!values.Any(InputText.HasControlCharacters), key, ErrorCodes.ControlCharacters);
        foreach (var file in form.Files)
            check.That(!InputText.HasControlCharacters(file.FileName), file.Name, ErrorCodes.ControlCharacters);
        check.ThrowIfAny();
        return form;
    }

    /// <summary>
    /// The <c>file</c> and <c>version</c> parts of an upload endpoint's form (<see cref="ReadQaFormAsync"/>'s checks); what
    /// is missing stays empty, for the app service to refuse with its own message.
    /// </summary>
    public static async Task<FormUpload> ReadUploadAsync(this HttpRequest request, CancellationToken ct)
    {
        var form = await request.ReadQaFormAsync(ct);
        var file = form?.Files["file"];
        _ = int.TryParse(form?["version"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var version);
        return new FormUpload(file?.FileName ?? "", version, file?.OpenReadStream());
    }
}
