namespace Ektu.Qa.ExternalAccreditation.Agencies;

/// <summary>The agencies' reference data: read by everyone who sees accreditations, edited with Agencies.Manage.</summary>
public interface IAgencyAppService
{
    Task<IReadOnlyList<AgencyDto>> GetListAsync(CancellationToken ct = default);

    Task<AgencyDto> CreateAsync(SaveAgencyInput input, CancellationToken ct = default);

    Task<AgencyDto> UpdateAsync(Guid id, SaveAgencyInput input, CancellationToken ct = default);
}
