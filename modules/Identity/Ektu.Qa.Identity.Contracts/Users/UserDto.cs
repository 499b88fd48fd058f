namespace Ektu.Qa.Identity.Users;

/// <summary>A user account as read (never the password hash).</summary>
public sealed record UserDto(Guid Id, string UserName, string FullName, string? Email, string? Position, bool IsActive, bool IsLockedOut,
    DateTime? LastLoginAt, int Version);
