namespace Ektu.Qa.Identity.ApiClients;

/// <summary>A registered API client (the portal or another system) acting as a service user.</summary>
public sealed record ApiClientDto
{
    public Guid Id { get; init; }
    public string ClientId { get; init; } = "";
    public string Name { get; init; } = "";
    public Guid UserId { get; init; }
    public string UserName { get; init; } = "";
    public bool IsActive { get; init; }
    public int Version { get; init; }
}
