namespace Ektu.Qa.Identity.Users;

/// <summary>At least 8 characters with a letter and a digit.</summary>
internal static class PasswordPolicy
{
    public static bool IsStrong(string? password) =>
        password != null && password.Length >= IdentityConsts.PasswordMin && password.Any(char.IsLetter) && password.Any(char.IsDigit);
}
