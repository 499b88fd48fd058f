using Ektu.Qa.Kernel.Data;

namespace Ektu.Qa.Identity.Users;

/// <summary>A local account.</summary>
internal sealed class User : AuditedEntity
{
    public string UserName { get; set; } = "";
    public string FullName { get; set; } = "";
    public string? Email { get; set; }
    public string? Position { get; set; }
    public string? PasswordHash { get; set; }
    public Guid SecurityStamp { get; set; }
    public bool IsActive { get; set; }
    public int AccessFailedCount { get; set; }
    public DateTime? LockoutEnd { get; set; }
    public DateTime? LastLoginAt { get; set; }

    public bool IsLockedOut(DateTime now) => LockoutEnd > now;

    public UserDto ToDto(DateTime now) => new(Id, UserName, FullName, Email, Position, IsActive, IsLockedOut(now), LastLoginAt, Version);
}
