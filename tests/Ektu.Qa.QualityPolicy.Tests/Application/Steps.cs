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
            return await s.UploadEditionAsync(id,
                new UploadEditionInput { FileName = fileName, Content = new MemoryStream(content), Version = d.Version });
        });

    /// <summary>
    /// Uploads a PDF, approves it on <paramref name="approvedOn"/> (moving the clock to that day if it is still ahead) and
    /// puts it in force, which is from approval (004 §8.2).
    /// </summary>
    public static async Task<PolicyDocumentDto> EnforceAsync(this TestApp app, Guid id, DateOnly approvedOn)
    {
        var morning = approvedOn.ToDateTime(new TimeOnly(6, 0), DateTimeKind.Utc);
        if (app.Clock.UtcNow < morning) app.Clock.UtcNow = morning;
        await app.UploadAsync(id, Pdf);
        return await app.AsAsync("aqd", async sp =>
        {
            var s = Docs(sp);
            var d = await s.ApproveAsync(id,
                new ApproveEditionInput { ApprovedOn = approvedOn, ApprovingBody = "Board", DecisionNumber = "7",
                Version = (await s.GetAsync(id)).Version });
            return await s.PutInForceAsync(id, new EnforceEditionInput { Version = d.Version });
        });
    }

    public static IPolicyDocumentAppService Docs(IServiceProvider sp) => sp.GetRequiredService<IPolicyDocumentAppService>();
}
