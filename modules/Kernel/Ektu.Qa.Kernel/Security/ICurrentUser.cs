namespace Ektu.Qa.Kernel.Security;

/// <summary>Who is acting: the signed-in user, an API client's service account, or a job's owner.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    Task<bool> HasPermissionAsync(string permission);

    /// <summary>Throws 403 unless the user holds <paramref name="permission"/> (app services re-check what pages check).</summary>
    async Task EnsureAsync(string permission)
    {
        if (!await HasPermissionAsync(permission))
            throw new Errors.QaException(Errors.ErrorCodes.Forbidden, 403);
    }
}
