namespace Ektu.Qa.Identity.ApiClients;

/// <summary>API clients and the client-credentials token they exchange their secret for.</summary>
public interface IApiClientAppService
{
    Task<IReadOnlyList<ApiClientDto>> GetListAsync(CancellationToken ct = default);

    Task<CreatedApiClientDto> CreateAsync(string clientId, string name, Guid userId, CancellationToken ct = default);

    Task SetActiveAsync(Guid id, bool isActive, int version, CancellationToken ct = default);
}
