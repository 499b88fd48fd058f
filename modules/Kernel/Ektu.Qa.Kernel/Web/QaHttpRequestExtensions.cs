using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Input;
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
}
