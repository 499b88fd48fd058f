using System.Text;
using Ektu.Qa.Identity;
using Ektu.Qa.QualityPolicy.Documents;
using Ektu.Qa.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.QualityPolicy.Tests.Application;

/// <summary>Common steps of the document tests, each in its own unit of work as a demo user.</summary>
internal static class Steps
{
    public static readonly byte[] Pdf = TestFiles.Pdf("policy");

    public static Task<Guid> UnitAsync(this TestApp app, string code) => app.AsAsync("admin", async sp =>
        (await sp.GetRequiredService<IIdentityIntegrationService>().GetUnitsAsync()).Single(u => u.Code == code).Id);

    public static SavePolicyDocumentInput Input(Guid owner, string code = "T-01", string? titleEn = null) => new()
    {
        Code = code, Type = DocumentType.Regulation, TitleKk = "Ереже", TitleRu = "Положение", TitleEn = titleEn ?? "Regulation", OwnerUnitId = owner,
    };

    public static Task<PolicyDocumentDto> CreateAsync(this TestApp app, Guid owner, string code = "T-01", string user = "aqd") =>
        app.AsAsync(user, sp => Docs(sp).CreateAsync(Input(owner, code)));

    public static Task<DocumentEditionDto> UploadAsync(this TestApp app, Guid id, byte[] content, string fileName = "policy.pdf") =>
        app.AsAsync("aqd", async sp =>
        {
            var s = Docs(sp);
            var d = await s.GetAsync(id);
            return await s.UploadEditionAsync(id, new UploadEditionInput { FileName = fileName, Content = new MemoryStream(content), Version = d.Version });
        });

    /// <summary>Uploads a PDF, approves it on <paramref name="approvedOn"/> and puts it in force on <paramref name="inForceOn"/>.</summary>
    public static async Task<PolicyDocumentDto> EnforceAsync(this TestApp app, Guid id, DateOnly approvedOn, DateOnly inForceOn)
    {
        await app.UploadAsync(id, Pdf);
        return await app.AsAsync("aqd", async sp =>
        {
            var s = Docs(sp);
            var d = await s.ApproveAsync(id, new ApproveEditionInput { ApprovedOn = approvedOn, ApprovingBody = "Board", DecisionNumber = "7", Version = (await s.GetAsync(id)).Version });
            return await s.PutInForceAsync(id, new EnforceEditionInput { InForceOn = inForceOn, Version = d.Version });
        });
    }

    public static IPolicyDocumentAppService Docs(IServiceProvider sp) => sp.GetRequiredService<IPolicyDocumentAppService>();
}
