namespace Ektu.Qa.ExternalAccreditation.PublicResults;

/// <summary>
/// Results for publication (standard 8, public information), read by the public reporting: only final records —
/// accreditations with a positive decision (accredited or conditional, a decision day recorded; pending and denied
/// procedures stay internal), the certificates recorded, and ranking results marked published. No permission check:
/// everything here is meant for the public.
/// </summary>
public interface IPublicResultsIntegrationService
{
    Task<IReadOnlyList<PublicAccreditationDto>> GetAccreditationsAsync(CancellationToken ct = default);

    Task<IReadOnlyList<PublicCertificateDto>> GetCertificatesAsync(CancellationToken ct = default);

    Task<IReadOnlyList<PublicRankingDto>> GetRankingsAsync(CancellationToken ct = default);
}
