using Ektu.Qa.Kernel.Paging;

namespace Ektu.Qa.Identity.Users;

/// <summary>User accounts and their role assignments.</summary>
public interface IUserAppService
{
    Task<PagedResult<UserDto>> GetListAsync(UserListInput input, CancellationToken ct = default);

    Task<UserDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<UserDto> CreateAsync(SaveUserInput input, CancellationToken ct = default);

    Task<UserDto> UpdateAsync(Guid id, SaveUserInput input, CancellationToken ct = default);

    Task UnlockAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<UserRoleAssignmentDto>> GetAssignmentsAsync(Guid userId, CancellationToken ct = default);

    Task<UserRoleAssignmentDto> AssignAsync(Guid userId, Guid roleId, Guid unitId, CancellationToken ct = default);

    Task UnassignAsync(Guid assignmentId, CancellationToken ct = default);
}
