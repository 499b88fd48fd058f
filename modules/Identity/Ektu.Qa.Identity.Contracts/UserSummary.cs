namespace Ektu.Qa.Identity;

/// <summary>Name and position of a user, for sheets and pickers.</summary>
public sealed record UserSummary
{
    public Guid Id { get; init; }
    public string UserName { get; init; } = "";
    public string FullName { get; init; } = "";
    public string? Position { get; init; }

    public string? Email { get; init; }
}
