namespace Ektu.Qa.Identity;

/// <summary>Name and position of a user, for sheets and pickers.</summary>
public sealed record UserSummary(Guid Id, string UserName, string FullName, string? Position);
