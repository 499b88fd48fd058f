using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ProgrammeMonitoring.Passport;

/// <summary>The passport of a version as a Word document; the app service checks permission and scope.</summary>
internal sealed class PassportApi : IEndpointContributor
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapFeature("/api/programme-monitoring/programmes/{id:guid}/versions/{number:int}", "ProgrammeMonitoring.Passport")
            .MapGet("/passport.docx", async (IProgrammePassportAppService s, Guid id, int number, PassportLanguage? language, CancellationToken ct) =>
                (await s.GetAsync(id, number, language ?? PassportLanguage.Kk, ct)).ToResult())
            .WithName("ProgrammeMonitoring_GetPassport")
            .WithSummary("The programme specification (passport) of a version as a Word document in Kazakh, Russian or English.");
}
