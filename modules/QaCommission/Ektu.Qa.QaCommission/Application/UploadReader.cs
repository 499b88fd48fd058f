using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.QaCommission.Commissions;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.QaCommission.Application;

/// <summary>
/// Reads an upload within the size limit and lets the Kernel's <see cref="FileInspector.Check"/> judge its content (an executable
/// renamed .pdf, a PDF polyglot or a zip bomb is refused).
/// </summary>
internal sealed class UploadReader(IConfiguration configuration)
{
    public async Task<(byte[] Content, string Kind)> ReadAsync(UploadFileInput input, string[] allowedKinds, CancellationToken ct)
    {
        if (input.Content == null || string.IsNullOrWhiteSpace(input.FileName)) throw ValidationException.For("File", QaCommissionErrorCodes.FileRequired);
        if (Path.GetFileName(input.FileName.Trim()).Length > QaCommissionConsts.FileNameMax) throw ValidationException.For("File", ErrorCodes.TooLong);
        var max = configuration.GetValue("QaCommission:MaxFileSizeBytes", QaCommissionConsts.DefaultMaxFileSizeBytes);
        var content = await UploadBuffer.ReadAsync(input.Content, max, "File", ct);
        if (content.Length == 0) throw ValidationException.For("File", QaCommissionErrorCodes.FileRequired);
        var kind = FileInspector.Check(content, allowedKinds);
        return (content, kind);
    }
}
