using Ektu.Qa.ExternalAccreditation.Accreditations;
using Ektu.Qa.ExternalAccreditation.Agencies;
using Ektu.Qa.ExternalAccreditation.Certifications;
using Ektu.Qa.ExternalAccreditation.Rankings;
using Ektu.Qa.Kernel.Localization;

namespace Ektu.Qa.ExternalAccreditation.PublicResults;

/// <summary>Final results for the public reporting (see the interface); reads the records of every unit.</summary>
internal sealed class PublicResultsIntegrationService(AccreditationRepository accreditations, AgencyRepository agencies,
    CertificationRepository certificates, RankingRepository rankings) : IPublicResultsIntegrationService
{
    public async Task<IReadOnlyList<PublicAccreditationDto>> GetAccreditationsAsync(CancellationToken ct = default)
    {
        var byId = (await agencies.ListAsync(ct)).ToDictionary(a => a.Id);
        return (await accreditations.ListAsync(true, [], ct))
            .Where(a => a.Decision is AccreditationDecision.Accredited or AccreditationDecision.Conditional && a.DecidedOn != null)
            .Select(a =>
            {
                var agency = byId.GetValueOrDefault(a.AgencyId);
                return new PublicAccreditationDto(a.Id, a.UnitId, agency?.Code ?? "",
                    agency == null ? "" : LocalizerExtensions.Pick(agency.NameKk, agency.NameRu, agency.NameEn), a.Kind, a.Decision,
                    a.DecidedOn!.Value, a.ValidFrom, a.ValidTo, a.ProgrammeIds);
            }).ToList();
    }

    public async Task<IReadOnlyList<PublicCertificateDto>> GetCertificatesAsync(CancellationToken ct = default) =>
        (await certificates.ListAsync(true, [], ct))
            .Select(c => new PublicCertificateDto(c.Id, c.UnitId, c.Standard, c.Body, c.Number, c.ValidFrom, c.ValidTo)).ToList();

    public async Task<IReadOnlyList<PublicRankingDto>> GetRankingsAsync(CancellationToken ct = default)
    {
        var systems = (await rankings.SystemsAsync(ct)).ToDictionary(s => s.Id);
        return (await rankings.EntriesAsync(null, publishedOnly: true, ct))
            .Where(e => systems.ContainsKey(e.SystemId))
            .Select(e => new PublicRankingDto(e.Id, systems[e.SystemId].Code, systems[e.SystemId].Name, e.Year, e.ProgrammeId, e.Position, e.Band))
            .ToList();
    }
}
