using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.Kernel.Web.Uploads;

/// <summary>
/// The one upload gate of app services: everything is checked before anything is stored — the name, the size while
/// reading (an oversize upload is never buffered whole), then the content itself (<see cref="FileInspector.Check"/>
/// refuses an executable renamed .pdf, a PDF polyglot or a zip bomb).
/// </summary>
public static class UploadCheck
{
    public static async Task<CheckedUpload> ReadAsync(string? fileName, Stream? content, UploadRules rules, CancellationToken ct)
    {
        if (content == null || string.IsNullOrWhiteSpace(fileName)) throw ValidationException.For(rules.Field, rules.RequiredCode);
        var name = Path.GetFileName(fileName.Trim());
        if (name.Length > rules.FileNameMax) throw ValidationException.For(rules.Field, ErrorCodes.TooLong);
        var bytes = await UploadBuffer.ReadAsync(content, rules.MaxBytes, rules.Field, ct);
        if (bytes.Length == 0) throw ValidationException.For(rules.Field, rules.RequiredCode);
        var kind = FileInspector.Check(bytes, rules.AllowedKinds, rules.Field);
        return new CheckedUpload(bytes, kind, name);
    }
}
