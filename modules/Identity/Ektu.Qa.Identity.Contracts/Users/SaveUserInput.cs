namespace Ektu.Qa.Identity.Users;

/// <summary>Create or update a user; a blank <see cref="Password"/> on update keeps the old one.</summary>
public sealed class SaveUserInput
{
    public string UserName { get; set; } = "";
    public string FullName { get; set; } = "";
    public string? Email { get; set; }
    public string? Position { get; set; }
    public bool IsActive { get; set; } = true;
    public string? Password { get; set; }
    public int Version { get; set; }
}
