namespace Ektu.Qa.Identity.ApiClients;

/// <summary>A new client with its secret, shown exactly once.</summary>
public sealed record CreatedApiClientDto(ApiClientDto Client, string Secret);
