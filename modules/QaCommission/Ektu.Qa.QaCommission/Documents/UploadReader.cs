using Ektu.Qa.Kernel.Web.Uploads;
using Ektu.Qa.QaCommission.Commissions;
using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.QaCommission.Documents;

/// <summary>The commission's upload rules (size from configuration) for the Kernel's <see cref="UploadCheck"/>.</summary>
internal sealed class UploadReader(IConfiguration configuration)
{
    public async Task<(byte[] Content, string Kind)> ReadAsync(UploadFileInput input, string[] allowedKinds, CancellationToken ct)
    {
        var max = configuration.GetValue("QaCommission:MaxFileSizeBytes", QaCommissionConsts.DefaultMaxFileSizeBytes);
        var rules = new UploadRules(max, QaCommissionConsts.FileNameMax, QaCommissionErrorCodes.FileRequired, allowedKinds);
        var upload = await UploadCheck.ReadAsync(input.FileName, input.Content, rules, ct);
        return (upload.Content, upload.Kind);
    }
}
