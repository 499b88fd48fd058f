using Microsoft.AspNetCore.Authorization;

namespace Ektu.Qa.Kernel.Security;

/// <summary>The requirement behind each permission policy.</summary>
public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
