using Ektu.Qa.ExternalAccreditation.Permissions;
using Ektu.Qa.Kernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ektu.Qa.ExternalAccreditation.Certifications;

/// <summary>REST endpoints under /api/external-accreditation/certificates; the app service checks permission and scope.</summary>
internal sealed class CertificationsApi : IEndpointContributor
{
    public const string Route = "/api/external-accreditation/certificates";

    public void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapFeature(Route, "ExternalAccreditation.Certifications");
        const string view = ExternalAccreditationPermissions.Certifications.Default;
        const string manage = ExternalAccreditationPermissions.Certifications.Manage;
        api.MapGet("", (ICertificationAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("ExternalAccreditation_ListCertificates").WithSummary("Management-system certificates in the caller's scope.")
            .WithPermission(view);
        api.MapGet("/{id:guid}", (ICertificationAppService s, Guid id, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("ExternalAccreditation_GetCertificate").WithSummary("A certificate with its inspection audits.")
            .WithPermission(view);
        api.MapPost("", (ICertificationAppService s, SaveCertificateInput input, CancellationToken ct) =>
                s.CreateAsync(input, ct).Created(c => $"{Route}/{c.Id}"))
            .WithName("ExternalAccreditation_CreateCertificate").WithSummary("Records a certificate: standard, body, scope, validity.")
            .WithPermission(manage);
        api.MapPut("/{id:guid}", (ICertificationAppService s, Guid id, SaveCertificateInput input, CancellationToken ct) =>
                s.UpdateAsync(id, input, ct))
            .WithName("ExternalAccreditation_UpdateCertificate").WithSummary("Edits a certificate.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/audits", (ICertificationAppService s, Guid id, PlanAuditInput input, CancellationToken ct) =>
                s.PlanAuditAsync(id, input, ct))
            .WithName("ExternalAccreditation_PlanInspectionAudit").WithSummary("Plans an inspection audit within the validity.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/audits/{auditId:guid}/held", (ICertificationAppService s, Guid id, Guid auditId, RecordAuditInput input,
                CancellationToken ct) => s.RecordAuditAsync(id, auditId, input, ct))
            .WithName("ExternalAccreditation_RecordInspectionAudit").WithSummary("Records an inspection audit as held with its findings.")
            .WithPermission(manage);
        api.MapPost("/{id:guid}/audits/{auditId:guid}/capa", (ICertificationAppService s, Guid id, Guid auditId, RaiseFindingsInput input,
                CancellationToken ct) => s.RaiseFindingsAsync(id, auditId, input, ct))
            .WithName("ExternalAccreditation_RaiseInspectionFindings")
            .WithSummary("Raises a held audit's findings as a CAPA item; a second call answers the item already raised.")
            .WithPermission(manage);
    }
}
