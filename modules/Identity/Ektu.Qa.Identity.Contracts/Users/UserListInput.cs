namespace Ektu.Qa.Identity.Users;

/// <summary>Filter and page of the user list.</summary>
public sealed class UserListInput
{
    public string? Search { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = 50;
}
