namespace Ektu.Qa.Identity.ApiClients;

/// <summary>A registered API client (the portal or another system) acting as a service user.</summary>
public sealed record ApiClientDto(Guid Id, string ClientId, string Name, Guid UserId, string UserName, bool IsActive, int Version);
