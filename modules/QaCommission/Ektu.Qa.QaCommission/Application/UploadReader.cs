using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Files;
using Ektu.Qa.QaCommission.Commissions;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.QaCommission.Application;

/// <summary>Reads an upload within the size limit and recognises it by content (an executable renamed .pdf is refused).</summary>
internal sealed class UploadReader(IConfiguration configuration)
{
    public async Task<(byte[] Content, string Kind)> ReadAsync(UploadFileInput input, string[] allowedKinds, CancellationToken ct)
    {
        if (input.Content == null || string.IsNullOrWhiteSpace(input.FileName)) throw ValidationException.For("File", QaCommissionErrorCodes.FileRequired);
        if (Path.GetFileName(input.FileName.Trim()).Length > QaCommissionConsts.FileNameMax) throw ValidationException.For("File", ErrorCodes.TooLong);
        var max = configuration.GetValue("QaCommission:MaxFileSizeBytes", QaCommissionConsts.DefaultMaxFileSizeBytes);
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await input.Content.ReadAsync(buffer, ct)) > 0)
        {
            if (ms.Length + read > max) throw ValidationException.For("File", ErrorCodes.FileTooLarge);
            ms.Write(buffer, 0, read);
        }
        if (ms.Length == 0) throw ValidationException.For("File", QaCommissionErrorCodes.FileRequired);
        var content = ms.ToArray();
        var kind = FileInspector.Detect(content);
        if (kind == null || !allowedKinds.Contains(kind)) throw ValidationException.For("File", ErrorCodes.FileTypeNotAllowed);
        return (content, kind);
    }
}
